// `node scripts/bench/first-render-trace.mjs [lang] [runs]`: where a first render's time
// goes, <gdp-path> beside the Chart.js line chart of scripts/bench/render-speed.mjs. Same
// pages and bundles as the bench; each sample is traced (CDP Tracing, devtools.timeline)
// from a console.timeStamp before the element is created to one after the next frame,
// and the renderer's main thread is split into script (the task that creates and draws
// the element: Lit's update runs in its microtasks), style, layout, paint, commit (in
// headless software compositing the main thread waits here while tiles are rastered)
// and the rest (waiting for the frame, the bench's own message). `lang` (say `en`) is
// set on <gdp-path>, to compare CJK and Latin text. Run `npm run build` first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAlone } from '../bundle-sizes.mjs';
import { bundlePeer } from './peer-bundles.mjs';
import { serveStatic } from './static-server.mjs';
import { jiangmenSeries, median, PAGES } from './render-speed.mjs';
import { launch } from '../../test/node/chromium.mjs';

const PHASES = { UpdateLayoutTree: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'paint', Commit: 'commit' };

async function renderOnce([kind, points, lang]) {
  const box = document.createElement('div');
  box.className = 'box';
  document.getElementById('stage').append(box);
  await window.frameEnd();
  console.timeStamp('first-render-start');
  const t0 = performance.now();
  if (kind === 'gdp-path') {
    const el = document.createElement('gdp-path');
    if (lang) el.setAttribute('lang', lang);
    box.append(el);
    await el.updateComplete;
  } else {
    new window.Chart(box.appendChild(document.createElement('canvas')), {
      type: 'line',
      data: { labels: points.map((p) => String(p.year)), datasets: [{ label: 'GDP (亿元)', data: points.map((p) => p.value) }] },
      options: { animation: false },
    });
  }
  await window.frameEnd();
  const total = performance.now() - t0;
  console.timeStamp('first-render-end');
  return total;
}

/** Main-thread ms per phase between the two stamps. */
function phases(events) {
  const stamp = (name) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === name);
  const start = stamp('first-render-start');
  const end = stamp('first-render-end');
  const main = events.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts + e.dur > start.ts && e.ts < end.ts);
  const clip = (e) => (Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts)) / 1000;
  const out = { total: (end.ts - start.ts) / 1000, script: 0, style: 0, layout: 0, paint: 0, commit: 0 };
  // The task holding the start stamp created the element and ran Lit's update in its microtasks.
  const task = main.find((e) => e.name === 'RunTask' && e.ts <= start.ts && e.ts + e.dur >= start.ts);
  if (task) out.script = clip(task);
  for (const e of main) if (PHASES[e.name] && !(task && e.ts < task.ts + task.dur)) out[PHASES[e.name]] += clip(e);
  out.rest = out.total - out.script - out.style - out.layout - out.paint - out.commit;
  return out;
}

/**
 * Traced first renders on the bench pages at `origin` (served as by scripts/bench.mjs).
 * Returns { [kind]: { total, script, style, layout, paint, commit, rest } }, medians in ms;
 * `lang` is set on <gdp-path>.
 */
export async function traceFirstRender(browser, origin, { runs = 10, lang = '' } = {}) {
  const { points } = jiangmenSeries();
  const result = {};
  for (const kind of Object.keys(PAGES)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const samples = [];
    for (let i = 0; i <= runs; i++) {
      await page.goto(origin + PAGES[kind]);
      await page.waitForFunction((k) => (k === 'gdp-path' ? customElements.get('gdp-path') !== undefined : typeof window.Chart === 'function'), kind);
      const events = [];
      const collect = (e) => events.push(...e.value);
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      await page.evaluate(renderOnce, [kind, points, lang]);
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      if (i > 0) samples.push(phases(events)); // the first load warms up
    }
    await context.close();
    result[kind] = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [lang = '', runs = '10'] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'gba-trace-'));
  writeFileSync(join(dir, 'gdp-path.js'), await bundleAlone('src/components/gdp-path/gdp-path.ts'));
  writeFileSync(join(dir, 'chart.js'), await bundlePeer('chart.js'));
  const server = await serveStatic({ '/peers/': dir, '/pages/': new URL('pages/', import.meta.url).pathname });
  const browser = await launch();
  try {
    const result = await traceFirstRender(browser, server.origin, { runs: Number(runs), lang });
    for (const [kind, phase] of Object.entries(result)) {
      console.log(`${kind}${kind === 'gdp-path' && lang ? ` lang=${lang}` : ''}, medians of ${runs} traced loads, ms: ${Object.entries(phase).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
