import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js/cn2t';
import { catalogues } from '../../src/generated/messages/all.js';
import { dataset } from '../../src/data/dataset.js';
import { labelText } from '../../src/data/label.js';
import { addMessages, msg, type MessageKey } from '../../src/format/messages.js';
import { parseLocale } from '../../src/format/locale.js';
import { toTraditional } from '../../src/format/traditional.js';

// The runtime's Traditional text comes from a character table the build derives; here
// OpenCC itself (the converter the build used, cn → hk) checks what the table gives.
const openCC = OpenCC.Converter({ from: 'cn', to: 'hk' });
const zhHK = parseLocale('zh-HK')!;
const zhCN = parseLocale('zh-CN')!;

function bundledLabels(value: unknown, found: { 'zh-Hans': string; 'zh-Hant': string }[] = []) {
  if (value === null || typeof value !== 'object') return found;
  const record = value as Record<string, unknown>;
  if (typeof record['zh-Hans'] === 'string' && typeof record.en === 'string') found.push(record as never);
  else Object.values(record).forEach((v) => bundledLabels(v, found));
  return found;
}

describe('Traditional Chinese from the build’s character table', () => {
  it('writes every message of every catalogue exactly as OpenCC does', () => {
    Object.values(catalogues).forEach((catalogue) => addMessages(catalogue));
    const keys = Object.values(catalogues).flatMap((c) => Object.keys(c['zh-Hans'])) as MessageKey[];
    expect(keys.length).to.be.greaterThan(400);
    const wrong = keys.filter((key) => msg(zhHK, key) !== openCC(msg(zhCN, key)));
    expect(wrong).to.deep.equal([]);
  });

  it('gives every bundled label the Traditional text OpenCC writes', () => {
    const labels = bundledLabels(dataset);
    expect(labels.length).to.be.greaterThan(100);
    const wrong = labels.filter((l) => l['zh-Hant'] !== openCC(l['zh-Hans'])).map((l) => l['zh-Hans']);
    expect(wrong).to.deep.equal([]);
  });

  it('does not half-convert a user label that has no Traditional text: it shows the Simplified', () => {
    expect(labelText({ 'zh-Hans': '江门发展体育', en: 'x' }, zhHK)).to.equal('江门发展体育');
  });

  it('passes a string through that happens to name an Object.prototype property', () => {
    for (const text of ['constructor', 'toString', '__proto__']) expect(toTraditional(text)).to.equal(text);
  });
});
