// A widget imported alone carries the article's figures of the sections it draws from, not
// all 79: the figures are about a quarter of a single-widget page. Checked on the real
// bundles (rollup + terser, as scripts/bundle-sizes.mjs measures them) by looking for each
// figure's own words — its quote and its English label — in the bundled code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleAlone } from '../../scripts/bundle-sizes.mjs';

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
const byId = (id) => figures.find((f) => f.id === id);

test('the CDN bundle carries every figure of the article, so the probes below can find a figure where it is', () => {
  assert.deepEqual(ids(carried(cdn, figures)), ids(figures));
});

test('<gdp-path> alone carries the lead’s GDP figures, no figure of the Jianghai, bank or Zhongshan pieces, nor the 深江 zone’s', async () => {
  const code = await bundleAlone('src/components/gdp-path/gdp-path.ts');
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

test('<innovation-pipeline> alone carries Jianghai’s figures and none of the bank piece’s or Zhongshan’s', async () => {
  const code = await bundleAlone('src/components/innovation-pipeline/innovation-pipeline.ts');
  assert.deepEqual(ids(carried(code, ofPiece('jianghai'))), ids(ofPiece('jianghai')));
  assert.deepEqual(ids(carried(code, [...ofPiece('bank'), ...ofPiece('zhongshan')])), []);
});

test('<key-figure> alone still carries every figure: it shows any of them by id from an attribute', async () => {
  const code = await bundleAlone('src/components/key-figure/key-figure.ts');
  assert.deepEqual(ids(carried(code, figures)), ids(figures));
});
