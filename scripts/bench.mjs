// `npm run bench`: prints a table of figures and writes them to bench/results.md. It
// asserts nothing. Run `npm run build` first (dist/ is read). BENCH_RUNS sets the
// samples per speed figure (default 31), BENCH_LOAD_RUNS the loads per page of the
// navigation-to-drawn figure (default 21).
//   --script <url>   the script our load-time page loads (repeatable, one row each): a path
//                    in the repository (`dist/gba-widgets.min.js`) or a full URL; default
//                    `dist/autoload.js` when it is built, else `dist/gba-widgets.min.js`.
//   --only <names>   run only these sections (comma-separated: size, first-render, trace,
//                    many, resize, load, bytes) and print them; bench/results.md is written
//                    by a full run only, or with --write, then saying which sections ran.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGET_ALL, BUDGET_ONE, bundleAlone, sizeOf, widgetTags } from './bundle-sizes.mjs';
import { bundlePeer, PEERS } from './bench/peer-bundles.mjs';
import { serveStatic } from './bench/static-server.mjs';
import { jiangmenSeries, measureRenderSpeed, median } from './bench/render-speed.mjs';
import { measureManyWidgets } from './bench/many-widgets.mjs';
import { measureArticleResize } from './bench/article-resize.mjs';
import { traceFirstRender } from './bench/first-render-trace.mjs';
import { defaultScripts, loadSpeedRows, measureLoadSpeed } from './bench/load-speed.mjs';
import { load, machine } from './bench/machine.mjs';
import { launch } from '../test/node/chromium.mjs';

const { values: args } = parseArgs({ options: { script: { type: 'string', multiple: true }, only: { type: 'string' }, write: { type: 'boolean' } } });
const only = args.only?.split(',').map((name) => name.trim());
const want = (name) => !only || only.includes(name);

// 31: at 15 the 1x ratio of medians moved by ±0.07 from one run to the next.
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const root = new URL('../', import.meta.url);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const range = (xs) => `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const out = [];
const section = (title, text) => {
  out.push(`## ${title}\n\n${text}\n`);
  console.log(`\n## ${title}\n\n${text}`);
};

/**
 * What each page of issue 14's budget table fetches (scripts/page-bytes.mjs, the measure the
 * budget test gates on): every file of a real page load, gzip -9, against the page's budget, and
 * the median of the nine one-widget zh-CN pages against its goal.
 */
async function pageBytes(browser) {
  const { measurePages, budgetPages, BUDGETS, TAGS, median } = await import('./page-bytes.mjs');
  const pages = budgetPages();
  const measured = await measurePages(pages, { browser });
  const zh = Object.fromEntries(measured.filter((m) => m.name.endsWith(' zh-CN')).map((m) => [m.name.replace(/ zh-CN$/, ''), m.gzip]));
  const budgetOf = (name, gzip) => {
    if (name.endsWith('gba-widgets.min.js')) return BUDGETS.oneFile;
    if (name.startsWith('all nine')) return BUDGETS.allNine;
    if (name.includes(' + ')) return BUDGETS.trio;
    const tag = name.split(' ')[0];
    return name.endsWith(' en') ? zh[tag] + BUDGETS.englishExtra : BUDGETS.oneWidget;
  };
  const rows = measured.map(({ name, files, gzip }) => {
    const budget = budgetOf(name, gzip);
    return [name, String(files.length), `${gzip} B (${kib(gzip)})`, `${kib(budget)}`, gzip <= budget ? 'met' : `OVER by ${kib(gzip - budget)}`];
  });
  const med = median(TAGS.map((tag) => zh[tag]));
  return `scripts/page-bytes.mjs: each page loaded through \`dist/autoload.js\` (the last through the one file) in a fresh Chromium context, every response gzip -9. English pages are budgeted at their zh-CN page + ${kib(BUDGETS.englishExtra)}.\n\n${table(['page', 'files', 'fetched, gzip -9', 'budget', 'verdict'], rows)}\n\nMedian of the nine one-widget zh-CN pages: ${kib(med)} (goal ${kib(BUDGETS.oneWidgetMedianGoal)}: ${med <= BUDGETS.oneWidgetMedianGoal ? 'met' : 'not met'}).`;
}

