// Server rendering (gba-widgets/ssr.js, built): every widget in custom-elements.json as
// declarative-shadow-DOM HTML that shows the finished figure with JavaScript off, draws
// what the browser draws, and is taken over by the bundle without a flash. Run after
// `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToHTML, widgets } from '../../dist/ssr.js';
import { DRAWING_SOURCE, launch, openPage, ORIGIN, settle } from './chromium.mjs';

const LANGS = ['zh-CN', 'zh-HK', 'en'];
const tags = (await widgets()).map((w) => w.tag);
const page = (body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>ssr</title></head><body style="margin:0">${body}</body></html>`;
const box = (width, inner) => `<div class="box" style="width:${width}px">${inner}</div>`;

/** Every widget server-rendered into a box of `width`; one that cannot render leaves its box empty (its own test fails). */
async function serverPage(lang, width) {
  const snippets = await Promise.all(tags.map((tag) => renderToHTML(tag, { lang }, { width }).catch((error) => `<!-- ${tag}: ${error.message} -->`)));
  return page(snippets.map((s) => box(width, s)).join('\n'));
}

async function drawings(p) {
  return p.evaluate(`Object.fromEntries([...document.querySelectorAll('.box > *')].map((host) => [host.localName, (${DRAWING_SOURCE})(host)]))`);
}

test('the manifest documents at least one widget', () => {
  assert.ok(tags.length > 0);
});

describe('renderToHTML', () => {
  for (const tag of tags) {
    test(`renders <${tag}> as a finished figure in declarative shadow DOM, in ${LANGS.join(', ')}`, async () => {
      for (const lang of LANGS) {
        const html = await renderToHTML(tag, { lang }, { width: 480 });
        assert.match(html, new RegExp(`^<${tag} [^>]*lang="${lang}"`), `<${tag} lang=${lang}> does not open the snippet`);
        assert.match(html, /^<[^>]*ssr-width="480"/, 'the width hint is missing');
        assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>/, 'no declarative shadow root with its styles');
        assert.match(html, /part="figure"/);
        assert.match(html, /<svg[^>]*role="img"/, 'no chart SVG');
        assert.match(html, /part="source"/);
        assert.doesNotMatch(html, /part="message"/, `<${tag} lang=${lang}> renders an error message on the server`);
        assert.ok(html.endsWith(`</${tag}>`), 'the snippet does not end with the element');
      }
    });
  }

  test('rejects a tag that is no widget, and a width that is no width', async () => {
    await assert.rejects(renderToHTML('not-a-widget'), /not a gba-widgets widget/);
    await assert.rejects(renderToHTML(tags[0], {}, { width: -1 }), /width must be a positive number/);
    await assert.rejects(renderToHTML(tags[0], { 'on"click': 'x' }), /has no attribute "on\\"click"/);
  });

  test('escapes attribute values and writes data as a JSON script that cannot close early', async (t) => {
    t.mock.method(console, 'warn', () => {}); // the widget rightly warns that this is not its data
    const html = await renderToHTML(tags[0], { lang: '"><script>alert(1)</script>' }, { data: { note: '</script><script>alert(2)</script>' } });
    assert.ok(!html.includes('<script>alert'), 'markup from input reached the HTML');
    assert.match(html, /lang="&quot;&gt;&lt;script&gt;/);
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    assert.ok(json, 'no JSON data script');
    assert.deepEqual(JSON.parse(json), { note: '</script><script>alert(2)</script>' });
  });

  test('interactive: false hides the controls that need JavaScript', async () => {
    const html = await renderToHTML(tags[0], {}, { interactive: false });
    assert.match(html, /\.toggle \{ display: none !important; \}/);
  });
});

describe('in Chromium', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('with JavaScript disabled, every widget shows its title, chart and source', async (t) => {
    const { page: p, context } = await openPage(browser, { javaScriptEnabled: false, pages: { '/ssr.html': await serverPage('zh-CN', 640) } });
    try {
      await p.goto(`${ORIGIN}/ssr.html`);
      assert.equal(await p.evaluate(() => typeof customElements.get('key-figure')), 'undefined', 'a script ran');
      const drawn = await drawings(p);
      const heights = Object.fromEntries(await p.evaluate(() => [...document.querySelectorAll('.box > *')].map((h) => [h.localName, h.getBoundingClientRect().height])));
      for (const tag of tags) {
        await t.test(`<${tag}>`, () => {
          const d = drawn[tag];
          assert.ok(d && !d.error, `<${tag}> has no shadow root without JavaScript`);
          assert.equal(d.figures, 1);
          assert.ok(d.title[0], `<${tag}> shows no title`);
          assert.match(d.source[0] ?? '', /^来源：/, `<${tag}> shows no source line`);
          assert.ok(d.elements.length > 2, `<${tag}> draws nothing`);
          assert.ok(heights[tag] > 60, `<${tag}> is ${heights[tag]}px tall without JavaScript`);
        });
      }
    } finally {
      await context.close();
    }
  });

  for (const width of [640, 360]) {
    test(`server and browser draw the same text and SVG geometry at ${width}px, in every language`, async (t) => {
      const drawn = {};
      for (const lang of LANGS) {
        const server = await openPage(browser, { javaScriptEnabled: false, pages: { '/ssr.html': await serverPage(lang, width) } });
        const client = await openPage(browser, {
          pages: {
            '/client.html': page(`${tags.map((tag) => box(width, `<${tag} lang="${lang}"></${tag}>`)).join('\n')}<script type="module" src="/dist/gba-widgets.min.js"></script>`),
          },
        });
        try {
          await server.page.goto(`${ORIGIN}/ssr.html`);
          await client.page.goto(`${ORIGIN}/client.html`);
          await client.page.waitForFunction((list) => list.every((t) => customElements.get(t)), tags);
          await settle(client.page);
          drawn[lang] = { server: await drawings(server.page), browser: await drawings(client.page), errors: client.errors };
        } finally {
          await server.context.close();
          await client.context.close();
        }
      }
      for (const tag of tags) {
        await t.test(`<${tag}>`, () => {
          for (const lang of LANGS) {
            const { server, browser: inBrowser } = drawn[lang];
            assert.ok(server[tag]?.elements.length > 1, `<${tag} lang=${lang}>: the server drew no chart`);
            assert.deepEqual(server[tag], inBrowser[tag], `<${tag} lang=${lang}> at ${width}px: server and browser differ`);
          }
        });
      }
      for (const lang of LANGS) assert.deepEqual(drawn[lang].errors, [], `errors in the browser (${lang})`);
    });
  }

  // The CDN bundle loads Lit's hydration support first, so server HTML is hydrated: the
  // server's nodes stay. Without it (a bundler user who did not load it) the widget redraws
  // in the same task; `hydrate: false` simulates that by keeping the support from installing.
  for (const hydrate of [true, false]) {
    const how = hydrate ? 'hydrates server HTML: the server nodes stay' : 'without hydration support replaces server HTML in the same task';
    test(`the bundle ${how}, with no empty frame, no layout shift, no second drawing, and the widget answers after`, async (t) => {
      const width = 480;
      const { page: p, context, errors } = await openPage(browser, { pages: { '/ssr.html': await serverPage('zh-CN', width) } });
      try {
        await p.goto(`${ORIGIN}/ssr.html`);
        const before = await drawings(p);
        const heights = () => p.evaluate(() => [...document.querySelectorAll('.box > *')].map((h) => Math.round(h.getBoundingClientRect().height)));
        const heightsBefore = await heights();
        // Boxes of the host and of the server's figure, chart, SVG and "View data" button.
        const boxes = () =>
          p.evaluate(() =>
            [...document.querySelectorAll('.box > *')].map((h) =>
              [h, ...['figure', 'chart', 'toggle'].map((part) => h.shadowRoot?.querySelector(`[part~="${part}"]`)), h.shadowRoot?.querySelector('[part~="chart"] svg')].map((node) => {
                const r = node?.getBoundingClientRect();
                return r ? [r.x, r.y, r.width, r.height] : null;
              }),
            ),
          );
        const boxesBefore = await boxes();
        // Remember the server's nodes, and mark them with an expando the bundle cannot know.
        await p.evaluate((noSupport) => {
          if (noSupport) Object.defineProperty(globalThis, 'litElementHydrateSupport', { get: () => undefined, set: () => {}, configurable: true });
          window.__server = [...document.querySelectorAll('.box > *')].map((h) => {
            const nodes = { figure: h.shadowRoot?.querySelector('[part~="figure"]'), svg: h.shadowRoot?.querySelector('[part~="chart"] svg') };
            for (const node of Object.values(nodes)) if (node) node.__fromServer = h.localName;
            return nodes;
          });
        }, !hydrate);
        // Watch every frame from now on: a frame where a widget shows no chart is a flash.
        await p.evaluate(() => {
          window.__frames = [];
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: false });
          const watch = () => {
            // Charts shown at full opacity, per widget: 0 is a blank, 2 a double drawing, a fade-in counts as 0.
            const shown = (h) => [...(h.shadowRoot?.querySelectorAll('[part~="chart"] svg') ?? [])].filter((svg) => getComputedStyle(svg).opacity === '1').length;
            window.__frames.push([...document.querySelectorAll('.box > *')].map(shown));
            if (window.__frames.length < 600) requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        });
        await p.addScriptTag({ url: '/dist/gba-widgets.min.js', type: 'module' });
        await p.waitForFunction((list) => list.every((t) => customElements.get(t)), tags);
        await settle(p);
        const after = await drawings(p);
        const heightsAfter = await heights();
        const boxesAfter = await boxes();
        const { frames, shift } = await p.evaluate(() => ({ frames: window.__frames, shift: window.__shift }));
        const state = await p.evaluate(() =>
          [...document.querySelectorAll('.box > *')].map((h, i) => {
            const root = h.shadowRoot;
            const svg = root?.querySelector('[part~="chart"] svg');
            const figure = root?.querySelector('[part~="figure"]');
            return {
              upgraded: h.hasUpdated === true,
              figures: root?.querySelectorAll('[part~="figure"]').length,
              sameSvg: svg !== undefined && svg === window.__server[i].svg && svg.__fromServer === h.localName,
              sameFigure: figure !== undefined && figure === window.__server[i].figure,
              supported: h.constructor.observedAttributes.includes('defer-hydration'),
            };
          }),
        );
        assert.ok(frames.length > 0, 'no frame was observed');
        for (const [i, tag] of tags.entries()) {
          await t.test(`<${tag}>`, async () => {
            const s = state[i];
            assert.ok(s.upgraded, `<${tag}> was not upgraded by the bundle`);
            assert.equal(s.supported, hydrate, `<${tag}>: Lit's hydration support is ${s.supported ? '' : 'not '}installed`);
            assert.ok(before[tag].elements.length > 1, `<${tag}>: the server drew no chart`);
            assert.equal(s.figures, 1, `<${tag}> shows ${s.figures} figures`);
            assert.deepEqual(after[tag], before[tag], `<${tag}> drew something else once the bundle loaded`);
            assert.equal(heightsAfter[i], heightsBefore[i], `<${tag}> changed height when the bundle loaded`);
            const counts = frames.map((frame) => frame[i]);
            assert.ok(counts.every((c) => c === 1), `<${tag}> showed ${[...new Set(counts)].join(' or ')} charts in some frame (a flash)`);
            if (hydrate) {
              assert.ok(s.sameSvg, `<${tag}>: the server's <svg> was replaced, not hydrated`);
              assert.ok(s.sameFigure, `<${tag}>: the server's figure was replaced, not hydrated`);
              assert.deepEqual(boxesAfter[i], boxesBefore[i], `<${tag}>: a box moved when the bundle loaded`);
            } else {
              assert.ok(!s.sameSvg, `<${tag}>: without hydration support the server's <svg> should have been redrawn`);
            }
            await assertInteractive(p, i, tag);
          });
        }
        assert.equal(shift, 0, 'layout shifted while the bundle took over');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a widget whose page language is not the one the server used is redrawn in that language, not hydrated', async (t) => {
    // Server HTML without `lang` is drawn in zh-CN; on an English page the widget speaks English.
    const snippets = await Promise.all(tags.map((tag) => renderToHTML(tag, {}, { width: 480 })));
    const html = page(snippets.map((s) => box(480, s)).join('\n')).replace('<html lang="zh-CN">', '<html lang="en">');
    const { page: p, context, errors } = await openPage(browser, { pages: { '/ssr.html': html } });
    try {
      await p.goto(`${ORIGIN}/ssr.html`);
      await p.evaluate(() => {
        window.__svgs = [...document.querySelectorAll('.box > *')].map((h) => h.shadowRoot?.querySelector('[part~="chart"] svg'));
      });
      await p.addScriptTag({ url: '/dist/gba-widgets.min.js', type: 'module' });
      await p.waitForFunction((list) => list.every((t) => customElements.get(t)), tags);
      await settle(p);
      const state = await p.evaluate(() =>
        [...document.querySelectorAll('.box > *')].map((h, i) => ({
          lang: h.shadowRoot.querySelector('[part~="figure"]')?.getAttribute('lang'),
          figures: h.shadowRoot.querySelectorAll('[part~="figure"]').length,
          source: h.shadowRoot.querySelector('[part~="source"]')?.textContent.trim(),
          sameSvg: h.shadowRoot.querySelector('[part~="chart"] svg') === window.__svgs[i],
        })),
      );
      for (const [i, tag] of tags.entries()) {
        await t.test(`<${tag}>`, async () => {
          assert.equal(state[i].lang, 'en', `<${tag}> kept the server's language`);
          assert.equal(state[i].figures, 1, `<${tag}> shows ${state[i].figures} figures`);
          assert.match(state[i].source ?? '', /^Source:/);
          assert.ok(!state[i].sameSvg, `<${tag}> hydrated a drawing in another language`);
          await assertInteractive(p, i, tag);
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

test('data written by renderToHTML is hydrated; data a script sets before the bundle loads is redrawn', { skip: !tags.includes('key-figure') }, async () => {
  const data = { value: 1234, unit: '亿元', label: { 'zh-Hans': '测试数字', en: 'Test figure' }, date: '2024' };
  const snippet = await renderToHTML('key-figure', { lang: 'en' }, { width: 480, data });
  assert.match(snippet, /^<key-figure lang="en"/);
  const browser = await launch();
  try {
    const { page: p, errors } = await openPage(browser, { pages: { '/ssr.html': page([snippet, snippet].map((s) => box(480, s)).join('\n')) } });
    await p.goto(`${ORIGIN}/ssr.html`);
    await p.evaluate((d) => {
      window.__svgs = [...document.querySelectorAll('.box > *')].map((h) => h.shadowRoot.querySelector('[part~="chart"] svg'));
      document.querySelectorAll('.box > *')[1].data = { ...d, label: { 'zh-Hans': '另一个', en: 'Another figure' } };
    }, data);
    await p.addScriptTag({ url: '/dist/gba-widgets.min.js', type: 'module' });
    await p.waitForFunction(() => customElements.get('key-figure'));
    await settle(p);
    const state = await p.evaluate(() =>
      [...document.querySelectorAll('.box > *')].map((h, i) => ({
        same: h.shadowRoot.querySelector('[part~="chart"] svg') === window.__svgs[i],
        title: h.shadowRoot.querySelector('[part~="title"]').textContent.trim(),
        figures: h.shadowRoot.querySelectorAll('[part~="figure"]').length,
      })),
    );
    assert.deepEqual(state.map((s) => [s.same, s.figures]), [[true, 1], [false, 1]]);
    assert.match(state[0].title, /Test figure/);
    assert.match(state[1].title, /Another figure/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

/** The widget at index `i` of the page opens and closes its data table, and arrow keys move its tooltip. */
async function assertInteractive(p, i, tag) {
  const host = i;
  const table = await p.evaluate(async (h) => {
    const host = document.querySelectorAll('.box > *')[h];
    const root = host.shadowRoot;
    const toggle = root.querySelector('[part~="toggle"]');
    const look = () => ({ expanded: toggle.getAttribute('aria-expanded'), hidden: root.querySelector('#data-table')?.hidden });
    const closed = look();
    toggle.click();
    await host.updateComplete;
    const open = look();
    toggle.click();
    await host.updateComplete;
    return { closed, open, again: look() };
  }, host);
  assert.deepEqual(table, { closed: { expanded: 'false', hidden: true }, open: { expanded: 'true', hidden: false }, again: { expanded: 'false', hidden: true } }, `<${tag}>: the "View data" button does not toggle the table`);

  const look = () =>
    p.evaluate(async (h) => {
      const host = document.querySelectorAll('.box > *')[h];
      await host.updateComplete;
      const root = host.shadowRoot;
      return { tooltip: root.querySelector('[part~="tooltip"]')?.textContent.trim() ?? null, status: root.querySelector('[role="status"]')?.textContent.trim(), ring: root.querySelectorAll('.focus-ring').length };
    }, host);
  const marks = await p.evaluate((h) => document.querySelectorAll('.box > *')[h].shadowRoot.querySelector('[part~="chart"] svg').hasAttribute('tabindex'), host);
  if (!marks) return; // a chart without marks to step through
  await p.evaluate((h) => document.querySelectorAll('.box > *')[h].shadowRoot.querySelector('[part~="chart"] svg').focus(), host);
  const first = await look();
  assert.ok(first.tooltip, `<${tag}>: focusing the chart shows no tooltip`);
  assert.equal(first.status, first.tooltip);
  assert.equal(first.ring, 1);
  await p.keyboard.press('ArrowRight');
  const second = await look();
  await p.keyboard.press('ArrowLeft');
  const back = await look();
  assert.ok(second.tooltip, `<${tag}>: ArrowRight hides the tooltip`);
  assert.deepEqual(back, first, `<${tag}>: ArrowRight then ArrowLeft does not return to the first mark`);
  const count = await p.evaluate((h) => document.querySelectorAll('.box > *')[h].navigation.count, host);
  if (count > 1) assert.notEqual(second.tooltip, first.tooltip, `<${tag}>: ArrowRight does not move the tooltip`);
  await p.keyboard.press('Escape');
  assert.equal((await look()).tooltip, null, `<${tag}>: Escape does not close the tooltip`);
  await p.evaluate((h) => document.querySelectorAll('.box > *')[h].shadowRoot.querySelector('[part~="chart"] svg').blur(), host);
}
