// Time to first render, <gdp-path> against a Chart.js line chart of the same series, in
// one Chromium. "First render" is defined alike for both: from creating the element (or
// canvas) and calling the library, to the end of the first frame in which the drawing
// exists — for gdp-path `updateComplete`, for Chart.js the constructor (animation off:
// it draws synchronously); then a requestAnimationFrame, and a message posted from it,
// which runs once that frame's style, layout and paint are done. Each sample is a fresh
// page load (cold JIT, as a reader's page), measured after the library script has run.
// A third kind, "nothing", creates no chart at all on the gdp-path page: the wait for the
// next frame alone, the floor under both libraries' times to the frame's end.
import { dataset } from '../../dist/data.js';

const value = (id) => dataset.figures.find((f) => f.id === id);

/** Jiangmen 2023 → 2033 at the growth <gdp-path> defaults to: the rate that meets 1万亿 in 10 years. */
export function jiangmenSeries() {
  const base = value('jiangmen-gdp-2023');
  const baseYear = Number(base.date.slice(0, 4));
  const target = value('trillion-gdp-threshold').value;
  const years = value('jiangmen-gdp-doubling-years').value;
  const rate = (target / base.value) ** (1 / years) - 1;
  return { rate, points: Array.from({ length: years + 1 }, (_, n) => ({ year: baseYear + n, value: base.value * (1 + rate) ** n })) };
}

/** Runs in the page: one first render of `kind`, in ms. */
async function renderOnce([kind, points]) {
  const box = document.createElement('div');
  box.className = 'box';
  document.getElementById('stage').append(box);
  await window.frameEnd();
  const t0 = performance.now();
  if (kind === 'nothing') {
    // The control: no element, no library call; only the wait for the frame below.
  } else if (kind === 'gdp-path') {
    const el = document.createElement('gdp-path');
    box.append(el);
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('path.projection')) throw new Error('gdp-path drew no path');
    if (el.shadowRoot.querySelector('svg').getAttribute('width') !== '640') throw new Error('gdp-path laid out at another width than its box');
  } else {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: points.map((p) => String(p.year)), datasets: [{ label: 'GDP (亿元)', data: points.map((p) => p.value) }] },
      options: { animation: false },
    });
  }
  const drawn = performance.now() - t0;
  await window.frameEnd();
  return { total: performance.now() - t0, drawn };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const PAGES = { 'gdp-path': '/pages/gdp-path.html', 'chart.js': '/pages/chart-js.html' };
const READY = { 'gdp-path': () => customElements.get('gdp-path') !== undefined, 'chart.js': () => typeof window.Chart === 'function' };
const KINDS = ['gdp-path', 'chart.js', 'nothing'];
const PAGE_OF = { nothing: 'gdp-path' };

/**
 * One page per library, samples interleaved. Returns { [rate]: { 'gdp-path': sample[], 'chart.js': sample[] } },
 * a sample being { total, drawn }: ms to the frame's end, and ms until the drawing was in the DOM / on the canvas.
 */
export async function measureRenderSpeed(browser, origin, { runs = 15, rates = [1, 4] } = {}) {
  const { points } = jiangmenSeries();
  const tabs = {};
  for (const kind of Object.keys(PAGES)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    tabs[kind] = { context, page, cdp: await context.newCDPSession(page) };
  }
  const sample = async (kind, rate) => {
    const pageKind = PAGE_OF[kind] ?? kind;
    const { page, cdp } = tabs[pageKind];
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(origin + PAGES[pageKind]);
    await page.waitForFunction(READY[pageKind]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return page.evaluate(renderOnce, [kind, points]);
  };
  const results = {};
  for (const rate of rates) {
    results[rate] = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (const kind of KINDS) await sample(kind, rate); // warm-up, discarded
    for (let i = 0; i < runs; i++) {
      const order = KINDS.map((_, k) => KINDS[(i + k) % KINDS.length]);
      for (const kind of order) results[rate][kind].push(await sample(kind, rate));
    }
  }
  for (const { context } of Object.values(tabs)) await context.close();
  return results;
}