// 1. Size.
const code = {};
if (want('size')) {
  const verdict = (gzip, budget) => `${kib(budget)}: ${gzip <= budget ? 'under' : 'OVER'} by ${kib(Math.abs(budget - gzip))}`;
  const sizeRows = [];
  const all = sizeOf(readFileSync(new URL('dist/gba-widgets.min.js', root)));
  sizeRows.push(['gba-widgets.min.js (all widgets)', kib(all.min), kib(all.gzip), verdict(all.gzip, BUDGET_ALL)]);
  for (const tag of widgetTags()) {
    code[tag] = await bundleAlone(`src/components/${tag}/${tag}.ts`);
    const s = sizeOf(code[tag]);
    sizeRows.push([`${tag}.js alone`, kib(s.min), kib(s.gzip), verdict(s.gzip, BUDGET_ONE)]);
  }
  const peerLabels = { 'chart.js': 'Chart.js line chart (peer)', echarts: 'ECharts line chart, SVG (peer)' };
  for (const name of Object.keys(PEERS)) {
    code[name] = await bundlePeer(name);
    const s = sizeOf(code[name]);
    sizeRows.push([peerLabels[name], kib(s.min), kib(s.gzip), `(one-widget budget ${kib(BUDGET_ONE)}: ${s.gzip <= BUDGET_ONE ? 'under' : 'over'})`]);
  }
  const gz = (name) => sizeOf(code[name]).gzip;
  const ratios = `gdp-path.js alone, gzip: ${(gz('gdp-path') / gz('chart.js')).toFixed(2)}× Chart.js, ${(gz('gdp-path') / gz('echarts')).toFixed(2)}× ECharts.`;
  section('Size', `rollup + @rollup/plugin-node-resolve + @rollup/plugin-terser, in memory, ES module; gzip level 9. Widgets: each \`src/components/<tag>/<tag>.ts\` with Lit, d3 and the dataset inlined (scripts/bundle-sizes.mjs). Peers: an entry registering only what a line chart needs (scripts/bench/peer-bundles.mjs).\n\n${table(['bundle', 'min', 'gzip -9', 'budget'], sizeRows)}\n\n${ratios}`);
}
// The first-render pages need gdp-path bundled alone and the Chart.js peer, measured above or not.
const peerPages = ['first-render', 'trace', 'many'].some(want);
if (peerPages) {
  code['gdp-path'] ??= await bundleAlone('src/components/gdp-path/gdp-path.ts');
  code['chart.js'] ??= await bundlePeer('chart.js');
}

