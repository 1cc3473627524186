import { expect } from 'chai';
// @ts-expect-error: a build script, plain JavaScript without types.
import { toHongKong, toTaiwan } from '../../scripts/generate/regional-converters.mjs';
import { catalogues } from '../../src/generated/messages/all.js';
import { dataset } from '../../src/data/dataset.js';
import { labelText } from '../../src/data/label.js';
import { addMessages, msg, type MessageKey } from '../../src/format/messages.js';
import { parseLocale } from '../../src/format/locale.js';
import { toTraditional } from '../../src/standards/traditional.js';

// The runtime's Traditional text comes from character tables the build derives; here the
// build's own converters (OpenCC per region, then quotes and Taiwan's interface words)
// check what the tables give.
const openCC = toHongKong as (text: string) => string;
const taiwan = toTaiwan as (text: string) => string;
const zhHK = parseLocale('zh-HK')!;
const zhTW = parseLocale('zh-TW')!;
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

  it('writes every message and bundled label for zh-TW in Taiwan’s standard, not Hong Kong’s', () => {
    Object.values(catalogues).forEach((catalogue) => addMessages(catalogue));
    const keys = Object.values(catalogues).flatMap((c) => Object.keys(c['zh-Hans'])) as MessageKey[];
    expect(keys.filter((key) => msg(zhTW, key) !== taiwan(msg(zhCN, key)))).to.deep.equal([]);
    const labels = bundledLabels(dataset);
    expect(labels.filter((l) => labelText(l, zhTW) !== taiwan(l['zh-Hans'])).map((l) => l['zh-Hans'])).to.deep.equal([]);
  });

  it('holds Taiwan forms and words under zh-TW: 說 啟 戶 群 裡, 資料, no Hong Kong 説 啓 户 羣 裏 or mainland 數據', () => {
    Object.values(catalogues).forEach((catalogue) => addMessages(catalogue));
    const keys = Object.values(catalogues).flatMap((c) => Object.keys(c['zh-Hans'])) as MessageKey[];
    const texts = [...keys.map((key) => msg(zhTW, key)), ...bundledLabels(dataset).map((l) => labelText(l, zhTW))];
    const hongKongOrMainland = texts.filter((t) => /[説啓户羣裏]|數據|默認/.test(t));
    expect(hongKongOrMainland).to.deep.equal([]);
    expect(msg(zhTW, 'view-data')).to.equal('查看資料');
    expect(msg(zhHK, 'view-data')).to.equal('查看數據');
    // The region's own forms where the two differ, in our own words.
    expect(texts.join('')).to.match(/說/);
    expect(keys.map((key) => msg(zhHK, key)).join('')).to.match(/説/);
  });

  it('quotes with 「」 in both Traditional regions, never “”', () => {
    Object.values(catalogues).forEach((catalogue) => addMessages(catalogue));
    const keys = Object.values(catalogues).flatMap((c) => Object.keys(c['zh-Hans'])) as MessageKey[];
    const quoted = keys.filter((key) => msg(zhCN, key).includes('“'));
    expect(quoted.length).to.be.greaterThan(0);
    for (const locale of [zhHK, zhTW]) {
      expect(quoted.filter((key) => /[“”]/.test(msg(locale, key)) || !msg(locale, key).includes('「'))).to.deep.equal([]);
    }
  });

  it('does not half-convert a user label that has no Traditional text: it shows the Simplified', () => {
    expect(labelText({ 'zh-Hans': '江门发展体育', en: 'x' }, zhHK)).to.equal('江门发展体育');
  });

  it('passes a string through that happens to name an Object.prototype property', () => {
    for (const text of ['constructor', 'toString', '__proto__']) expect(toTraditional(text)).to.equal(text);
  });
});
