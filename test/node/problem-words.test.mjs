// The words for a reader's bad data (src/format/problems.ts: describeProblems, and where a child
// script's JSON breaks) are code only a page given data runs: they are a chunk of their own in
// dist/autoload/, fetched with the data's check, never part of the runtime every page fetches;
// and so are their texts, the `problems` catalogue (each messages folder's
// problems.<language>.json), whose pack of the widget's language is fetched with them.
// Checked on the built files and on what real Chromium pages fetch and show; the one-file
// bundle (which inlines them) and server rendering (which preloads them) still word problems.
// Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { renderToHTML } from '../../dist/ssr.js';
import { launch, openPage, ORIGIN, settle } from './chromium.mjs';

const dir = new URL('../../dist/autoload/', import.meta.url);
const code = (file) => readFileSync(new URL(file, dir), 'utf8');
/** The chunks of this build: those autoload.js names (its imports and preload list) and those they name, not a stale one an earlier build left. */
const chunks = (() => {
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const found = new Set();
  const queue = ['../autoload.js'];
  while (queue.length > 0) {
    const text = code(queue.pop());
    for (const f of all) if (!found.has(f) && text.includes(f.slice(0, -3))) found.add(f), queue.push(f);
  }
  return [...found];
})();
/** A language pack holds the problems' message texts (their keys), not the code that words them. */
const isPack = (file) => /\.(zh-Hans|en)-[\w-]+\.js$/.test(file);
/** What only the code wording problems holds: its message keys and the engine's words it reads a JSON error's place from. */
const WORDING = ['problem.missing', 'error.data-json.at', 'position (\\d+)'];
/** An English <zone-card> whose child script is no JSON (line 2, column 5), and one whose data has a text for a number. */
const BROKEN_AND_BAD =
  '<zone-card lang="en"><script type="application/json">{"name":\n  7,, "plannedArea": 20}</script></zone-card>' +
  '<zone-card lang="en"><script type="application/json">{"name": {"zh-Hans": "测试区", "en": "Test zone"}, "plannedArea": "twenty"}</script></zone-card>';
