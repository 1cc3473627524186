// Writes src/generated/: the dataset and the UI messages (src/**/messages/*.json) as typed modules, with the
// Traditional-Chinese text derived from the Simplified by OpenCC: written out in full for
// `gba-widgets/data`, as a character table (src/generated/traditional.ts) for the widgets.
// Nothing here is committed: the JSON in data/ and the messages/ folders stays the only source.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { toHongKong, toTaiwan } from './generate/regional-converters.mjs';
import { regionalDifferences, traditionalTable } from './generate/traditional-table.mjs';
import { demoTraditional } from './generate/demo-traditional.mjs';

const root = new URL('../', import.meta.url);
const out = new URL('src/generated/', root);
// Hong Kong standard forms for the dataset's `zh-Hant`: the Greater Bay Area's own Traditional
// readers. Taiwan's forms are a second, smaller table (the characters where they differ).
const toHant = toHongKong;

const isLabel = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) &&
  typeof value['zh-Hans'] === 'string' && typeof value.en === 'string';

/** Adds `zh-Hant` beside every `zh-Hans` label, recursively. */
function withTraditional(value) {
  if (Array.isArray(value)) return value.map(withTraditional);
  if (isLabel(value)) return { 'zh-Hans': value['zh-Hans'], 'zh-Hant': toHant(value['zh-Hans']), en: value.en, ...rest(value) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTraditional(v)]));
  }
  return value;
}
const rest = (label) => Object.fromEntries(Object.entries(label).filter(([k]) => !['zh-Hans', 'zh-Hant', 'en'].includes(k)));

async function readJson(url) {
  return JSON.parse(await readFile(url, 'utf8'));
}

async function dataset() {
  const dir = new URL('data/', root);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.includes('schema')).sort();
  const entries = await Promise.all(files.map(async (f) => [f.replace(/\.json$/, ''), await readJson(new URL(f, dir))]));
  return withTraditional(Object.fromEntries(entries));
}

/** Every `messages/` folder under src/: the shared one and one per widget. */
async function messageDirs(dir = new URL('src/', root)) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'generated') continue;
    const child = new URL(`${entry.name}/`, dir);
    if (entry.name === 'messages') found.push(child);
    else found.push(...(await messageDirs(child)));
  }
  return found;
}

/** The catalogue's name: `common` for src/format/messages/, else the widget folder it sits in. */
const catalogName = (dir) => (dir.pathname.includes('/src/format/') ? 'common' : dir.pathname.split('/').at(-3));

/**
 * The catalogue every messages folder's `problems.<language>.json` goes into: the words for
 * problems in a reader's data (`problem.*`, `expected.*`, `<tag>.expected.*`, where JSON breaks),
 * which only a widget given data shows. Its packs are fetched with the check of that data
 * (`checkReady`), never by a page drawing the article's own data.
 */
const PROBLEMS = 'problems';
/** Keys that name what a reader's data should be or where it breaks: they belong in `problems.<language>.json`. */
const PROBLEM_KEY = /(^|\.)(problem|expected)[.-]|^error\.data-json\.at$/;

/**
 * One catalogue per messages folder, so a page that loads one widget loads only that
 * widget's words, and one of the words for problems in a reader's data, from every folder
 * (`PROBLEMS`). A key defined twice, even in two catalogues, is an error, not a silent
 * override: the runtime merges them into one table.
 */
async function catalogues() {
  const seen = new Set();
  const result = {};
  const problems = { 'zh-Hans': {}, en: {} };
  const read = async (dir, prefix, into) => {
    const file = new URL(`${prefix}zh-Hans.json`, dir);
    const zhHans = await readJson(file);
    const en = await readJson(new URL(`${prefix}en.json`, dir));
    for (const key of Object.keys(zhHans)) {
      if (seen.has(key)) throw new Error(`message ${key} is defined twice (again in ${file.pathname})`);
      seen.add(key);
      if (PROBLEM_KEY.test(key) !== (prefix !== '')) {
        throw new Error(`message ${key} in ${file.pathname}: ${prefix ? 'only the words for problems in data go into problems.<language>.json' : 'words for problems in data go into problems.<language>.json beside it'}`);
      }
    }
    const missing = Object.keys(zhHans).filter((k) => !(k in en)).concat(Object.keys(en).filter((k) => !(k in zhHans)));
    if (missing.length) throw new Error(`messages missing in one language in ${file.pathname}: ${missing.join(', ')}`);
    Object.assign(into['zh-Hans'], zhHans);
    Object.assign(into.en, en);
  };
  for (const dir of (await messageDirs()).sort((a, b) => a.href.localeCompare(b.href))) {
    const name = catalogName(dir);
    if (name === PROBLEMS) throw new Error(`${dir.pathname}: a widget cannot be called ${PROBLEMS}, the name of the problems' catalogue`);
    await read(dir, '', (result[name] = { 'zh-Hans': {}, en: {} }));
    const files = await readdir(dir);
    if (files.includes('problems.zh-Hans.json') || files.includes('problems.en.json')) await read(dir, 'problems.', problems);
  }
  return { ...result, [PROBLEMS]: problems };
}

