// Writes into dist/autoload.js, for each widget tag, the chunk files its module will fetch, so
// the loader can ask for all of them at once (`<link rel="modulepreload">`) instead of letting
// the browser find them one round trip at a time: the widget's chunk, then its static imports,
// then — only once those have been evaluated — the language packs and figures it imports
// dynamically. Per tag, four lists of files (one list of names for all, each written once,
// relative to dist/autoload/, without `.js`):
//   0. the chunks of its module's whole static graph, its own chunk first: it is the largest
//      and the loader's import of it comes a microtask after the links, so, over HTTP/1.1's
//      six connections, it would otherwise queue behind the small ones;
//   1. the Simplified language packs of those chunks (the widget's words and `common`);
//   2. the English packs;
//   3. the Traditional character table (Traditional readers get the Simplified packs too);
//   4. the article section of the figure key-figure shows when no `figure` attribute names one.
// Lit's hydration support is no tag's: the loader imports it itself, only for server-rendered pages.
// Every page pays for these bytes: the names (their hashes do not compress) are most of them.
//
// The loader's source holds `JSON.parse('__GBA_PRELOAD__')` where the map goes; this plugin
// puts the JSON in the string after terser ran, and fails the build when it is missing.
import { readFileSync } from 'node:fs';

export const PLACEHOLDER = '__GBA_PRELOAD__';

const WIDGET = /[\\/]src[\\/]components[\\/]([\w-]+)[\\/]\1\.ts$/;
const PACK = /[\\/]generated[\\/]messages[\\/][\w-]+\.(zh-Hans|en)\.ts$/;
// The words for problems in a reader's data: fetched with the check of that data (checkReady),
// never by a page drawing the article's, so no tag preloads them although the runtime names them.
const ON_DEMAND_PACK = /[\\/]generated[\\/]messages[\\/]problems\.(zh-Hans|en)\.ts$/;
const TRADITIONAL = /[\\/]generated[\\/]traditional\.ts$/;
const SECTION = /[\\/]generated[\\/]data[\\/]figures[\\/]([\w-]+)\.ts$/;

/**
 * The article section a widget fetches by default, when it picks its figures at run time:
 * key-figure shows `DEFAULT_FIGURE` of its component until a page names another figure (whose
 * section it then fetches itself, a round later). Read from the sources, so it cannot drift.
 */
function defaultSections() {
  const component = readFileSync('src/components/key-figure/key-figure.component.ts', 'utf8');
  const figure = component.match(/const DEFAULT_FIGURE = '([^']+)'/)?.[1];
  const sections = readFileSync('src/generated/data/figure-sections.ts', 'utf8');
  const ofFigure = JSON.parse(sections.match(/sectionOfFigure[^=]*= (\{.*\});/)?.[1] ?? 'null');
  const ids = [...sections.matchAll(/import\('\.\/figures\/([\w-]+)\.js'\)/g)].map((m) => m[1]);
  const section = ids[ofFigure?.[figure]];
  if (!section) throw new Error(`preload map: cannot find the section of key-figure's default figure (${figure})`);
  return { 'key-figure': [section] };
}

export function preloadMap({ entry = 'autoload.js', dir = 'autoload/' } = {}) {
  return {
    name: 'preload-map',
    generateBundle(_options, bundle) {
      const loader = bundle[entry];
      if (loader?.type !== 'chunk' || !loader.code.includes(`"${PLACEHOLDER}"`)) this.error(`preload map: no "${PLACEHOLDER}" in ${entry}`);
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const kind = (chunk) => {
        const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
        const pack = !ON_DEMAND_PACK.test(id) && id.match(PACK)?.[1];
        if (pack) return pack === 'en' ? 2 : 1;
        if (TRADITIONAL.test(id)) return 3;
        const section = id.match(SECTION)?.[1];
        return section ? `section:${section}` : undefined;
      };
      /** The chunk and every chunk it imports statically, transitively. */
      const graph = (file, into = new Set()) => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of byFile.get(file).imports) graph(imported, into);
        return into;
      };
      const sections = defaultSections();
      const names = [];
      const index = (file) => {
        if (!file.startsWith(dir) || !file.endsWith('.js')) this.error(`preload map: ${file} is not in ${dir}`);
        const name = file.slice(dir.length, -3);
        const at = names.indexOf(name);
        return at >= 0 ? at : names.push(name) - 1;
      };
      const map = {};
      for (const file of loader.dynamicImports) {
        // The chunk holding the tag's module: not always its facade (a chunk that also holds
        // modules another dynamic import needs, as a widget's data for its check, has none).
        const chunk = byFile.get(file);
        const tag = chunk?.moduleIds.map((id) => id.match(WIDGET)?.[1]).find(Boolean);
        if (!tag) {
          if (/lit-element-hydrate-support/.test(chunk?.facadeModuleId ?? '')) continue; // the loader imports it itself
          this.error(`preload map: the loader imports ${file}, which holds no widget's module`);
        }
        const own = graph(file);
        const lists = [new Set(own), new Set(), new Set(), new Set(), new Set()];
        for (const f of own) {
          for (const dynamic of byFile.get(f).dynamicImports) {
            if (own.has(dynamic)) continue;
            const k = kind(byFile.get(dynamic));
            const list = typeof k === 'number' ? lists[k] : k && sections[tag]?.includes(k.slice('section:'.length)) ? lists[4] : undefined;
            // A pack or a section is one module; should it ever import others, they come along.
            if (list) for (const g of graph(dynamic)) if (!own.has(g)) list.add(g);
          }
        }
        map[tag] = lists.map((list) => [...list].map(index));
      }
      // The loader reads it with JSON.parse (terser cannot fold what it cannot see) from a
      // single-quoted literal. A file is one character in a tag's lists: its index + 40, from
      // `(` to `~` with the backslash skipped (no quote, no backslash, no space, which
      // separates the lists): 86 files at most.
      const MAX_FILES = 126 - 40;
      if (names.length > MAX_FILES) this.error(`preload map: ${names.length} files, more than one character each can name (${MAX_FILES})`);
      const char = (i) => String.fromCharCode(i + 40 >= 92 ? i + 41 : i + 40);
      const lists = Object.fromEntries(Object.entries(map).map(([tag, l]) => [tag, l.map((list) => list.map(char).join('')).join(' ')]));
      const json = JSON.stringify([names, lists]);
      if (!/^[ -~]*$/.test(json) || /['\\]/.test(json)) this.error(`preload map: needs escaping: ${json}`);
      loader.code = loader.code.replace(`"${PLACEHOLDER}"`, () => `'${json}'`);
    },
  };
}