// The pages load the bundles from a temp dir, served with the bench pages on 127.0.0.1.
const dir = mkdtempSync(join(tmpdir(), 'gba-bench-'));
if (peerPages) {
  writeFileSync(join(dir, 'gdp-path.js'), code['gdp-path']);
  writeFileSync(join(dir, 'chart.js'), code['chart.js']);
}
const server = await serveStatic({ '/peers/': dir, '/pages/': new URL('bench/pages/', import.meta.url).pathname });
const browser = await launch();
const info = machine(browser);
try {
  // 2. First render, side by side.
  if (want('first-render')) {
    const speed = await measureRenderSpeed(browser, server.origin, { runs: RUNS });
    const { rate } = jiangmenSeries();
    const speedRows = Object.entries(speed).map(([cpu, r]) => {
      const total = (kind) => r[kind].map((x) => x.total);
      const drawn = (kind) => median(r[kind].map((x) => x.drawn));
      const g = median(total('gdp-path'));
      const c = median(total('chart.js'));
      const floor = median(total('nothing'));
      const drawnRatio = drawn('gdp-path') / drawn('chart.js');
      const verdict = (ratio) => `${ratio.toFixed(2)}× (${ratio <= 0.6 ? 'met' : 'NOT met'})`;
      return [
        `${cpu}×`,
        `${ms(g)} (${range(total('gdp-path'))})`,
        `${ms(c)} (${range(total('chart.js'))})`,
        ms(floor),
        `${verdict(g / c)}; floor ${(floor / c).toFixed(2)}×`,
        `${ms(drawn('gdp-path'))} / ${ms(drawn('chart.js'))}`,
        verdict(drawnRatio),
      ];
    });
    section(
      'First render: <gdp-path> against a Chart.js line chart',
      `Jiangmen 2023 → 2033 at the default growth (${(rate * 100).toFixed(2)}% a year), animations off (Chart.js \`animation: false\`; gdp-path under \`prefers-reduced-motion: reduce\`), in a 640 px wide box. Time from creating the element (gdp-path: createElement + append, until \`updateComplete\`; Chart.js: canvas + \`new Chart\`) to the end of the next frame (a requestAnimationFrame, then a message posted from it). Median of ${RUNS} fresh page loads each, interleaved, one warm-up load discarded; CPU throttled with CDP \`Emulation.setCPUThrottlingRate\`. Min – max in brackets.\n\nEach sample starts just after a frame, so the next frame is about one frame interval away whatever the library does: "nothing" measures that wait alone (no element, no library call), and "floor" is the lowest ratio any library could reach to the frame's end. "drawn" is the median time until the drawing existed (gdp-path: \`updateComplete\` resolved; Chart.js: the constructor returned), before the frame's style, layout and paint: the work each library does, without the wait. Both read their container's width synchronously in that time (a forced style and layout of the page), so that the first drawing has the box's width. The goal of ≤ 0.6× is judged on both.\n\n${table(['CPU', 'gdp-path to frame end', 'Chart.js to frame end', 'nothing (frame wait only)', 'ratio to frame end (goal ≤ 0.6×)', 'drawn: gdp-path / Chart.js', 'ratio drawn (goal ≤ 0.6×)'], speedRows)}`,
    );
  }

  // 2b. Where the first render's time goes, traced.
  if (want('trace')) {
    const traced = { 'gdp-path (zh-CN)': (await traceFirstRender(browser, server.origin, { runs: 10 }))['gdp-path'] };
    const en = await traceFirstRender(browser, server.origin, { runs: 10, lang: 'en' });
    traced['gdp-path lang="en"'] = en['gdp-path'];
    traced['Chart.js'] = en['chart.js'];
    const phaseNames = ['total', 'script', 'style', 'layout', 'paint', 'commit', 'rest'];
    section(
      'First render, main thread by phase (1× CPU, traced)',
      `scripts/bench/first-render-trace.mjs: the same pages and first render as above, each sample traced (CDP Tracing, devtools.timeline) between a console.timeStamp before the element is created and one after the frame. "script": the task that creates the element and draws it (Lit's update runs in its microtasks; for Chart.js the constructor); "style", "layout", "paint" (with pre-paint): the frame's phases; "commit": the main thread handing the frame to the compositor (in headless software compositing it can wait there while tiles are rastered); "rest": the remainder, mostly waiting for the next frame to begin. Tracing slows everything a little. Median of 10 traced loads per row, one warm-up discarded; the columns are medians each, so they need not add up to "total". \`lang="en"\` draws the same chart with Latin text, to see whether CJK fonts and shaping cost anything.\n\n${table(['', ...phaseNames], Object.entries(traced).map(([name, phase]) => [name, ...phaseNames.map((k) => ms(phase[k]))]))}`,
    );
  }

  // 3a. 100 widgets on one page.
  if (want('many')) {
    const manyRows = [];
    for (const cpu of [1, 4]) {
      const many = await measureManyWidgets(browser, server.origin, { runs: 5, rate: cpu });
      const m = median(many.samples);
      manyRows.push([`${cpu}×`, `${many.drawn} / ${many.count}`, ms(m), range(many.samples), ms(m / many.count)]);
    }
    section('100 <gdp-path> on one page', `Create 100 widgets (each in a 640 px box) in one task, until every \`updateComplete\` and the end of the next frame. Median of 5 fresh page loads, one warm-up discarded.\n\n${table(['CPU', 'drawn', 'median', 'min – max', 'per widget'], manyRows)}`);
  }

  // 3b. Article page resize.
  if (want('resize')) {
    const resizeRows = [];
    const scrollRows = [];
    let widgetCount = 0;
    for (const cpu of [1, 4]) {
      const { widgets, frame, trials, scroll } = await measureArticleResize(browser, { runs: 5, rate: cpu });
      scrollRows.push([`${cpu}×`, String(scroll.widgets), ms(scroll.longest), ms(scroll.work)]);
      widgetCount = widgets;
      for (const [key, label] of [['narrow', '1280 → 768 px'], ['wide', '768 → 1280 px']]) {
        const t = trials[key];
        const paint = t.map((x) => x.toLastPaint);
        resizeRows.push([
          `${cpu}×`,
          label,
          `${Math.min(...t.map((x) => x.widgets))} – ${Math.max(...t.map((x) => x.widgets))}`,
          ms(median(t.map((x) => x.toLastUpdate))),
          `${ms(median(paint))} (${range(paint)})`,
          `${(median(paint) / frame).toFixed(1)} × ${ms(frame)}`,
          ms(median(t.map((x) => x.work))),
          median(paint) <= 16 ? 'met' : 'NOT met',
        ]);
      }
    }
    section(
      'Article page re-layout on resize',
      `demo/index.html served by scripts/serve.mjs (its CSP), ${widgetCount} widgets, window 1280 px ↔ 768 px (setViewportSize). From the window's \`resize\` event to the last widget's \`updated()\`, and to the end of the frame it was painted in. "in frames": the median to the last painted frame over the page's idle requestAnimationFrame interval (during the resize headless Chromium runs extra, unpaced frames, so ticks are not counted). Widgets near the viewport (on screen or within half a viewport of it) re-lay out inside the window's \`resize\` event, so in the frame of the resize (SizeController, controllers/window-resize.ts); widgets farther away keep their last layout, scaled by their SVG's viewBox, until they are scrolled near or the page prints, so they are not in "widgets re-rendered" and their work is not in these times. Before that change every widget re-rendered, in the frame after its ResizeObserver reported. t0 is the page's first \`resize\` listener (an init script), ahead of the widgets' own. "widget work": the time spent inside the widgets' updates (layout and render, summed). Median of 5 resizes each way.\n\n${table(['CPU', 'resize', 'widgets re-rendered', 'to last update', 'to last painted frame', 'in frames', 'widget work', 'goal ≤ 16 ms'], resizeRows)}\n\nThe work the far widgets put off, paid while scrolling: after the resize to 768 px at the top of the page, the page scrolled to the bottom half a viewport every 100 ms; each widget re-lays out as it comes within half a viewport of the screen.\n\n${table(['CPU', 'widgets re-laid out while scrolling', 'longest single widget update', 'widget work, summed'], scrollRows)}`,
    );
  }

  // 4. Navigation to drawn: the page a reader opens, library fetch, parse and compile included.
  if (want('load')) {
    const scripts = args.script ?? defaultScripts();
    const loadRuns = Number(process.env.BENCH_LOAD_RUNS ?? 21); // fewer only to try the harness: the figures want ≥ 21
    const speed = await measureLoadSpeed(browser, { runs: loadRuns, scripts });
    const { series } = speed;
    const autoload = scripts.some((s) => s.endsWith('autoload.js')) ? '' : ' `dist/autoload.js` was not built in this tree, so our page loaded the one-file bundle; with the autoloader built it is the default.';
    section(
      'Navigation to drawn: `<gdp-path>` against a Chart.js line chart',
      `scripts/bench/load-speed.mjs. Two pages served by one local HTTP server with one policy (every response gzip -9, \`cache-control: no-store\`), each load in a fresh browser context (empty HTTP cache, no code cache), so each includes fetching, parsing and compiling its library. Ours: \`<gdp-path>\` in the HTML and one \`<script type="module">\` (the script below), drawn when, after the widget's updates, its shadow root holds the projected path. Chart.js ${JSON.parse(readFileSync(new URL('node_modules/chart.js/package.json', root), 'utf8')).version}: the page's code bundled with Chart.js, registering only LineController, LineElement, PointElement, LinearScale and CategoryScale (rollup + terser, our bundles' options; .cache/bench/chart-line.js), drawing the same series, \`animation: false\`, drawn when its constructor returns. The series is the one \`<gdp-path>\` draws by default, read from the widget: ${series.length} points, ${series[0].year}–${series[series.length - 1].year}, ${series[0].value.toFixed(1)} → ${series[series.length - 1].value.toFixed(1)} 亿元. Both in a 640 px box, \`prefers-reduced-motion: reduce\`. Time: \`performance.mark('drawn')\`'s startTime, from navigation start. Median of ${loadRuns} loads each, interleaved (the order rotates every round), one warm-up load of each discarded; CPU throttled with CDP \`Emulation.setCPUThrottlingRate\` before navigating.${autoload}\n\n${table(['CPU', 'page', 'navigation → drawn, median', 'min – max', 'ratio to Chart.js', 'goal ≤ 0.8×', 'bytes fetched (as sent)'], loadSpeedRows(speed, 0.8))}`,
    );
  }

  // 5. Bytes per page: scripts/page-bytes.mjs, when it is in the tree.
  if (want('bytes')) section('Bytes per page', await pageBytes(browser));
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const machineText = table(['', ''], [
  ['date', info.date],
  ['source measured', info.source],
  ['CPU', `${info.cpu}, ${info.cores} cores`],
  ['memory', info.memory],
  ['load average (1, 5, 15 min) at start / end', `${info.load} / ${load()}`],
  ['Node', info.node],
  ['Chromium', `${info.chromium} (headless, playwright-core; --no-sandbox --disable-gpu)`],
  ...Object.entries(info.packages).map(([name, version]) => [name, version]),
]);
// Other work on the machine slows every timing and widens its spread; interleaving the
// loads keeps the comparison fair (both sides share the load), not the absolute times.
const busy = Math.max(Number(info.load.split(',')[0]), Number(load().split(',')[0])) >= info.cores / 2;
const loadNote = busy
  ? `The machine was shared during this run (load average ${info.load} at the start, ${load()} at the end, on ${info.cores} cores): other work competed for the CPU, so absolute times are slower and noisier than on an idle machine; the ratios compare loads interleaved under the same load.`
  : `Load average ${info.load} at the start, ${load()} at the end, on ${info.cores} cores.`;
console.log(`\n## Machine\n\n${loadNote}\n\n${machineText}`);
if (only && !args.write) {
  console.log(`\n--only ${only.join(',')}: bench/results.md is written by a full run (or with --write); not written.`);
} else {
  const partial = only ? ` Only these sections ran (\`--only ${only.join(',')}\`); \`npm run bench\` runs them all.` : '';
  mkdirSync(new URL('../bench/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('../bench/results.md', import.meta.url),
    `# gba-widgets bench\n\nWritten by \`npm run bench\` (scripts/bench.mjs) on ${info.date}. Figures, not assertions: timings move with the machine and its load.${partial}\n\n## Machine\n\n${loadNote}\n\n${machineText}\n\n${out.join('\n')}`,
  );
  console.log('\nwrote bench/results.md');
}
