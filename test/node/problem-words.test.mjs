// The words for a reader's bad data (src/format/problems.ts: describeProblems, and where a child
// script's JSON breaks) are code only a page given data runs: they are a chunk of their own in
// dist/autoload/, fetched with the data's check, never part of the runtime every page fetches.
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

describe('pages through dist/autoload.js', () => {
  let browser;
  before(async () => (browser = await launch()));
  after(() => browser?.close());

  /** Opens `body` as a page with autoload.js (or `script`); resolves to each widget's message, the chunks fetched and the errors. */
  async function show(body, { lang = 'en', script = '/dist/autoload.js', block } = {}) {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
    const { page, context, errors } = await openPage(browser, { pages: { '/page.html': html } });
    if (block) await page.route(block, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const fetched = [];
    page.on('response', (response) => response.url().startsWith(`${ORIGIN}/dist/autoload/`) && fetched.push(response.url().slice(`${ORIGIN}/dist/autoload/`.length)));
    await page.goto(`${ORIGIN}/page.html`);
    await page.waitForFunction(() => [...document.body.children].every((e) => !e.localName.includes('-') || customElements.get(e.localName)));
    await settle(page);
    await page.waitForLoadState('networkidle');
    const messages = await page.evaluate(() => [...document.body.children].map((e) => e.shadowRoot?.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? ''));
    await context.close();
    return { messages, fetched, errors };
  }

  test('a page drawing the article’s data in all nine widgets fetches neither the problems’ words nor any check', async () => {
    const { messages, fetched, errors } = await show(TAGS.map((t) => `<${t}></${t}>`).join(''), { lang: 'zh-CN' });
    assert.deepEqual(errors, []);
    assert.deepEqual(messages, TAGS.map(() => ''));
    assert.ok(fetched.some((f) => f.startsWith('units-')), `the measure sees no runtime: ${fetched.join(', ')}`);
    assert.deepEqual(fetched.filter((f) => /^problems-|\.check-/.test(f)), []);
  });

  test('a page given broken JSON and bad data fetches the words and shows where and what, in the reader’s language', async () => {
    const broken = '<zone-card lang="LANG"><script type="application/json">{"name":\n  7,, "plannedArea": 20}</script></zone-card>';
    const bad = '<zone-card lang="LANG"><script type="application/json">{"name": {"zh-Hans": "测试区", "en": "Test zone"}, "plannedArea": "twenty"}</script></zone-card>';
    const { messages, fetched } = await show([broken, bad, broken, bad].map((w, i) => w.replace('LANG', i < 2 ? 'en' : 'zh-CN')).join(''));
    assert.ok(fetched.some((f) => f.startsWith('problems-')), `the words were not fetched: ${fetched.join(', ')}`);
    assert.match(messages[0], /Could not read the data in <script type="application\/json">: it is not valid JSON at line 2, column 5\./);
    assert.match(messages[1], /The data is not valid: data\.plannedArea should be a number \(got "twenty"\)\./);
    assert.match(messages[2], /不是有效的 JSON（第2行第5列）。/);
    assert.match(messages[3], /数据无效：data\.plannedArea/);
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

test('server rendering words bad data (preload() loads the words with the checks)', async () => {
  const html = await renderToHTML('zone-card', { lang: 'en' }, { data: { name: { 'zh-Hans': '测试区', en: 'Test zone' }, plannedArea: 'twenty' } });
  assert.match(html, /The data is not valid: data\.plannedArea should be a number \(got &quot;twenty&quot;\)\./);
});
