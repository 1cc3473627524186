// No reader downloads a decorator helper. The widgets declare their reactive properties in
// `static properties`, which Lit reads with no help; with decorators, every page paid for
// tslib's `__decorate` in the shared runtime chunk, Lit's `property` and `state` decorators in
// Lit's, and one `__decorate(...)` call per property in the widgets' chunks. Checked on every
// file a real Chromium page holding all nine widgets fetches through dist/autoload.js (the
// shared chunks among them), on the one-file bundle, and on the modules of the npm entries.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measurePages, TAGS } from '../../scripts/page-bytes.mjs';

const dist = new URL('../../dist/', import.meta.url);

/**
 * What each helper leaves in code, minified or not (a minifier renames functions but keeps
 * strings and property names).
 */
const HELPERS = {
  "tslib's __decorate (TypeScript's experimental decorators)": 'Reflect.decorate',
  "Lit's property decorator (@property, and @state through it)": 'Unsupported decorator location',
  "TypeScript's standard decorators (tslib's __esDecorate)": 'Function expected',
  "Lit's decorators, imported by an npm entry (Lit stays external there)": 'lit/decorators',
};

/** The helpers whose trace is in `code`. */
const helpersIn = (code) => Object.entries(HELPERS).filter(([, trace]) => code.includes(trace)).map(([name]) => name);

/** Each file's helpers, for the files that carry any: `{ file: [helper…] }`. */
const carrying = (files) => Object.fromEntries(files.map(({ path, text }) => [path, helpersIn(text)]).filter(([, found]) => found.length > 0));

const [page] = await measurePages([{ name: 'all nine zh-CN', tags: TAGS }], { text: true });

test('the page reads Lit as it runs: the probes look at the code that declares the properties', () => {
  // Lit's own name for what each reactive property becomes: a page without it was not read.
  assert.ok(
    page.files.some((f) => f.text.includes('elementProperties')),
    `no file of the page holds Lit's reactive element: ${page.files.map((f) => f.path).join(', ')}`,
  );
});

test('a page with all nine widgets (dist/autoload.js) fetches no decorator helper, in the shared runtime chunk or any other', () => {
  assert.ok(page.files.some((f) => f.path.startsWith('/dist/autoload/units-')), 'the shared runtime chunk is among the files the page fetched');
  assert.deepEqual(carrying(page.files), {});
});

test('the one-file bundle (dist/gba-widgets.min.js) holds no decorator helper', () => {
  assert.deepEqual(helpersIn(readFileSync(new URL('gba-widgets.min.js', dist), 'utf8')), []);
});

test('the npm entries (dist/index.js, all.js and each tag’s) and every module they import hold no decorator helper', () => {
  // Followed from the entries rather than listed from dist/: a build does not empty dist/ first.
  const exports = JSON.parse(readFileSync(new URL('../package.json', dist), 'utf8')).exports;
  const entries = Object.values(exports)
    .map((e) => (typeof e === 'object' ? e.default : undefined))
    .filter((path) => path?.startsWith('./dist/') && path.endsWith('.js') && !path.includes('.min.') && !path.includes('autoload') && !path.includes('ssr'));
  assert.ok(entries.includes('./dist/all.js'), `all.js among ${entries.join(', ')}`);
  const seen = new Map();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    const text = readFileSync(url, 'utf8');
    seen.set(url.href, { path: url.pathname.slice(dist.pathname.length), text });
    for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(new URL(specifier, url));
  };
  for (const entry of entries) visit(new URL(entry.slice('./dist/'.length), dist));
  assert.ok([...seen.values()].some((f) => f.path.startsWith('chunks/')), 'the entries import their shared chunks');
  assert.deepEqual(carrying([...seen.values()]), {});
});
