/**
 * `npx gba-widgets export <tag> [--attribute value …] --lang zh-CN --width 640 --format svg|png|html --out file`
 * `npx gba-widgets export --all --out dir/`: every widget of the article in zh-CN, zh-HK and en.
 * `npx gba-widgets list`: the widgets and their attributes.
 */
import { extname, resolve } from 'node:path';
import { inside, writeOutput } from './output-file.js';
import { readDataFile } from './read-data.js';

type Ssr = typeof import('../ssr/index.js');
type Format = 'svg' | 'png' | 'html';

const FORMATS: Format[] = ['svg', 'png', 'html'];
const ALL_LANGS = ['zh-CN', 'zh-HK', 'en'];
/** Options of the command itself; every other `--name value` is an attribute of the widget. */
const OPTIONS = new Set(['all', 'out', 'format', 'width', 'scale', 'font', 'data', 'langs', 'help', 'force']);
/** Options that take no value: `--force key-figure` must not read the tag as the option's value. */
const FLAGS = new Set(['all', 'help', 'force']);
/** A language as a file name may carry it: `zh-HK`, never `../x`. */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const USAGE = `Usage:
  gba-widgets export <tag> [--<attribute> <value> …] [--lang zh-CN] [--theme light|dark]
                     [--width 640] [--format svg|png|html] [--out file]
                     [--scale 2] [--font file.ttc] [--data data.json] [--gba-color-accent #005a9c …] [--force]
  gba-widgets export --all --out dir/ [--format svg,png,html] [--langs zh-CN,zh-HK,en] [--width 640] [--force]
  gba-widgets list

  svg   a standalone picture: real text, the theme's colours, title and source line inside
  png   that picture rendered at --scale (default 2×) in a Chinese font found on this machine
  html  the server-rendered widget (declarative shadow DOM), for a page where no script runs
The format defaults to the --out file's extension, else svg; svg and html go to stdout without --out.
An existing file is replaced only with --force. --gba-* values are colours (#hex, a name, rgb(), hsl())
or lengths (16px, 1.5em); --gba-font-family a list of font names; --gba-duration a time (600ms).`;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string>;
  attributes: Map<string, string>;
  variables: Record<string, string>;
}

