// dist/autoload.js in a real Chromium: a plain HTML page with the one script and some tags
// draws each widget in the page's language from its first render, fetches only the chunks of
// the tags it holds (and of the language shown), upgrades tags added later (also inside an
// open shadow root), works from any URL it is copied to, and hydrates server-rendered widgets
// (fetching Lit's hydration support only then). Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderToHTML } from '../../dist/ssr.js';
import { contentType } from '../../scripts/http-headers.mjs';
import { launch } from './chromium.mjs';

const root = new URL('../../', import.meta.url);
/** Where the copy of dist/ is "hosted": anywhere but the site root, to show nothing assumes /dist/. */
const HOST = 'http://cdn.gba.test';
const BASE = `${HOST}/some/where/gba-widgets@0/`;
const SITE = 'http://news.gba.test';

const CJK = /[\u3400-\u9fff]/;

/**
 * Before any script: records, for every shadow root the page attaches, the `lang` of the first
 * figure put into it and the first text drawn, so a test can tell what the first render showed.
 */
const FIRST_RENDERS = `(() => {
  window.firstRenders = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    const host = this;
    const observer = new MutationObserver(() => {
      const figure = shadow.querySelector('figure');
      if (!figure) return;
      window.firstRenders.push({ tag: host.localName, lang: figure.getAttribute('lang'), title: shadow.querySelector('[part~="title"]')?.textContent ?? '' });
      observer.disconnect();
    });
    observer.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
})();`;

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Opens `body` as the page at SITE, with dist/ served under BASE, `script` run before the page's own; resolves to the page, the files fetched from BASE and the errors. */
async function open(html, { init = true, script, csp } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const policy = csp ? { 'content-security-policy': csp } : {};
  await context.route(`${SITE}/**`, (route) => route.fulfill({ status: 200, headers: { 'content-type': contentType('x.html'), ...policy }, body: html }));
  await context.route(`${HOST}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.startsWith(new URL(BASE).pathname) || path.includes('..')) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = await readFile(new URL(`dist/${path.slice(new URL(BASE).pathname.length)}`, root));
      return route.fulfill({ status: 200, headers: { 'content-type': contentType(path) }, body });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  const page = await context.newPage();
  if (init) await page.addInitScript(FIRST_RENDERS);
  if (script) await page.addInitScript(script);
  const errors = [];
  const fetched = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
    if (response.url().startsWith(BASE)) fetched.push(response.url().slice(BASE.length));
  });
  await page.goto(`${SITE}/article.html`);
  return { page, context, errors, fetched };
}

const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><script type="module" src="${BASE}autoload.js"></script></head><body>${body}</body></html>`;

/** Waits for `tags` to be defined and drawn; resolves to each one's figure `lang` and title. */
const drawn = (p, selector) =>
  p.evaluate(async (selector) => {
    const found = [...document.querySelectorAll(selector)];
    await Promise.all(found.map((e) => customElements.whenDefined(e.localName)));
    for (const e of found) await e.updateComplete;
    return found.map((e) => ({ tag: e.localName, lang: e.shadowRoot.querySelector('figure')?.getAttribute('lang'), title: e.shadowRoot.querySelector('[part~="title"]')?.textContent ?? '' }));
  }, selector);

describe('dist/autoload.js', () => {
  const titles = {};
  for (const [lang, tag] of [
    ['zh-CN', 'zh-CN'],
    ['en', 'en'],
    ['zh-HK', 'zh-HK'],
  ]) {
    test(`draws <gdp-path> in ${lang} from its first render, fetching only its own chunks and the ${lang} words`, async () => {
      const { page: p, context, errors, fetched } = await open(page(lang, '<gdp-path></gdp-path>'));
      const [widget] = await drawn(p, 'gdp-path');
      await p.waitForLoadState('networkidle');
      const first = await p.evaluate(() => window.firstRenders);
      await context.close();
      assert.deepEqual(errors, []);
      assert.equal(widget.lang, tag);
      assert.deepEqual(first.map((r) => [r.tag, r.lang]), [['gdp-path', tag]], 'the first render was in another language');
      assert.equal(first[0].title, widget.title, 'the first render’s title was not the final one');
      if (lang === 'en') assert.doesNotMatch(widget.title, CJK);
      else assert.match(widget.title, CJK);
      titles[lang] = widget.title;
      // Only gdp-path's own chunks: no other widget's module nor its words.
      const others = ['key-figure', 'industry-cluster', 'innovation-pipeline', 'zone-card', 'plan-timeline', 'land-ledger', 'project-pipeline', 'bridge-models'];
      assert.deepEqual(fetched.filter((f) => others.some((o) => f.startsWith(`autoload/${o}`))), []);
      assert.ok(fetched.some((f) => /^autoload\/gdp-path-/.test(f)), `gdp-path's chunk was not fetched: ${fetched.join(', ')}`);
      // Only the language shown: English readers get no Simplified pack, Chinese readers no English one.
      const packs = fetched.filter((f) => /\.(en|zh-Hans)-/.test(f));
      assert.ok(packs.length >= 2, `no language pack fetched: ${fetched.join(', ')}`);
      assert.ok(packs.every((f) => f.includes(lang === 'en' ? '.en-' : '.zh-Hans-')), `packs of another language: ${packs.join(', ')}`);
      assert.equal(fetched.some((f) => f.startsWith('autoload/traditional-')), lang === 'zh-HK', 'the Traditional table is for Traditional readers only');
      assert.ok(!fetched.some((f) => f.includes('hydrate')), 'hydration support fetched for a page with no server-rendered widget');
    });
  }

  // A widget's module imports others, and fetches its words (<key-figure>: its figures) only
  // once they have run: a page that finds each file only when the one before has arrived waits
  // a round trip per step. The loader asks for them all at once, before the widget's module has
  // run: every file is requested before its tag is defined.
  for (const [lang, tag] of [
    ['zh-CN', 'gdp-path'],
    ['en', 'gdp-path'],
    ['zh-HK', 'gdp-path'],
    ['zh-CN', 'key-figure'],
  ]) {
    test(`a ${lang} page with <${tag}> requests every file it fetches before the tag is defined, each once`, async () => {
      const defined = `customElements.whenDefined('${tag}').then(() => performance.mark('defined'));`;
      const { page: p, context, errors } = await open(page(lang, `<${tag}></${tag}>`), { init: false, script: defined });
      await drawn(p, tag);
      await p.waitForLoadState('networkidle');
      const { at, files } = await p.evaluate(() => ({
        at: performance.getEntriesByName('defined')[0].startTime,
        files: performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime })),
      }));
      await context.close();
      assert.deepEqual(errors, []);
      const chunks = files.filter((f) => f.name.startsWith(`${BASE}autoload/`));
      assert.ok(chunks.length >= 5, `too few chunks fetched: ${chunks.map((f) => f.name).join(', ')}`);
      const late = chunks.filter((f) => f.start >= at).map((f) => f.name.slice(BASE.length));
      assert.deepEqual(late, [], 'requested only after the widget’s module ran');
      const names = chunks.map((f) => f.name);
      assert.deepEqual(names, [...new Set(names)], 'a file requested twice');
      // The widget's own chunk, the largest, first: over HTTP/1.1 the last asked for waits for a free connection.
      assert.match(names[0], new RegExp(`/autoload/${tag}-`), `not first: ${names.map((n) => n.slice(BASE.length)).join(', ')}`);
    });
  }

  // The loader guesses the language as the widget will resolve it, so the packs it asks for
  // are the ones drawn: a blank `lang` of the widget's own is none (the ancestor's English rules).
  test('a widget with a blank lang inside an English block preloads the English words, not the page’s Chinese', async () => {
    const { page: p, context, errors, fetched } = await open(page('zh-CN', '<div lang="en"><gdp-path lang=" "></gdp-path></div>'));
    const [widget] = await drawn(p, 'gdp-path');
    await p.waitForLoadState('networkidle');
    await context.close();
    assert.deepEqual(errors, []);
    assert.equal(widget.lang, 'en');
    const packs = fetched.filter((f) => /\.(en|zh-Hans)-/.test(f));
    assert.ok(packs.length >= 2 && packs.every((f) => f.includes('.en-')), `packs: ${packs.join(', ')}`);
  });

  // ICU's word dictionary costs a renderer ~35 ms the first time a segmenter is built: an
  // English page builds none (its text has no CJK), a Chinese page builds one while its files
  // are on their way, before the widget's module has run.
  for (const lang of ['en', 'zh-CN']) {
    test(`a ${lang} page ${lang === 'en' ? 'builds no word segmenter' : 'builds its word segmenter before the widget’s module runs'}`, async () => {
      const count = `(() => {
        const Segmenter = Intl.Segmenter;
        window.segmenters = [];
        Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); window.segmenters.push(performance.now()); } };
        customElements.whenDefined('gdp-path').then(() => performance.mark('defined'));
      })();`;
      // At 320 px the widget's texts wrap: the line breaker runs on every one of them.
      const { page: p, context, errors } = await open(page(lang, '<div style="width:320px"><gdp-path></gdp-path></div>'), { init: false, script: count });
      await drawn(p, 'gdp-path');
      const { at, segmenters } = await p.evaluate(() => ({ at: performance.getEntriesByName('defined')[0].startTime, segmenters: window.segmenters }));
      await context.close();
      assert.deepEqual(errors, []);
      if (lang === 'en') assert.deepEqual(segmenters, []);
      else assert.ok(segmenters.length >= 1 && segmenters[0] < at, `segmenters built at ${segmenters.join(', ')} ms, the tag defined at ${at} ms`);
    });
  }

  test('preloads and draws under a strict CSP with Trusted Types (no inline script, no violation)', async () => {
    const csp = `default-src 'none'; script-src ${HOST}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;
    const violations = `window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
    const { page: p, context, errors } = await open(page('zh-CN', '<gdp-path></gdp-path>'), { init: false, script: violations, csp });
    const [widget] = await drawn(p, 'gdp-path');
    await p.waitForLoadState('networkidle');
    const { links, violated } = await p.evaluate(() => ({ links: document.querySelectorAll('link[rel=modulepreload]').length, violated: window.violations }));
    await context.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(violated, []);
    assert.match(widget.title, CJK);
    assert.ok(links > 0, 'no modulepreload link');
  });

  test('zh-HK draws Traditional text, not the Simplified', () => {
    assert.ok(titles['zh-CN'] && titles['zh-HK'], 'the language tests above did not run');
    assert.notEqual(titles['zh-HK'], titles['zh-CN']);
  });

  test('upgrades a tag added after load, and tags inside an open shadow root, also one added there later', async () => {
    const body = `<div id="host"></div><script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<bridge-models></bridge-models>';</script>`;
    const { page: p, context, errors, fetched } = await open(page('zh-CN', body), { init: false });
    await p.evaluate(() => customElements.whenDefined('bridge-models'));
    assert.equal(await p.evaluate(() => customElements.get('zone-card')), undefined, 'zone-card loaded before the page held one');
    await p.evaluate(() => document.body.append(document.createElement('zone-card')));
    const [late] = await drawn(p, 'zone-card');
    assert.equal(late.lang, 'zh-CN');
    await p.evaluate(() => document.getElementById('host').shadowRoot.append(document.createElement('key-figure')));
    const inShadow = await p.evaluate(async () => {
      await customElements.whenDefined('key-figure');
      const element = document.getElementById('host').shadowRoot.querySelector('key-figure');
      await element.updateComplete;
      return Boolean(element.shadowRoot.querySelector('figure'));
    });
    await context.close();
    assert.ok(inShadow, '<key-figure> in the shadow root did not draw');
    assert.deepEqual(errors, []);
    assert.ok(fetched.some((f) => /^autoload\/zone-card-/.test(f)));
    assert.ok(!fetched.some((f) => /^autoload\/(gdp-path|plan-timeline)-/.test(f)), 'chunks of tags the page never held were fetched');
  });

  test('hydrates a server-rendered widget in place, fetching Lit’s hydration support first', async () => {
    const snippet = await renderToHTML('gdp-path', { lang: 'zh-CN' }, { width: 640 });
    const body = `<div style="width:640px">${snippet}</div><script>window.serverFigure = document.querySelector('gdp-path').shadowRoot.querySelector('figure');</script>`;
    const { page: p, context, errors, fetched } = await open(page('zh-CN', body), { init: false });
    await drawn(p, 'gdp-path');
    const kept = await p.evaluate(() => document.querySelector('gdp-path').shadowRoot.querySelector('figure') === window.serverFigure);
    const hydrating = await p.evaluate(() => typeof globalThis.litElementHydrateSupport === 'function');
    await context.close();
    assert.deepEqual(errors, []);
    assert.ok(hydrating, 'Lit’s hydration support did not run');
    assert.ok(fetched.some((f) => f.includes('hydrate-support')), `hydration support not fetched: ${fetched.join(', ')}`);
    assert.ok(kept, 'the server’s figure was replaced, not hydrated');
  });
});
