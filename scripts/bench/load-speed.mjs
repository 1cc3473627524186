// Time from navigation to a drawn <gdp-path>, against a page that draws the same series
// with Chart.js: what a reader waits for on an article page, fetch, parse and compile of
// each library included. Each sample is a fresh browser context (an empty HTTP cache, no
// compiled code kept), a page served by one local server with one header and compression
// policy for both (static-server.mjs: gzip -9, `no-store`), and the time is the page's
// `performance.mark('drawn')`, measured from its navigation start (`startTime`):
// - ours: an inline script before the widget's script waits for the tag to be defined,
//   then for its updates until its shadow root holds the drawn path (`path.projection`
//   with a `d`);
// - Chart.js: the page's code, bundled with Chart.js (rollup + terser, the options our
//   bundles use, into .cache/bench/), builds the chart with animation off, so the
//   constructor has drawn on the canvas when it returns, and marks then.
// Our page's script URL is a parameter: `dist/autoload.js` (the snippet the README shows
// first) when it is built, else `dist/gba-widgets.min.js`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { terserOptions } from '../terser-options.mjs';
import { serveStatic } from './static-server.mjs';
import { median } from './render-speed.mjs';

const root = new URL('../../', import.meta.url);

/** The script our page loads when none is given: the autoloader once it exists in dist/. */
export const defaultScripts = () => (existsSync(new URL('dist/autoload.js', root)) ? ['dist/autoload.js'] : ['dist/gba-widgets.min.js']);

// Registers only what a line chart needs (tree-shaking drops the rest), then draws the
// series the page holds as JSON and marks. Chart.js sizes the canvas to its box.
const CHART_ENTRY = `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } from 'chart.js';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
const points = JSON.parse(document.getElementById('series').textContent);
const chart = new Chart(document.getElementById('chart'), {
  type: 'line',
  data: { labels: points.map((p) => String(p.year)), datasets: [{ label: 'GDP (亿元)', data: points.map((p) => p.value) }] },
  options: { animation: false },
});
// animation: false: the constructor laid out and drew the chart before returning.
performance.mark(chart.getDatasetMeta(0).data.length === points.length && chart.width > 0 ? 'drawn' : 'failed');
`;

/** Bundles the Chart.js page's script into .cache/bench/chart-line.js; returns its directory. */
export async function bundleChartPage() {
  const entry = '\0chart-line';
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? CHART_ENTRY : null) },
      nodeResolve({ exportConditions: ['production'] }),
      terser(terserOptions),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const dir = new URL('.cache/bench/', root);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('chart-line.js', dir), output[0].code);
  return dir.pathname;
}

