// A page fetches the article's figures of the sections its widgets draw from, not all 79:
// the figures were a quarter of a single-widget page. Checked on what a real page fetches
// through dist/autoload.js (scripts/page-bytes.mjs) by looking for each figure's own words —
// its quote and its English label — in the files. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measurePages } from '../../scripts/page-bytes.mjs';

const figures = JSON.parse(readFileSync(new URL('../../data/figures.json', import.meta.url), 'utf8'));
const cdn = readFileSync(new URL('../../dist/gba-widgets.min.js', import.meta.url), 'utf8');

/**
 * The figures whose quote and English label are both in `code` (a bundle keeps them as the
 * string literals they are in the JSON). Both, because a quote alone may be part of another
 * collection's longer quote: 深中's “千亿级产业集群” is also an industry's.
 */
const carried = (code, list) => list.filter((f) => [f.quote, f.label.en].every((text) => code.includes(JSON.stringify(text).slice(1, -1))));
const ids = (list) => list.map((f) => f.id);
const ofPiece = (piece) => figures.filter((f) => f.section.startsWith(`${piece}-`));
const ofSection = (section) => figures.filter((f) => f.section === section);
const byId = (id) => figures.find((f) => f.id === id);

const pages = await measurePages(
  [
    { name: 'gdp-path', tags: ['gdp-path'] },
    { name: 'innovation-pipeline', tags: ['innovation-pipeline'] },
    { name: 'key-figure', tags: ['key-figure'] },
    { name: 'key-figure bank', html: '<!doctype html><html lang="zh-CN"><script type="module" src="/dist/autoload.js"></script><key-figure figure="FIGURE"></key-figure></html>'.replace('FIGURE', ofPiece('bank')[0].id), tags: ['key-figure'] },
  ],
  { text: true },
);
const fetched = (name) => pages.find((p) => p.name === name).files.map((f) => f.text).join('\n');

test('the CDN bundle carries every figure of the article, so the probes below can find a figure where it is', () => {
  assert.deepEqual(ids(carried(cdn, figures)), ids(figures));
});

test('a <gdp-path> page fetches the lead’s GDP figures, no figure of the Jianghai, bank or Zhongshan pieces, nor the 深江 zone’s', () => {
  const code = fetched('gdp-path');
  // What it draws: Jiangmen's 4022.5亿元 of 2023 and the 1万亿 it climbs to.
  assert.deepEqual(ids(carried(code, [byId('jiangmen-gdp-2023'), byId('trillion-gdp-threshold')])), ['jiangmen-gdp-2023', 'trillion-gdp-threshold']);
  const elsewhere = [...ofPiece('jianghai'), ...ofPiece('bank'), ...ofPiece('zhongshan')];
  assert.equal(elsewhere.length, 56, 'the three other pieces print 30 + 6 + 20 figures (data/README.md)');
  assert.deepEqual(ids(carried(code, elsewhere)), []);
  // Nor the lead's own figures on the 深江 zone, which <zone-card> and <land-ledger> draw.
  const shenjiang = figures.filter((f) => f.subjects.includes('shenjiang'));
  assert.ok(shenjiang.length > 0);
  assert.deepEqual(ids(carried(code, shenjiang)), []);
});

test('an <innovation-pipeline> page fetches Jianghai’s figures and none of the bank piece’s or Zhongshan’s', () => {
  const code = fetched('innovation-pipeline');
  assert.deepEqual(ids(carried(code, ofPiece('jianghai'))), ids(ofPiece('jianghai')));
  assert.deepEqual(ids(carried(code, [...ofPiece('bank'), ...ofPiece('zhongshan')])), []);
});

test('a <key-figure> page fetches the one section of the figure it shows, not the article’s every figure', () => {
  const shown = byId('jiangmen-gdp-2023');
  const code = fetched('key-figure');
  assert.deepEqual(ids(carried(code, ofSection(shown.section))), ids(ofSection(shown.section)));
  assert.deepEqual(ids(carried(code, figures.filter((f) => f.section !== shown.section))), []);
  const bank = ofPiece('bank')[0];
  const other = fetched('key-figure bank');
  assert.deepEqual(ids(carried(other, ofSection(bank.section))), ids(ofSection(bank.section)));
  assert.deepEqual(ids(carried(other, figures.filter((f) => f.section !== bank.section))), []);
});