function parse(argv: string[]): Parsed {
  const parsed: Parsed = { positional: [], options: new Map(), attributes: new Map(), variables: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (!FLAGS.has(name) && i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    else value = '';
    if (!name) throw new UsageError(`"${arg}" names nothing.`);
    if (name.startsWith('gba-')) parsed.variables[`--${name}`] = value;
    else if (OPTIONS.has(name)) parsed.options.set(name, value);
    else parsed.attributes.set(name, value);
  }
  return parsed;
}

function number(options: Map<string, string>, name: string, fallback: number): number {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} takes a positive number, not "${raw}".`);
  return value;
}

function formatsOf(options: Map<string, string>, out: string | undefined, fallback: Format[]): Format[] {
  const raw = options.get('format') ?? (out && FORMATS.includes(extname(out).slice(1) as Format) ? extname(out).slice(1) : undefined);
  if (raw === undefined) return fallback;
  const formats = raw.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) if (!FORMATS.includes(f as Format)) throw new UsageError(`--format is svg, png or html, not "${f}".`);
  return formats as Format[];
}

async function loadSsr(): Promise<Ssr> {
  try {
    return await import('../ssr/index.js');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`export needs packages that are not installed: npm install @lit-labs/ssr @resvg/resvg-js (${e.message})`);
    }
    throw error;
  }
}

interface Job {
  tag: string;
  attributes: Record<string, string>;
  format: Format;
  out?: string;
}

async function render(ssr: Ssr, job: Job, parsed: Parsed, data: unknown): Promise<string | Buffer> {
  const width = number(parsed.options, 'width', ssr.DEFAULT_WIDTH);
  if (job.format === 'html') {
    const html = await ssr.renderToHTML(job.tag, job.attributes, { width, data, interactive: false });
    const messages = await ssr.widgetMessages(html);
    if (messages.length) throw new ssr.WidgetMessageError(job.tag, messages);
    return `${html}\n`;
  }
  const theme = job.attributes.theme === 'dark' ? 'dark' : 'light';
  const svg = await ssr.exportSVG(job.tag, job.attributes, { width, theme, data, variables: parsed.variables });
  if (job.format === 'svg') return svg;
  return ssr.exportPNG(svg, { scale: number(parsed.options, 'scale', 2), font: parsed.options.get('font') });
}

async function write(out: string | undefined, content: string | Buffer, force: boolean): Promise<void> {
  if (out === undefined) process.stdout.write(content);
  else await writeOutput(out, content, force);
}

async function exportCommand(parsed: Parsed): Promise<void> {
  const ssr = await loadSsr();
  const out = parsed.options.get('out') || undefined;
  const dataFile = parsed.options.get('data');
  const data = dataFile ? await readDataFile(dataFile) : undefined;
  const jobs: Job[] = [];

  if (parsed.options.has('all')) {
    if (!out) throw new UsageError('export --all needs --out <directory>.');
    if (parsed.positional.length) throw new UsageError('export --all takes no tag.');
    if (data !== undefined) throw new UsageError('--data is for one widget, not --all.');
    const langs = (parsed.options.get('langs') || ALL_LANGS.join(',')).split(',').map((l) => l.trim());
    for (const lang of langs) if (!LANG_TAG.test(lang)) throw new UsageError(`--langs takes language tags like zh-HK, not "${lang.slice(0, 40)}".`);
    const formats = formatsOf(parsed.options, undefined, FORMATS);
    for (const { tag } of await ssr.widgets()) {
      for (const lang of langs) {
        for (const format of formats) {
          jobs.push({ tag, format, attributes: { ...Object.fromEntries(parsed.attributes), lang }, out: inside(out, `${tag}.${lang}.${format}`) });
        }
      }
    }
  } else {
    const [tag, ...extra] = parsed.positional;
    if (!tag) throw new UsageError('export needs a tag (see `gba-widgets list`) or --all.');
    if (extra.length) throw new UsageError(`unexpected "${extra.join(' ')}": attribute values follow --<attribute>.`);
    const info = (await ssr.widgets()).find((w) => w.tag === tag);
    if (!info) throw new UsageError(`<${tag}> is not a widget. Known: ${(await ssr.widgets()).map((w) => w.tag).join(', ')}.`);
    const known = info.attributes.map((a) => a.name);
    for (const name of parsed.attributes.keys()) {
      if (!known.includes(name)) throw new UsageError(`<${tag}> has no attribute "${name}". Its attributes: ${known.join(', ')}.`);
    }
    const [format, ...more] = formatsOf(parsed.options, out, ['svg']);
    if (more.length) throw new UsageError('export <tag> writes one format; use --all for several.');
    if (format === 'png' && !out && process.stdout.isTTY) throw new UsageError('a PNG needs --out file.png.');
    jobs.push({ tag, format, attributes: Object.fromEntries(parsed.attributes), out: out && resolve(out) });
  }

  let failed = 0;
  for (const job of jobs) {
    try {
      await write(job.out, await render(ssr, job, parsed, data), parsed.options.has('force'));
      if (job.out) process.stderr.write(`wrote ${job.out}\n`);
    } catch (error) {
      if (jobs.length === 1) throw error;
      failed++;
      process.stderr.write(`gba-widgets: ${job.out}: ${(error as Error).message}\n`);
    }
  }
  if (failed) throw new Error(`${failed} of ${jobs.length} files could not be written.`);
}

async function listCommand(): Promise<void> {
  const ssr = await loadSsr();
  for (const w of await ssr.widgets()) {
    process.stdout.write(`<${w.tag}>${w.summary ? `  ${w.summary}` : ''}\n`);
    for (const a of w.attributes) process.stdout.write(`  --${a.name}${a.type ? ` (${a.type})` : ''}${a.description ? `  ${a.description}` : ''}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    const parsed = parse(rest);
    if (parsed.options.has('help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === 'export') await exportCommand(parsed);
    else if (command === 'list') await listCommand();
    else throw new UsageError(`unknown command "${command}".`);
    return 0;
  } catch (error) {
    process.stderr.write(`gba-widgets: ${(error as Error).message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