/** Every Simplified string under a `zh-Hans` key: what the runtime may convert to Traditional. */
function simplifiedStrings(value, found = []) {
  JSON.stringify(value, (key, v) => {
    if (key === 'zh-Hans' && typeof v === 'string') found.push(v);
    return v;
  });
  return found;
}

/** Removes the `zh-Hant` labels again: the runtime rebuilds them from the character table. */
const withoutTraditional = (value) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'zh-Hant' ? undefined : v)));

const banner = '// Generated by scripts/generate.mjs from data/ and the messages/ folders. Do not edit.\n';
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The figures of data/figures.json cut by article section, in reading order; each section's figures must stand together. */
function figureSections(withSection, runtimeFigures) {
  const sections = [];
  withSection.forEach(({ section }, i) => {
    if (sections.at(-1)?.id !== section) {
      if (sections.some((s) => s.id === section)) throw new Error(`figures.json: the figures of section ${section} do not stand together`);
      sections.push({ id: section, figures: [] });
    }
    sections.at(-1).figures.push(runtimeFigures[i]);
  });
  return sections;
}
const sectionExport = (section) => `${camel(section)}Figures`;

/**
 * One module per article section (`figures/lead-hard-links.ts` exports `leadHardLinksFigures`):
 * a module is the unit a bundler splits by, so with one module per section the autoloader's
 * pages share each section's figures as a chunk of its own and a widget's page fetches only
 * the sections it draws from (through `figureLookup`).
 */
function figureSectionModule({ id, figures }) {
  return (
    `${banner}import type { RuntimeDataset } from '../../../data/types.js';\n` +
    `import { withTraditional } from '../../../data/with-traditional.js';\n\n` +
    `/** The figures printed in section \`${id}\`, in reading order. */\n` +
    `export const ${sectionExport(id)} = /*#__PURE__*/ withTraditional<RuntimeDataset['figures']>(${JSON.stringify(figures)});\n`
  );
}

/**
 * Every section's export again, and all of them as `figures`, their concatenation in the
 * article's reading order: for `dataset` and the one-file bundle. <key-figure> does not read
 * it: it loads the one section of the figure it shows (`figure-sections.ts`).
 */
function figuresModule(sections) {
  return (
    `${banner}import type { RuntimeDataset } from '../../data/types.js';\n` +
    sections.map(({ id }) => `import { ${sectionExport(id)} } from './figures/${id}.js';`).join('\n') +
    `\n\nexport { ${sections.map(({ id }) => sectionExport(id)).join(', ')} };\n` +
    `\n/** Every figure of the article, in reading order: the sections above, one after another. */\n` +
    `export const figures: RuntimeDataset['figures'] = /*#__PURE__*/ [${sections.map(({ id }) => sectionExport(id)).join(', ')}].flat();\n`
  );
}

/**
 * Which section prints each figure, and how to load that section: what <key-figure> needs to
 * show any figure by id while fetching one section's figures, not the article's.
 */
function figureSectionIndexModule(sections) {
  const index = Object.fromEntries(sections.flatMap(({ figures }, s) => figures.map((f) => [f.id, s])));
  return (
    `${banner}import type { RuntimeDataset } from '../../data/types.js';\n\n` +
    `type Figures = RuntimeDataset['figures'];\n\n` +
    `/** Loads each section's figures, in reading order (index = section number). */\n` +
    `export const sectionLoaders: readonly (() => Promise<Figures>)[] = [\n` +
    sections.map(({ id }) => `  () => import('./figures/${id}.js').then((m) => m.${sectionExport(id)}),\n`).join('') +
    `];\n\n/** The sections' ids, in the same order. */\n` +
    `export const sectionIds: readonly string[] = ${JSON.stringify(sections.map(({ id }) => id))};\n\n` +
    `/** The section number of each figure id, in the article's reading order. */\n` +
    `export const sectionOfFigure: Readonly<Record<string, number>> = ${JSON.stringify(index)};\n`
  );
}

