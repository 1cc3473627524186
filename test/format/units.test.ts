import { expect } from 'chai';
import { parseLocale } from '../../src/format/locale.js';
import { formatQuantity, formatYi } from '../../src/format/units.js';
import { formatDate } from '../../src/format/date.js';

const zh = parseLocale('zh-CN')!;
const hant = parseLocale('zh-HK')!;
const en = parseLocale('en')!;

describe('formatQuantity', () => {
  it('writes Chinese in the article’s own unit, so the text reads like the article', () => {
    expect(formatQuantity(4022.5, '亿元', zh)).to.equal('4022.5亿元');
    expect(formatQuantity(1.24, '万亩', zh)).to.equal('1.24万亩');
  });

  it('puts 多 after the number and 超/约/不足 before it', () => {
    expect(formatQuantity(300, '家', zh, 'more-than')).to.equal('300多家');
    expect(formatQuantity(20, '万元', zh, 'more-than')).to.equal('20多万元');
    expect(formatQuantity(1300, '亿元', zh, 'over')).to.equal('超1300亿元');
    expect(formatQuantity(40, '家', zh, 'about')).to.equal('约40家');
    expect(formatQuantity(12, '%', zh, 'under')).to.equal('不足12%');
  });

  it('never lets a hedged English number read as exact', () => {
    expect(formatQuantity(300, '家', en, 'more-than')).to.equal('more than 300');
    expect(formatQuantity(40, '家', en, 'about')).to.equal('about 40');
  });

  it('converts money and land into the units English readers use', () => {
    expect(formatQuantity(4022.5, '亿元', en)).to.equal('402.25 billion yuan');
    expect(formatQuantity(20, '万元', en, 'more-than')).to.equal('more than 200,000 yuan');
    expect(formatQuantity(1.24, '万亩', en)).to.equal('12,400 mu');
    expect(formatQuantity(66, '平方公里', en)).to.equal('66 km²');
  });

  it('writes Traditional characters for zh-HK', () => {
    expect(formatQuantity(4022.5, '亿元', hant)).to.equal('4022.5億元');
    expect(formatQuantity(13, '个', hant)).to.equal('13個');
  });

  it('spells a rank as a rank only when the figure says it is one', () => {
    expect(formatQuantity(18, '届', zh, undefined, '18', true)).to.equal('第18届');
    expect(formatQuantity(18, '届', en, undefined, '18', true)).to.equal('18th');
    expect(formatQuantity(4, '座', en)).to.equal('4');
  });
});

describe('formatYi', () => {
  it('writes 10000亿 as 1万亿 in both scripts, never as 兆', () => {
    expect(formatYi(10000, zh)).to.equal('1万亿元');
    expect(formatYi(10000, hant)).to.equal('1萬億元');
    expect(formatYi(10000, en)).to.equal('1 trillion yuan');
  });
});

describe('formatDate', () => {
  it('resolves years, months, days and spans in each language', () => {
    expect(formatDate('2023', zh)).to.equal('2023年');
    expect(formatDate('2024-06-15', zh)).to.equal('2024年6月15日');
    // British style, like the copy's spelling: day before month, no comma.
    expect(formatDate('2024-06-15', en)).to.equal('15 June 2024');
    expect(formatDate('2024-06', en)).to.equal('June 2024');
    expect(formatDate('2021/2023', en)).to.equal('2021–2023');
  });
});

describe('formatFigureValue', () => {
  it('writes the article’s ordinals as ranks: 首届, 第4座, 4th', async () => {
    const { formatFigureValue } = await import('../../src/format/units.js');
    expect(formatFigureValue({ value: 1, unit: '届', literal: '首', ordinal: true }, zh)).to.equal('首届');
    expect(formatFigureValue({ value: 4, unit: '座', literal: '4', ordinal: true }, zh)).to.equal('第4座');
    expect(formatFigureValue({ value: 4, unit: '座', literal: '4', ordinal: true }, en)).to.equal('4th');
    expect(formatFigureValue({ value: 1, unit: '站', literal: '首', ordinal: true }, en)).to.equal('1st');
  });

  it('keeps the article’s 余 where it wrote 余 rather than 多', async () => {
    const { formatFigureValue } = await import('../../src/format/units.js');
    expect(formatFigureValue({ value: 70, unit: '亩', literal: '70', qualifier: 'more-than', quote: '占地70余亩' }, zh)).to.equal('70余亩');
    expect(formatFigureValue({ value: 300, unit: '家', literal: '300', qualifier: 'more-than', quote: '300多家深圳企业' }, zh)).to.equal('300多家');
  });

  it('reads 翻一番 as doubling and 1万平方米 as 10,000 m²', async () => {
    const { formatFigureValue } = await import('../../src/format/units.js');
    expect(formatFigureValue({ value: 1, unit: '番', literal: '一' }, zh)).to.equal('翻一番');
    expect(formatFigureValue({ value: 1, unit: '番', literal: '一' }, en)).to.equal('doubled (×2)');
    expect(formatFigureValue({ value: 1, unit: '万平方米', literal: '1' }, en)).to.equal('10,000 m²');
  });
});