/** A message of the problems' words as a language pack holds it (`{"expected.number":"…"`), wherever it is defined. */
const PROBLEM_TEXT = /[{,]"(?:(?:[\w-]+\.)?(?:problem|expected)[.-][\w.-]*|error\.data-json\.at)":"/;
const TAGS = ['key-figure', 'gdp-path', 'industry-cluster', 'innovation-pipeline', 'zone-card', 'plan-timeline', 'land-ledger', 'project-pipeline', 'bridge-models'];

test('dist/autoload/: the problems’ words are in one chunk of their own, which no chunk imports statically', () => {
  const wording = chunks.filter((f) => !isPack(f) && WORDING.some((w) => code(f).includes(w)));
  assert.equal(wording.length, 1, `the code wording problems is in ${wording.join(', ') || 'no chunk'}`);
  const [words] = wording;
  assert.match(words, /^problems-/);
  for (const w of WORDING) assert.ok(code(words).includes(w), `${words} lacks ${w}`);
  const name = words.replace(/[.]/g, '\\.');
  const staticImport = new RegExp(`(?:from|import)\\s*"\\./${name}"`);
  const dynamicImport = new RegExp(`import\\(\\s*"\\./${name}"\\s*\\)`);
  const importers = [...chunks, '../autoload.js'].filter((f) => f !== words);
  assert.deepEqual(importers.filter((f) => staticImport.test(code(f))), [], 'imported statically');
  assert.ok(importers.some((f) => dynamicImport.test(code(f))), 'imported on demand by no chunk');
  // autoload.js's preload list names no chunk a page given no data would not run.
  assert.ok(!code('../autoload.js').includes(words), 'autoload.js preloads the problems’ words');
});

test('dist/autoload/: the problems’ texts are a language pack per language, which only they hold and autoload.js does not preload', () => {
  const packs = chunks.filter((f) => /^problems\.(zh-Hans|en)-/.test(f)).sort();
  assert.equal(packs.length, 2, `the problems' packs: ${packs.join(', ') || 'none'}`);
  for (const pack of packs) assert.match(code(pack), PROBLEM_TEXT);
  assert.deepEqual(chunks.filter((f) => !packs.includes(f) && PROBLEM_TEXT.test(code(f))), [], 'another chunk holds the problems’ texts');
  assert.deepEqual(packs.filter((f) => code('../autoload.js').includes(f.slice(0, -3))), [], 'autoload.js preloads them');
});

describe('pages through dist/autoload.js', () => {
  let browser;
  before(async () => (browser = await launch()));
  after(() => browser?.close());

  /**
   * Opens `body` as a page with autoload.js (or `script`); resolves to each widget's message, the
   * chunks fetched and the errors. `setup(page)` runs before the page loads, `act(page)` once it has
   * drawn (the messages are read after it).
   */
  async function show(body, { lang = 'en', script = '/dist/autoload.js', block, setup, act } = {}) {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
    const { page, context, errors } = await openPage(browser, { pages: { '/page.html': html } });
    if (block) await page.route(block, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await setup?.(page);
    const fetched = [];
    page.on('response', (response) => response.url().startsWith(`${ORIGIN}/dist/autoload/`) && fetched.push(response.url().slice(`${ORIGIN}/dist/autoload/`.length)));
    await page.goto(`${ORIGIN}/page.html`);
    await page.waitForFunction(() => [...document.body.children].every((e) => !e.localName.includes('-') || customElements.get(e.localName)));
    await settle(page);
    await page.waitForLoadState('networkidle');
    if (act) {
      await act(page);
      await settle(page);
      await page.waitForLoadState('networkidle');
    }
    const messages = await page.evaluate(() => [...document.body.children].map((e) => e.shadowRoot?.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? ''));
    await context.close();
    return { messages, fetched, errors };
  }

  for (const lang of ['zh-CN', 'en']) {
    test(`a page drawing the article’s data in all nine widgets (${lang}) fetches neither the problems’ words, code or texts, nor any check`, async () => {
      const { messages, fetched, errors } = await show(TAGS.map((t) => `<${t}></${t}>`).join(''), { lang });
      assert.deepEqual(errors, []);
      assert.deepEqual(messages, TAGS.map(() => ''));
      assert.ok(fetched.some((f) => f.startsWith('units-')), `the measure sees no runtime: ${fetched.join(', ')}`);
      assert.ok(fetched.some((f) => f.startsWith(lang === 'en' ? 'common.en-' : 'common.zh-Hans-')), `the measure sees no language pack: ${fetched.join(', ')}`);
      assert.deepEqual(fetched.filter((f) => /^problems[-.]|\.check-/.test(f)), []);
      // Nor do the packs it fetches hold them (`common`'s, the widgets'): fails if they go back there.
      assert.deepEqual(fetched.filter((f) => PROBLEM_TEXT.test(code(f))), [], 'chunks holding the problems’ texts');
    });
  }

  test('a page given broken JSON and bad data fetches the words and shows where and what, in the reader’s language', async () => {
    const broken = '<zone-card lang="LANG"><script type="application/json">{"name":\n  7,, "plannedArea": 20}</script></zone-card>';
    const bad = '<zone-card lang="LANG"><script type="application/json">{"name": {"zh-Hans": "测试区", "en": "Test zone"}, "plannedArea": "twenty"}</script></zone-card>';
    const { messages, fetched } = await show([broken, bad, broken, bad].map((w, i) => w.replace('LANG', i < 2 ? 'en' : 'zh-CN')).join(''));
    assert.ok(fetched.some((f) => f.startsWith('problems-')), `the words were not fetched: ${fetched.join(', ')}`);
    for (const pack of ['problems.en-', 'problems.zh-Hans-']) assert.ok(fetched.some((f) => f.startsWith(pack)), `no ${pack}: ${fetched.join(', ')}`);
    assert.match(messages[0], /Could not read the data in <script type="application\/json">: it is not valid JSON at line 2, column 5\./);
    assert.match(messages[1], /The data is not valid: data\.plannedArea should be a number \(got "twenty"\)\./);
    assert.match(messages[2], /不是有效的 JSON（第2行第5列）。/);
    assert.match(messages[3], /数据无效：data\.plannedArea/);
  });

  test('a widget given data asks for the problems’ pack of its language with the check and the code that words problems, not after them', async () => {
    // The check and the code are held until the pack is asked for, or 3 s: a pack asked for only
    // once either has arrived (a round trip more) is not asked for while they are held.
    const asked = [];
    let packAsked;
    const pack = new Promise((resolve) => (packAsked = resolve));
    const held = [];
    const setup = async (page) => {
      page.on('request', (request) => {
        const file = request.url().split('/').at(-1);
        asked.push(file);
        if (/^problems\.en-/.test(file)) packAsked('asked');
      });
      await page.route(/\/dist\/autoload\/(problems-|[\w-]+\.check-)[\w-]+\.js$/, async (route) => {
        held.push(route.request().url().split('/').at(-1));
        const why = await Promise.race([pack, new Promise((resolve) => setTimeout(() => resolve('timed out'), 3000))]);
        held.push(why);
        await route.fallback();
      });
    };
    const { messages } = await show(BROKEN_AND_BAD, { setup });
    assert.ok(held.some((f) => /^problems-/.test(f)) && held.some((f) => /\.check-/.test(f)), `not held: ${held.join(', ')}`);
    assert.ok(!held.includes('timed out'), `the pack was asked for only after the check or the code: ${asked.join(', ')}`);
    assert.match(messages[1], /The data is not valid: data\.plannedArea should be a number \(got "twenty"\)\./);
  });

  test('a widget given data whose language changes words its problems in the new language', async () => {
    const act = async (page) => {
      const before = await page.evaluate(() => document.querySelector('zone-card').shadowRoot.querySelector('[part~="message"]').textContent);
      assert.match(before, /should be a number/);
      await page.evaluate(() => document.querySelectorAll('zone-card').forEach((el, i) => el.setAttribute('lang', i === 0 ? 'zh-HK' : 'zh-CN')));
    };
    const bad = '<zone-card lang="en"><script type="application/json">{"name": {"zh-Hans": "测试区", "en": "Test zone"}, "plannedArea": "twenty"}</script></zone-card>';
    const { messages, fetched, errors } = await show(bad + bad, { act });
    assert.deepEqual(errors, []);
    assert.ok(fetched.some((f) => f.startsWith('problems.zh-Hans-')), `no Chinese problems’ pack: ${fetched.join(', ')}`);
    assert.match(messages[0], /data\.plannedArea 應為數字（實際為 "twenty"）/);
    assert.match(messages[1], /数据无效：data\.plannedArea 应为数字（实际为 "twenty"）。/);
    for (const message of messages) assert.doesNotMatch(message, /should|problem\.|expected\./);
  });

  test('when the words cannot be loaded, broken JSON still says it is not JSON, and bad data is refused as when its check cannot load', async () => {
    const { messages, errors } = await show(BROKEN_AND_BAD, { block: '**/dist/autoload/problems-*.js' });
    assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), [], 'an exception');
    assert.equal(messages[0], 'This chart’s input has a problem Could not read the data in <script type="application/json">: it is not valid JSON.');
    assert.equal(messages[1], 'This chart’s input has a problem Your data was not drawn: the file that checks it could not be loaded.');
  });

  test('the one-file bundle, which inlines the words, shows the same messages', async () => {
    const { messages, fetched, errors } = await show(BROKEN_AND_BAD, { script: '/dist/gba-widgets.min.js' });
    assert.deepEqual(fetched, [], 'the one file fetched a chunk');
    assert.deepEqual(errors, []);
    assert.match(messages[0], /it is not valid JSON at line 2, column 5\./);
    assert.match(messages[1], /The data is not valid: data\.plannedArea should be a number \(got "twenty"\)\./);
  });
});

test('server rendering words bad data in each language (preload() loads the words, code and packs, with the checks)', async () => {
  const data = { name: { 'zh-Hans': '测试区', en: 'Test zone' }, plannedArea: 'twenty' };
  assert.match(await renderToHTML('zone-card', { lang: 'en' }, { data }), /The data is not valid: data\.plannedArea should be a number \(got &quot;twenty&quot;\)\./);
  assert.match(await renderToHTML('zone-card', { lang: 'zh-CN' }, { data }), /数据无效：data\.plannedArea 应为数字（实际为 &quot;twenty&quot;）。/);
  assert.match(await renderToHTML('zone-card', { lang: 'zh-TW' }, { data }), /data\.plannedArea 應為數字（實際為 &quot;twenty&quot;）/);
});
