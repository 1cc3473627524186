// What renderToHTML accepts from its caller (issue 15): only the widget's own attributes
// (custom-elements.json) plus lang, theme and ssr-width, anything else an error naming it;
// `data` that is JSON, anything else an error saying what is wrong. fast-check over attribute
// names and values: the HTML, parsed back in Chromium with scripts on, has no attribute the
// widget does not own and runs nothing. Run after `npm run build` (uses dist/ssr.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderToHTML, widgets } from '../../dist/ssr.js';
import { launch, openPage, ORIGIN } from './chromium.mjs';

const all = await widgets();
const OWN = Object.fromEntries(all.map((w) => [w.tag, [...new Set([...w.attributes.map((a) => a.name), 'lang', 'theme', 'ssr-width'])]]));
const SENTINEL = '__gbaSsrPwned';
const PWN = `window.${SENTINEL}=1`;

describe('renderToHTML: attributes', () => {
  for (const name of ['onmouseover', 'onclick', 'style', 'autofocus', 'tabindex', 'is', 'slot', 'data-note', 'ON"CLICK', 'x onload']) {
    test(`refuses ${JSON.stringify(name)}, naming it and the widget's attributes`, async () => {
      await assert.rejects(renderToHTML('key-figure', { [name]: PWN }), (error) => {
        assert.ok(error.message.includes(`has no attribute ${JSON.stringify(name)}`), error.message);
        assert.match(error.message, /Its attributes: figure, compare, lang, theme, ssr-width/);
        return true;
      });
    });
  }
});

describe('renderToHTML: data', () => {
  const cycle = { a: 1 };
  cycle.self = cycle;
  let deep = [];
  for (let i = 0; i < 1e6; i++) deep = [deep];
  const cases = [
    [() => 1, /options\.data is a function: data must be JSON/],
    [{ value: 1, label: () => 'x' }, /options\.data's "label" is a function/],
    [[1, Symbol('x')], /is a symbol/],
    [{ n: 10n }, /"n" is a BigInt/],
    [cycle, /options\.data is not JSON data: it refers to itself/],
    [deep, /options\.data is not JSON data: it is nested too deeply/],
    [{ text: 'x'.repeat(300_000) }, /options\.data is \d+ characters of JSON; a widget reads at most 262144/],
  ];
  for (const [data, expected] of cases) {
    test(`says what is wrong with ${String(expected).slice(1, 40)}…, never an engine's TypeError`, async () => {
      await assert.rejects(renderToHTML('key-figure', {}, { data }), (error) => {
        assert.match(error.message, expected);
        assert.doesNotMatch(error.message, /Cannot read|undefined \(reading|is not a function/);
        return true;
      });
    });
  }
});

/** Names a caller might pass: the widget's own, event handlers, global attributes, junk. */
const nameArb = (tag) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...OWN[tag]) },
    { weight: 2, arbitrary: fc.constantFrom('onmouseover', 'onerror', 'onfocus', 'style', 'autofocus', 'tabindex', 'is', 'id', 'class', 'part', 'hidden', 'contenteditable', 'popover') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  );
const PAYLOADS = [`"><img src=x onerror=${PWN}>`, `' onmouseover='${PWN}`, `" autofocus onfocus="${PWN}`, `</template><script>${PWN}</script>`, `<svg onload=${PWN}>`, '&quot;&#34;'];
const valueArb = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 30 }), fc.constantFrom(true, false, null, 0, 480));

describe('renderToHTML fuzzed over attribute names and values, parsed back in Chromium', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the HTML has no attribute the widget does not own and runs nothing', async () => {
    const snippets = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(OWN)).chain((tag) => fc.tuple(fc.constant(tag), fc.dictionary(nameArb(tag), valueArb, { maxKeys: 4 }))), async ([tag, attributes]) => {
        const foreign = Object.keys(attributes).filter((name) => !OWN[tag].includes(name));
        let html;
        try {
          html = await renderToHTML(tag, attributes, { width: 400 });
        } catch (error) {
          assert.ok(foreign.length > 0, `<${tag}> refused its own attributes: ${error.message}`);
          assert.ok(error.message.includes(`has no attribute ${JSON.stringify(foreign[0].slice(0, 60))}`), error.message);
          return;
        }
        assert.deepEqual(foreign, [], `<${tag}> rendered attributes it does not own`);
        snippets.push([tag, html]);
      }),
      { numRuns: 60, seed: 0x15, endOnFailure: true },
    );
    assert.ok(snippets.length > 10, 'too few accepted renders to parse back');
    const body = snippets.map(([, html]) => `<div class="w">${html}</div>`).join('\n');
    const { page, context, errors } = await openPage(browser, { pages: { '/fuzz.html': `<!doctype html><html><body>${body}</body></html>` } });
    try {
      await page.goto(`${ORIGIN}/fuzz.html`);
      await page.mouse.move(10, 10);
      for (const box of await page.$$('.w > *')) await box.hover({ force: true, timeout: 2000 }).catch(() => {});
      await page.waitForTimeout(200);
      const found = await page.evaluate((own) => {
        const hosts = [...document.querySelectorAll('.w > *')];
        const everywhere = [...document.querySelectorAll('*'), ...hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('*') ?? [])])];
        return {
          hosts: hosts.map((h) => h.localName),
          foreign: hosts.flatMap((h) => h.getAttributeNames().filter((n) => !own[h.localName]?.includes(n)).map((n) => `${h.localName}[${n}]`)),
          handlers: everywhere.flatMap((e) => e.getAttributeNames().filter((n) => /^on/i.test(n)).map((n) => `${e.localName}[${n}]`)),
          scripts: everywhere.filter((e) => /^(script|img|iframe|object|embed)$/.test(e.localName)).map((e) => e.localName),
        };
      }, OWN);
      assert.deepEqual(found.hosts, snippets.map(([tag]) => tag), 'a snippet did not parse back as one widget');
      assert.deepEqual(found.foreign, []);
      assert.deepEqual(found.handlers, []);
      assert.deepEqual(found.scripts, []);
      assert.equal(await page.evaluate((s) => window[s], SENTINEL), undefined, 'a payload ran');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
