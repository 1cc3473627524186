// 100 <gdp-path> on one page: from creating the first to the end of the frame in which
// all have drawn (every updateComplete, then a requestAnimationFrame and a message).
// Each sample is a fresh page load.
const COUNT = 100;

async function renderMany(count) {
  const stage = document.getElementById('stage');
  await window.frameEnd();
  const t0 = performance.now();
  const widgets = [];
  for (let i = 0; i < count; i++) {
    const box = document.createElement('div');
    box.className = 'box';
    const el = document.createElement('gdp-path');
    box.append(el);
    stage.append(box);
    widgets.push(el);
  }
  await Promise.all(widgets.map((el) => el.updateComplete));
  await window.frameEnd();
  const ms = performance.now() - t0;
  const drawn = widgets.filter((el) => el.shadowRoot?.querySelector('path.projection')).length;
  return { ms, drawn };
}

/** Returns { count, samples: ms[], drawn } at CPU throttling `rate`. */
export async function measureManyWidgets(browser, origin, { runs = 5, rate = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const samples = [];
  let drawn = 0;
  for (let i = 0; i <= runs; i++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(`${origin}/pages/gdp-path.html`);
    await page.waitForFunction(() => customElements.get('gdp-path') !== undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const result = await page.evaluate(renderMany, COUNT);
    if (i > 0) samples.push(result.ms); // the first load warms the caches, discarded
    drawn = result.drawn;
  }
  await context.close();
  return { count: COUNT, samples, drawn };
}
