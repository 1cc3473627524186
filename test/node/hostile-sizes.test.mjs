// Size is an attack too (issue 15): lists of 10⁵ items, texts of 10⁷ characters, nesting
// 10⁶ deep, in the `data` of every widget of custom-elements.json and in an editor's child
// <script type="application/json">, against the BUILT bundle (dist/gba-widgets.min.js) as an
// editor's page loads it, under the demo's strict CSP with Trusted Types. Each render must
// answer within 100 ms of the data arriving (best of three, the machine is shared) with a
// drawing or the widget's own message — never an engine's words — and a hang fails the
// test from outside the page instead of stalling it. Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ORIGIN, suitePage } from './chromium.mjs';
import { ENGINE_WORDS, IN_PAGE } from './hostile-page.mjs';

const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const WIDGETS = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const TAGS = WIDGETS.map((d) => d.tagName);
/** Time a render may take after its data arrives (issue 15). */
const BUDGET_MS = 100;
/** A render still running after this is a hang. */
const HANG_MS = 20_000;

const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>sizes</title>
<script type="module" src="/dist/gba-widgets.min.js"></script></head><body>${body}</body></html>`;
const NESTED_JSON = '['.repeat(2e6) + ']'.repeat(2e6);
const PAGES = {
  '/page/sizes.html': page(TAGS.map((tag) => `<${tag}></${tag}>`).join('')),
  '/page/sizes-zh.html': page(TAGS.map((tag) => `<${tag}></${tag}>`).join(''), 'zh-CN'),
  '/page/nested-script.html': page(`<key-figure><script type="application/json">${NESTED_JSON}</script></key-figure>`),
  '/page/gdp-range.html': page('<gdp-path base-value="1e-300" target="1e308" years="50"></gdp-path><gdp-path base-value="1" target="10000000" years="50"></gdp-path>'),
};

const suite = suitePage({ csp: true, pages: PAGES });

/** `fn(...args)` in the page, failed from here when the page does not answer within HANG_MS. */
async function inPage(fn, ...args) {
  let timer;
  const hang = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the page hung for ${HANG_MS} ms`)), HANG_MS)));
  try {
    return await Promise.race([suite.page.evaluate(fn, args), hang]);
  } catch (error) {
    // A hung page answers nothing more: the next test gets a fresh one.
    if (/hung/.test(error.message)) {
      suite.page.close().catch(() => {});
      suite.page = await suite.context.newPage();
      await goto('/page/sizes.html');
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function goto(path) {
  await suite.page.goto(`${ORIGIN}${path}`);
  await suite.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
  await suite.page.evaluate(IN_PAGE);
}

/** Renders `case` on `tag`; returns { ms, message, drawn }. */
const render = (tag, kase, lang) =>
  inPage(([t, k, l]) => window.__sizes.render(t, k, l), tag, kase, lang).catch((error) => {
    throw new Error(`<${tag}> ${JSON.stringify(kase)}: ${error.message}`);
  });

function assertAnswer(result, where, { names } = {}) {
  assert.ok(result.drawn || result.message, `${where}: neither a drawing nor a message`);
  assert.doesNotMatch(result.message, ENGINE_WORDS, `${where}: the reader sees an engine's words`);
  assert.ok(result.ms <= BUDGET_MS, `${where}: ${Math.round(result.ms)} ms to answer (at most ${BUDGET_MS})`);
  for (const words of names ?? []) assert.ok(result.message.includes(words), `${where}: the message does not name ${words}: ${result.message.slice(0, 300)}`);
}

describe('hostile sizes in the built bundle, under the strict CSP', () => {
  test('the cases issue 15 reproduced answer at once, naming the field and its limit', async () => {
    await goto('/page/sizes.html');
    const cases = [
      ['industry-cluster', { list: ['industries'] }, ['data.industries', '60']],
      ['industry-cluster', { list: ['groups'] }, ['data.groups', '12']],
      ['bridge-models', { list: ['models'] }, ['data.models', '24']],
      ['bridge-models', { list: ['cities'] }, ['data.cities', '8']],
      ['innovation-pipeline', { list: ['counts'] }, ['data.counts', '12']],
      ['innovation-pipeline', { list: ['counts', 0, 'items'] }, ['data.counts[0].items', '24']],
      ['plan-timeline', { list: ['events', 0, 'figures'] }, ['data.events[0].figures', '12']],
      ['plan-timeline', { list: ['events'] }, ['data.events', '60']],
      ['zone-card', { text: [0, 'name', 'zh-Hans'] }, ['data[0].name.zh-Hans', 'at most 1000 characters']],
      ['industry-cluster', { text: ['industries', 0, 'name', 'zh-Hans'] }, ['data.industries[0].name.zh-Hans', '1000']],
    ];
    for (const [tag, kase, names] of cases) assertAnswer(await render(tag, kase, 'en'), `<${tag}> ${JSON.stringify(kase)}`, { names });
  });

  test('in the reader\'s language', async () => {
    await goto('/page/sizes-zh.html');
    const result = await render('plan-timeline', { list: ['events'] }, 'zh-CN');
    assertAnswer(result, '<plan-timeline lang=zh-CN>', { names: ['data.events', '不超过 60 项'] });
  });

  test('a child script of 2×10⁶ brackets is refused before it is parsed', async () => {
    await suite.page.goto(`${ORIGIN}/page/nested-script.html`);
    const message = await inPage(async () => {
      await customElements.whenDefined('key-figure');
      const el = document.querySelector('key-figure');
      await el.updateComplete;
      const t0 = performance.now();
      el.requestUpdate();
      await el.updateComplete;
      const text = el.shadowRoot.querySelector('[part~="message"]')?.textContent ?? '';
      return { text, ms: performance.now() - t0 };
    });
    assert.match(message.text, /not read: it is 4000000 characters long, at most 262144/);
    assert.ok(message.ms <= BUDGET_MS, `${Math.round(message.ms)} ms`);
  });

  test('gdp-path base-value and target outside 1–10⁷亿元 are refused by name; the extremes inside still draw', async () => {
    await suite.page.goto(`${ORIGIN}/page/gdp-range.html`);
    const [far, extreme] = await inPage(async () => {
      await customElements.whenDefined('gdp-path');
      const els = [...document.querySelectorAll('gdp-path')];
      await Promise.all(els.map((e) => e.updateComplete));
      return els.map((e) => ({ message: e.shadowRoot.querySelector('[part~="message"]')?.textContent ?? '', drawn: !!e.shadowRoot.querySelector('svg[role="img"]') }));
    });
    assert.doesNotMatch(far.message, ENGINE_WORDS);
    assert.match(far.message, /base-value="1e-300"[\s\S]*target="1e308"[\s\S]*from 1 to 10,000,000/);
    assert.ok(far.drawn, 'with the attributes refused, the article\'s road is drawn');
    assert.equal(extreme.message, '');
    assert.ok(extreme.drawn);
  });

  for (const { tagName: tag, attributes = [] } of WIDGETS) {
    test(`<${tag}>: every list at 10⁵ items, every text at 10⁷ characters, nesting 10⁶ deep, huge attributes`, async () => {
      await goto('/page/sizes.html');
      const cases = await inPage(([t, a]) => window.__sizes.cases(t, a), tag, attributes.map((a) => a.name));
      assert.ok(cases.length > 3, `<${tag}>: no cases`);
      for (const kase of cases) assertAnswer(await render(tag, kase, 'en'), `<${tag}> ${JSON.stringify(kase)}`);
    });
  }
});
