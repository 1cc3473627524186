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
    await assert.rejects(renderToHTML(tags[0], { 'on"click': 'x' }), /not an attribute name/);
  });

  test('escapes attribute values and writes data as a JSON script that cannot close early', async (t) => {
    t.mock.method(console, 'warn', () => {}); // the widget rightly warns that this is not its data
    const html = await renderToHTML(tags[0], { 'data-note': '"><script>alert(1)</script>' }, { data: { note: '</script><script>alert(2)</script>' } });
    assert.ok(!html.includes('<script>alert'), 'markup from input reached the HTML');
    assert.match(html, /data-note="&quot;&gt;&lt;script&gt;/);
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

  test('the bundle takes over server HTML in place: no empty frame, no layout shift, no second drawing', async (t) => {
    const width = 480;
    const { page: p, context, errors } = await openPage(browser, { pages: { '/ssr.html': await serverPage('zh-CN', width) } });
    try {
      await p.goto(`${ORIGIN}/ssr.html`);
      const before = await drawings(p);
      const heights = () => p.evaluate(() => [...document.querySelectorAll('.box > *')].map((h) => Math.round(h.getBoundingClientRect().height)));
      const heightsBefore = await heights();
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
      const { frames, shift } = await p.evaluate(() => ({ frames: window.__frames, shift: window.__shift }));
      const upgraded = await p.evaluate(() => [...document.querySelectorAll('.box > *')].map((h) => h.hasUpdated === true));
      assert.ok(frames.length > 0, 'no frame was observed');
      for (const [i, tag] of tags.entries()) {
        await t.test(`<${tag}>`, () => {
          assert.ok(upgraded[i], `<${tag}> was not upgraded by the bundle`);
          assert.ok(before[tag].elements.length > 1, `<${tag}>: the server drew no chart`);
          assert.deepEqual(after[tag], before[tag], `<${tag}> drew something else once the bundle loaded`);
          assert.equal(heightsAfter[i], heightsBefore[i], `<${tag}> changed height when the bundle loaded`);
          const counts = frames.map((frame) => frame[i]);
          assert.ok(counts.every((c) => c === 1), `<${tag}> showed ${[...new Set(counts)].join(' or ')} charts in some frame (a flash)`);
        });
      }
      assert.equal(shift, 0, 'layout shifted while the bundle took over');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
