// The build's Traditional-Chinese character table (scripts/generate/traditional-table.mjs):
// the runtime rebuilds zh-Hant from it, so every string it was built from must come out
// exactly as the converter wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traditionalTable } from '../../scripts/generate/traditional-table.mjs';

const applyTable = ({ simplified, traditional, exceptions }, text) => {
  const to = [...traditional];
  const table = new Map([...simplified].map((c, i) => [c, to[i]]));
  return exceptions[text] ?? [...text].map((c) => table.get(c) ?? c).join('');
};

test('traditionalTable maps each character the way most strings convert it', () => {
  const convert = (s) => s.replaceAll('发', '發').replaceAll('国', '國');
  const table = traditionalTable(['发展', '出发', '中国'], convert);
  assert.deepEqual([...table.simplified].sort(), ['发', '国'].sort());
  assert.equal(applyTable(table, '发国'), '發國');
  assert.deepEqual(table.exceptions, {});
});

test('traditionalTable keeps a string whole where its phrase converts a character differently', () => {
  // OpenCC converts by phrase: 头发 takes 髮 where 发展 and 出发 take 發.
  const convert = (s) => (s === '头发' ? '頭髮' : s.replaceAll('发', '發').replaceAll('头', '頭'));
  const table = traditionalTable(['发展', '出发', '头发'], convert);
  assert.equal(applyTable(table, '发展'), '發展');
  assert.deepEqual(table.exceptions, { 头发: '頭髮' });
  assert.equal(applyTable(table, '头发'), '頭髮');
});

test('traditionalTable leaves characters it was not built from alone: it is no converter', () => {
  const table = traditionalTable(['发'], (s) => s.replaceAll('发', '發'));
  assert.equal(applyTable(table, '体育'), '体育');
});

test('traditionalTable is stable: the same strings in another order give the same table', () => {
  const convert = (s) => (s === '头发' ? '頭髮' : s.replaceAll('发', '發').replaceAll('头', '頭'));
  assert.deepEqual(traditionalTable(['头发', '发展', '出发'], convert), traditionalTable(['出发', '发展', '头发'], convert));
});
