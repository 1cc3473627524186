// What a reader's page downloads, measured where it happens: a real Chromium loads a plain
// HTML page holding some widgets and one script (dist/autoload.js, or the one-file bundle),
// every response the page receives is recorded, and each file's body is gzipped at level 9
// and summed. The page's own HTML is the host's, not ours, and is not counted. Shared by the
// budget test (test/node/budget.test.mjs) and `npm run bench`. Run `npm run build` first.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { contentType } from './http-headers.mjs';
import { launchChromium } from './browser-check.mjs';

const root = new URL('../', import.meta.url);
const ORIGIN = 'http://gba.test';
const KiB = 1024;

/** The nine widgets' tags, in the article's order. */
export const TAGS = [
  'key-figure',
  'gdp-path',
  'industry-cluster',
  'innovation-pipeline',
  'zone-card',
  'plan-timeline',
  'land-ledger',
  'project-pipeline',
  'bridge-models',
];

/** Issue 14's budgets, gzip -9 bytes of every file a page fetches. */
export const BUDGETS = {
  /** One widget, zh-CN, through dist/autoload.js: each of the nine (CI). */
  oneWidget: 28 * KiB,
  /** The goal the bench reports: the median of the nine one-widget pages. */
  oneWidgetMedianGoal: 24 * KiB,
  /** The same page in English, over its zh-CN page. */
  englishExtra: 3 * KiB,
  /** `<gdp-path>` + `<zone-card>` + `<industry-cluster>`. */
  trio: 45 * KiB,
  /** All nine on one page. */
  allNine: 95 * KiB,
  /** dist/gba-widgets.min.js: its size when issue 14 was written, a ceiling rather than a goal. */
  oneFile: 92196,
};

/**
 * Where CI holds the line where a budget above is not met yet (measured 2 December 2026, after
 * the autoloader split; each a little above the heaviest page measured). A change that makes a
 * page heavier raises these in the same commit, where a reviewer sees it; lower them when a change
 * saves bytes, and drop one when its budget holds. What is left over the budgets is the widgets'
 * own code and the runtime every widget shares, not how it is split: the shared runtime chunk is
 * ~13.9 KB gzip (minified: GbaElement ~9.7 KB, the size controller ~6 KB, glyph widths ~5.8 KB,
 * reading the input ~5.6 KB, line breaking ~5.1 KB, units ~5 KB, the figure's styles and tokens
 * ~8 KB), Lit ~6.4 KB, one widget's own chunk 7–9 KB, its words in one language 2–4 KB (the "About the data" prose).
 */
export const CEILINGS = {
  /**
   * Each one-widget zh-CN page: heaviest measured 43,839 B (plan-timeline), lightest 31,559 B
   * (bridge-models); 44,370 B for plan-timeline once merged with issue 16's GbaElement split
   * (named hydration/input/frame pieces, two controllers, the skip-when-unchanged check: ~0.5 KB).
   * Then, on one page each: the checks of a reader's data became modules fetched only with a
   * reader's data (−1.8 KB median), and autoload.js gained the list of every tag's files it
   * preloads at once (+1.2 KB gzip on every page: 47 hashed names, which do not compress; it
   * takes the round trips of the static imports and of the language packs off the first draw,
   * 1,020 → 583 ms for <gdp-path> at a 50 ms round trip). Heaviest then 44,200 B (plan-timeline).
   * Then reactive properties without decorators (no tslib `__decorate`, no Lit decorators: −0.47 KB
   * a page) and the code and words of bad-data messages fetched only with a reader's data
   * (−0.2 KB and −0.2 to −0.4 KB): heaviest 43,478 B (plan-timeline), median 37,265 B.
   */
  oneWidget: 42.6 * KiB,
  /** Measured 66,826 B; 65,959 B with the on-demand checks and the preload list; 64,936 B without decorators and bad-data words (see oneWidget). */
  trio: 63.5 * KiB,
  /** Measured 118,811 B in 47 files (the one-file bundle: 112,251 B); 115,294 B with the on-demand checks and the preload list; 113,768 B without decorators and bad-data words. */
  allNine: 111.2 * KiB,
  /**
   * dist/gba-widgets.min.js, gzip -9: measured 112,251 B, over issue 14's 92,196 B. It was
   * 111.5 KB before the split: the redraw of issue 13 added every widget's "About the data"
   * prose in two languages, key-figure's line of context per figure, the names the line
   * breaker keeps whole and Taiwan's character table — content, not duplicates; the split adds
   * <key-figure>'s index of figures by section (~0.7 KB). Nothing found to drop without losing
   * text a reader sees. 112,667 B after issue 16's GbaElement split (~0.4 KB) was merged;
   * 113,414 B once each widget's check became a module loaded on demand (the autoloader's pages
   * lost ~1.8 KB each by it; inlined here, each dynamic import costs a namespace object and a
   * loader: ~0.7 KB). 113,614 B with the decorators gone (−0.5 KB) and bad-data code and words
   * as modules of their own (+0.5 KB of namespaces and loaders).
   */
  oneFile: 111.1 * KiB,
};