/**
 * The dataset's names that a line must never break inside (src/layout/line-units.ts): the
 * places, organisations, industries and people, cut at their punctuation, two to eight
 * characters long (a longer name may break between its words), in every written form.
 */
function keptWordsModule(data) {
  const named = new Set();
  JSON.stringify(data, (key, value) => {
    if (['name', 'label', 'site', 'partner', 'shenzhen', 'role'].includes(key) && typeof value?.['zh-Hans'] === 'string') named.add(value['zh-Hans']);
    return value;
  });
  // Events and figures are named by sentences: their names are not words.
  for (const item of [...data.events, ...data.figures]) named.delete(item.label?.['zh-Hans'] ?? item.name?.['zh-Hans']);
  const words = new Set();
  for (const name of named) {
    for (const part of name.split(/[^\u3400-\u9fff]+/)) {
      if (part.length < 2 || part.length > 8) continue;
      for (const form of [part, toHant(part), toTaiwan(part)]) words.add(form);
    }
  }
  return `${banner}/** Names a line never breaks inside: the dataset's places, organisations and industries. */\nexport const keptWords: readonly string[] = ${JSON.stringify([...words].sort())};\n`;
}

await mkdir(new URL('messages/', out), { recursive: true });
const full = await dataset();
// What the widgets carry: the article's figures, places, industries and events, without
// what no widget draws or reads (the figures' explanatory notes, the organisations and
// people, the section headings, which section prints each item, whom an event is about)
// and without the Traditional copies; all of it stays in data/ and in `gba-widgets/data`.
// RuntimeDataset in src/data/types.ts says the same.
const { organisations, people, ...drawn } = full;
const { sections, pieces, ...article } = drawn.article;
const runtime = withoutTraditional({
  ...drawn,
  article,
  figures: drawn.figures.map(({ note, section, ...figure }) => figure),
  events: drawn.events.map(({ section, subjects, ...event }) => event),
  models: drawn.models.map(({ section, ...model }) => model),
  industries: drawn.industries.map((industry) => ({ ...industry, memberships: industry.memberships.map(({ section, ...m }) => m) })),
});
// One module per collection, so a widget's bundle carries only the collections it reads
// (src/data/dataset.ts gives each its Traditional labels back); the figures' module is cut
// once more, one module per article section (figureSectionModule), and gives its own labels back.
const { dateRule, ...articleHead } = runtime.article;
const collections = { ...runtime, article: articleHead, dateRule };
const collectionTypes = {
  article: "Omit<RuntimeDataset['article'], 'dateRule'>",
  dateRule: 'Label',
};
await mkdir(new URL('data/', out), { recursive: true });
const { figures: allFigures, ...otherCollections } = collections;
const figureSectionList = figureSections(drawn.figures, allFigures);
await mkdir(new URL('data/figures/', out), { recursive: true });
for (const section of figureSectionList) await writeFile(new URL(`data/figures/${section.id}.ts`, out), figureSectionModule(section));
await writeFile(new URL('data/figures.ts', out), figuresModule(figureSectionList));
await writeFile(new URL('data/figure-sections.ts', out), figureSectionIndexModule(figureSectionList));
// Each collection's module gives its labels their Traditional texts back itself (withTraditional,
// marked pure): one module per collection is what lets a bundler put each in the chunk of the
// widgets that read it, instead of every collection in the chunk every widget shares.
for (const [name, value] of Object.entries(otherCollections)) {
  const type = collectionTypes[name] ?? `RuntimeDataset['${name}']`;
  const types = name === 'dateRule' ? 'Label' : 'RuntimeDataset';
  await writeFile(
    new URL(`data/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`, out),
    `${banner}import type { ${types} } from '../../data/types.js';\n` +
      `import { withTraditional } from '../../data/with-traditional.js';\n\n` +
      `export const ${name} = /*#__PURE__*/ withTraditional<${type}>(${JSON.stringify(value)});\n`,
  );
}
await writeFile(
  new URL('dataset-full.ts', out),
  `${banner}import type { Dataset } from '../data/types.js';\n\n/** The whole dataset, notes included: the \`gba-widgets/data\` entry. */\nexport const dataset: Dataset = ${JSON.stringify(full, null, 1)};\n`,
);
const catalogs = await catalogues();
// Each catalogue as one language pack per language (`gdp-path.en.ts`: its keys and English
// texts), loaded when a widget on the page first draws in that language, and a small module
// naming the packs (`gdp-path.ts`) that the widget registers with addMessages: a reader
// downloads the words of the language shown, never the other's. Traditional readers use the
// Simplified pack and the character table (traditional.ts), itself loaded only for them.
// The `problems` catalogue is registered by no widget: checkReady fetches its pack, only for a
// widget given data (and scripts/rollup-preload-map.mjs leaves it out of every tag's list).
const languages = { 'zh-Hans': 'zh-Hans', en: 'en' };
for (const [name, catalog] of Object.entries(catalogs)) {
  for (const language of Object.keys(languages)) {
    await writeFile(
      new URL(`messages/${name}.${language}.ts`, out),
      `${banner}/** The ${language} texts of the \`${name}\` messages: a language pack. */\n` +
        `export default ${JSON.stringify(catalog[language])};\n`,
    );
  }
  await writeFile(
    new URL(`messages/${name}.ts`, out),
    `${banner}import type { MessagePacks } from '../../format/messages.js';\n\n` +
      `/** The \`${name}\` messages' language packs, each loaded when first needed. */\n` +
      `export const messages: MessagePacks = {\n` +
      Object.keys(languages).map((language) => `  '${language}': () => import('./${name}.${language}.js').then((m) => m.default),\n`).join('') +
      `};\n`,
  );
}
const names = Object.keys(catalogs);
await writeFile(
  new URL('messages/keys.ts', out),
  `${banner}${names.map((n) => `import type ${camel(n)} from './${n}.zh-Hans.js';`).join('\n')}\n\n` +
    `/** Every UI message key of every catalogue. */\nexport type MessageKey =\n${names.map((n) => `  | keyof typeof ${camel(n)}`).join('\n')};\n`,
);
// For tests and tools that walk every message (every language at once, loaded up front); no
// widget imports it (each registers its own packs).
await writeFile(
  new URL('messages/all.ts', out),
  `${banner}${names
    .flatMap((n) => [`import ${camel(n)}Hans from './${n}.zh-Hans.js';`, `import ${camel(n)}En from './${n}.en.js';`])
    .join('\n')}\n\n` +
    `/** Every catalogue by name, both languages: \`common\`, one per widget and \`problems\`. */\nexport const catalogues = {\n${names
      .map((n) => `  '${n}': { 'zh-Hans': ${camel(n)}Hans, en: ${camel(n)}En },`)
      .join('\n')}\n};\n`,
);
const convertible = [...simplifiedStrings(runtime), ...Object.values(catalogs).flatMap((c) => Object.values(c['zh-Hans']))];
const table = traditionalTable(convertible, toHant);
const taiwan = regionalDifferences(table, traditionalTable(convertible, toTaiwan));
await writeFile(
  new URL('traditional.ts', out),
  `${banner}// Built by scripts/generate/traditional-table.mjs: only the characters of our own strings.\n` +
    `export const simplified = ${JSON.stringify(table.simplified)};\n` +
    `export const traditional = ${JSON.stringify(table.traditional)};\n` +
    `export const exceptions: Record<string, string> = ${JSON.stringify(table.exceptions)};\n` +
    `// Taiwan: the characters it writes unlike Hong Kong, and its own whole strings.\n` +
    `export const taiwanSimplified = ${JSON.stringify(taiwan.simplified)};\n` +
    `export const taiwanTraditional = ${JSON.stringify(taiwan.traditional)};\n` +
    `export const taiwanExceptions: Record<string, string> = ${JSON.stringify(taiwan.exceptions)};\n`,
);
await writeFile(new URL('kept-words.ts', out), keptWordsModule(full));
// Not part of the package: the `npm start` page's prose for its 繁體中文 switch (gitignored).
await writeFile(
  new URL('demo/zh-hant.js', root),
  `${banner}export const traditional = ${JSON.stringify(demoTraditional(await readFile(new URL('demo/index.html', root), 'utf8'), toHant), null, 1)};\n`,
);
console.log(
  `generated src/generated/: dataset, ${names.length} message catalogues, Traditional table of ${[...table.simplified].length} characters and ${Object.keys(table.exceptions).length} whole strings`,
);