const HEAD = (title) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>body { margin: 0; font-family: sans-serif; } .box { width: 640px; }</style>`;

/** Our page: the tag in the HTML, one module script, as the README's snippet. */
const oursPage = (src) => `${HEAD('bench: gdp-path load')}
    <script>
      // Marks once the widget's drawing is in its shadow root: after its updates, not before its pack or width.
      customElements.whenDefined('gdp-path').then(async () => {
        const el = document.querySelector('gdp-path');
        for (let i = 0; i < 200; i++) {
          await el.updateComplete;
          if (el.shadowRoot?.querySelector('path.projection')?.getAttribute('d')) return performance.mark('drawn');
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        performance.mark('failed');
      });
    </script>
    <script type="module" src="${src}"></script>
  </head>
  <body>
    <div class="box"><gdp-path></gdp-path></div>
  </body>
</html>
`;

/** The peer's page: the series as JSON in the page, one module script (Chart.js and the page's code). */
const chartPage = (points) => `${HEAD('bench: Chart.js load')}
    <script type="application/json" id="series">${JSON.stringify(points)}</script>
    <script type="module" src="/cache/chart-line.js"></script>
  </head>
  <body>
    <div class="box"><canvas id="chart"></canvas></div>
  </body>
</html>
`;

/** `dist/x.js` is served from the repository's dist/; a full URL is used as it is. */
const scriptSrc = (script) => (/^https?:/.test(script) ? script : `/${script.replace(/^\.?\//, '')}`);

/** One load in a fresh context: ms from navigation start to the page's mark, and the bytes it fetched (encoded, as sent). */
async function loadOnce(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    const mark = await page.waitForFunction(
      () => {
        const m = performance.getEntriesByName('drawn')[0] ?? performance.getEntriesByName('failed')[0];
        if (!m) return undefined;
        const [nav] = performance.getEntriesByType('navigation');
        const resources = performance.getEntriesByType('resource');
        return { name: m.name, at: m.startTime, bytes: nav.encodedBodySize + resources.reduce((sum, r) => sum + r.encodedBodySize, 0), requests: 1 + resources.length };
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    ).then((handle) => handle.jsonValue());
    if (mark.name !== 'drawn') throw new Error(`${url}: nothing drawn${errors.length ? `: ${errors.join('; ')}` : ''}`);
    return mark;
  } finally {
    await context.close();
  }
}

/** The series <gdp-path> draws by default, read from the widget (its view's scenario) on one load. */
async function widgetSeries(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('drawn').length > 0, undefined, { timeout: 60_000 });
    // `view` is the widget's protected field (TypeScript only): the bench reads it rather than drawing a guess.
    const series = await page.evaluate(() => document.querySelector('gdp-path').view?.geometry?.scenario?.series?.map(({ year, value }) => ({ year, value })));
    if (!Array.isArray(series) || series.length < 2) throw new Error(`${url}: cannot read the series <gdp-path> draws (view.geometry.scenario.series); the Chart.js page needs it`);
    return series;
  } finally {
    await context.close();
  }
}

/**
 * Loads each page `runs` times per CPU rate, interleaved (the order rotates every round),
 * after one discarded warm-up load of each. `scripts`: our page's script URLs, one row each.
 * Returns { series, kinds: [{ key, label }], results: { [rate]: { [key]: { at, bytes, requests }[] } } }.
 */
export async function measureLoadSpeed(browser, { runs = 21, rates = [1, 4], scripts = defaultScripts() } = {}) {
  const chartDir = await bundleChartPage();
  const pages = Object.fromEntries(scripts.map((script, i) => [`/load/gdp-path-${i}.html`, oursPage(scriptSrc(script))]));
  // The first server serves our page alone, to read the series the widget draws.
  let server = await serveStatic({ '/dist/': new URL('dist/', root).pathname }, { gzip: true, pages });
  let series;
  try {
    series = await widgetSeries(browser, `${server.origin}/load/gdp-path-0.html`);
  } finally {
    await server.close();
  }
  pages['/load/chart-js.html'] = chartPage(series);
  server = await serveStatic({ '/dist/': new URL('dist/', root).pathname, '/cache/': chartDir }, { gzip: true, pages });
  const kinds = [...scripts.map((script, i) => ({ key: `ours-${i}`, label: `\`<gdp-path>\` via \`${script}\``, path: `/load/gdp-path-${i}.html` })), { key: 'chart.js', label: 'Chart.js line chart', path: '/load/chart-js.html' }];
  const results = {};
  try {
    for (const rate of rates) {
      results[rate] = Object.fromEntries(kinds.map((k) => [k.key, []]));
      for (const kind of kinds) await loadOnce(browser, server.origin + kind.path, rate); // warm-up, discarded
      for (let i = 0; i < runs; i++) {
        for (let k = 0; k < kinds.length; k++) {
          const kind = kinds[(i + k) % kinds.length];
          results[rate][kind.key].push(await loadOnce(browser, server.origin + kind.path, rate));
        }
      }
    }
  } finally {
    await server.close();
  }
  return { series, kinds: kinds.map(({ key, label }) => ({ key, label })), results };
}

/** Rows for the results table: median ms (min – max), ratio to Chart.js, and the goal's verdict. */
export function loadSpeedRows({ kinds, results }, goal = 0.8) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const rows = [];
  for (const [rate, byKind] of Object.entries(results)) {
    const chart = median(byKind['chart.js'].map((s) => s.at));
    for (const { key, label } of kinds) {
      const at = byKind[key].map((s) => s.at);
      const m = median(at);
      const ratio = m / chart;
      const bytes = median(byKind[key].map((s) => s.bytes));
      rows.push([
        `${rate}×`,
        label,
        ms(m),
        `${ms(Math.min(...at))} – ${ms(Math.max(...at))}`,
        key === 'chart.js' ? '1.00×' : `${ratio.toFixed(2)}×`,
        key === 'chart.js' ? '' : ratio <= goal ? 'met' : 'NOT met',
        `${(bytes / 1024).toFixed(1)} KiB in ${byKind[key][0].requests} requests`,
      ]);
    }
  }
  return rows;
}