/**
 * A page's HTML: `script` (a path under the repository, e.g. `dist/autoload.js`) loaded as a
 * module in the head, then `tags`, each empty (the bundled data), in a document of `lang`.
 */
export function pageHtml({ tags, lang = 'zh-CN', script = 'dist/autoload.js' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tags.join(' ')}</title><script type="module" src="/${script}"></script></head><body>${tags
    .map((tag) => `<${tag}></${tag}>`)
    .join('\n')}</body></html>`;
}

/** The budget table's pages: each widget alone in zh-CN and in English, the trio, all nine, and all nine through the one-file bundle. */
export function budgetPages() {
  return [
    ...TAGS.map((tag) => ({ name: `${tag} zh-CN`, tags: [tag], lang: 'zh-CN' })),
    ...TAGS.map((tag) => ({ name: `${tag} en`, tags: [tag], lang: 'en' })),
    { name: 'gdp-path + zone-card + industry-cluster zh-CN', tags: ['gdp-path', 'zone-card', 'industry-cluster'], lang: 'zh-CN' },
    { name: 'all nine zh-CN', tags: TAGS, lang: 'zh-CN' },
    { name: 'all nine zh-CN, gba-widgets.min.js', tags: TAGS, lang: 'zh-CN', script: 'dist/gba-widgets.min.js' },
  ];
}

/** Waits until every widget on the page is defined and has drawn, then until the network is quiet. */
async function drawn(page, tags) {
  await page.evaluate(async (names) => {
    await Promise.all(names.map((name) => customElements.whenDefined(name)));
    for (const element of document.querySelectorAll(names.join(','))) {
      await element.updateComplete;
      if (!element.shadowRoot?.querySelector('figure')) throw new Error(`<${element.localName}> drew no figure`);
    }
  }, tags);
  await page.waitForLoadState('networkidle');
}

/**
 * Loads each page in a fresh browser context (an empty cache) of one headless Chromium and
 * returns, per page, every file it fetched with its size and gzip -9 size, and their sum:
 * `[{ name, files: [{ path, bytes, gzip }], gzip }]`. A page is `{ name, html }` or
 * `{ name, tags, lang?, script? }` (see {@link pageHtml}). `pages` defaults to {@link budgetPages}.
 * With `text: true` each file also has its `text`, for tests that look at what a page carries.
 * Throws when a page answers 404, logs an error or draws no widget: its bytes would mean nothing.
 */
export async function measurePages(pages = budgetPages(), { browser, text = false } = {}) {
  const own = !browser;
  browser ??= await launchChromium();
  const results = [];
  try {
    for (const spec of pages) {
      const html = spec.html ?? pageHtml(spec);
      const context = await browser.newContext();
      const bodies = new Map();
      const problems = [];
      await context.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') return route.fulfill({ status: 200, headers: { 'content-type': contentType('page.html') }, body: html });
        if (!/^\/dist\//.test(path) || path.includes('..')) return route.fulfill({ status: 404, body: 'not found' });
        try {
          return route.fulfill({ status: 200, headers: { 'content-type': contentType(path) }, body: await readFile(new URL(`.${path}`, root)) });
        } catch {
          return route.fulfill({ status: 404, body: 'not found' });
        }
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin !== ORIGIN || url.pathname === '/') return;
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${url.pathname}`);
        bodies.set(url.pathname, response.body());
      });
      await page.goto(`${ORIGIN}/`);
      await drawn(page, spec.tags ?? TAGS.filter((tag) => html.includes(`<${tag}`)));
      const files = [];
      for (const [path, body] of bodies) {
        const bytes = await body;
        files.push({ path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, ...(text ? { text: bytes.toString('utf8') } : {}) });
      }
      await context.close();
      if (problems.length) throw new Error(`${spec.name}: ${problems.join('; ')}`);
      files.sort((a, b) => a.path.localeCompare(b.path));
      results.push({ name: spec.name, files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) });
    }
  } finally {
    if (own) await browser.close();
  }
  return results;
}

/** The median of some numbers. */
export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// `node scripts/page-bytes.mjs`: the table, for a quick look.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { name, files, gzip } of await measurePages()) console.log(`${name.padEnd(48)} ${String(files.length).padStart(3)} files ${(gzip / KiB).toFixed(1).padStart(6)} KiB (${gzip} B)`);
}
