// Re-layout of the `npm start` article page (demo/index.html served by scripts/serve.mjs)
// when the window goes from 1280 to 768 px wide: from the window's `resize` event to
// the end of the frame in which the last widget finished re-rendering (its `updated()`,
// then a message posted from it, which runs once that frame is painted). The `resize`
// stamp is the page's first listener (an init script), ahead of the widgets' own. Each widget's
// instance `updated` (and `performUpdate`, to sum the time spent in the widgets' own
// layout and render) is wrapped from the bench; the widgets' code is not changed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { settle } from '../../test/node/chromium.mjs';

const serveScript = new URL('../serve.mjs', import.meta.url).pathname;

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts scripts/serve.mjs on a free loopback port; resolves to { origin, stop() }. */
async function startDemoServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [serveScript], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function instrument() {
  const bench = (window.__bench = { t0: undefined, done: [], work: 0, longest: 0 });
  const widgets = [...document.querySelectorAll('.widget > *')].filter((el) => 'updateComplete' in el);
  widgets.forEach((el, i) => {
    const proto = Object.getPrototypeOf(el);
    el.performUpdate = function () {
      const start = performance.now();
      const result = proto.performUpdate.call(this);
      bench.work += performance.now() - start;
      bench.longest = Math.max(bench.longest, performance.now() - start);
      return result;
    };
    el.updated = function (changed) {
      const updatedAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => bench.done.push({ i, tag: el.localName, updatedAt, paintedAt: performance.now() });
      channel.port2.postMessage(0);
      return proto.updated.call(this, changed);
    };
  });
  return widgets.length;
}

/** Median interval between animation frames on the idle page: what one "frame" is in this headless browser. */
async function frameInterval() {
  const times = [];
  await new Promise((resolve) => {
    const tick = (t) => (times.push(t) < 31 ? requestAnimationFrame(tick) : resolve());
    requestAnimationFrame(tick);
  });
  const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return gaps[gaps.length >> 1];
}

/**
 * Runs before any script of the page (an init script), so this is the window's first
 * `resize` listener: t0 is taken before the widgets' own listener (window-resize.ts)
 * starts re-laying them out in the same event.
 */
function stampResize() {
  addEventListener('resize', () => {
    if (window.__bench) window.__bench.t0 ??= performance.now();
  });
}

function reset() {
  Object.assign(window.__bench, { t0: undefined, done: [], work: 0, longest: 0 });
}

/** Waits until the page has had a resize and no widget updated for `quietMs`; returns the trial. */
async function collect(page, quietMs = 600) {
  let last = -1;
  for (;;) {
    await page.waitForTimeout(quietMs);
    const n = await page.evaluate(() => (window.__bench.t0 === undefined ? -1 : window.__bench.done.length));
    if (n >= 0 && n === last) break;
    last = n;
  }
  return page.evaluate(() => {
    const { t0, done, work } = window.__bench;
    const widgets = new Set(done.map((d) => d.i)).size;
    const lastPaint = Math.max(...done.map((d) => d.paintedAt));
    const lastUpdate = Math.max(...done.map((d) => d.updatedAt));
    return { widgets, updates: done.length, toLastUpdate: lastUpdate - t0, toLastPaint: lastPaint - t0, work };
  });
}

/**
 * The work the far widgets put off: narrowed to 768 px at the top of the page, then
 * scrolled to the bottom half a viewport at a time, as a reader would. Returns how many
 * widgets re-laid out on the way and the longest single widget update (ms).
 */
async function scrollThrough(page) {
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate(reset);
  await page.setViewportSize({ width: 768, height: 900 });
  await collect(page);
  await page.evaluate(reset);
  for (;;) {
    const more = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight / 2);
      return scrollY > before;
    });
    if (!more) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ widgets: new Set(window.__bench.done.map((d) => d.i)).size, longest: window.__bench.longest, work: window.__bench.work }));
  await page.evaluate(() => scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 900 });
  return result;
}

/** Returns { widgets, frame (idle ms per animation frame), trials: { narrow: [...], wide: [...] }, scroll: { widgets, longest, work } } at CPU throttling `rate`. */
export async function measureArticleResize(browser, { runs = 5, rate = 1 } = {}) {
  const server = await startDemoServer();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(stampResize);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/`);
    await settle(page);
    const widgets = await page.evaluate(instrument);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const frame = await page.evaluate(frameInterval);
    const trials = { narrow: [], wide: [] };
    for (let i = 0; i < runs; i++) {
      for (const [key, width] of [['narrow', 768], ['wide', 1280]]) {
        await page.evaluate(reset);
        await page.setViewportSize({ width, height: 900 });
        trials[key].push(await collect(page));
      }
    }
    const scroll = await scrollThrough(page);
    await context.close();
    return { widgets, frame, trials, scroll };
  } finally {
    server.stop();
  }
}
