import { expect } from 'chai';
import { formatArea, isExactConversion } from '../../src/format/area.js';
import { parseLocale } from '../../src/format/locale.js';

const zh = parseLocale('zh-CN')!;
const hant = parseLocale('zh-HK')!;
const en = parseLocale('en')!;
const MU = 10000 / 15; // m² in 1亩, by definition

describe('formatArea', () => {
  it('groups Chinese areas by 万 and 亿, English by thousands', () => {
    expect(formatArea(272e6, 'mu', zh)).to.equal(`${(272 * 1500) / 1e4}万亩`);
    expect(formatArea(272e6, 'm2', zh)).to.equal(`${272e6 / 1e8}亿平方米`);
    expect(formatArea(272e6, 'mu', en)).to.equal('408,000 mu');
    expect(formatArea(1e4, 'mu', hant)).to.equal('15畝');
  });

  it('carries the article’s hedge over to the converted number: 70余亩 → 超4.67万平方米', () => {
    expect(formatArea(70 * MU, 'm2', zh, 'more-than')).to.equal(`超${(Math.round((70 * MU) / 100) / 100).toFixed(2)}万平方米`);
    expect(formatArea(70 * MU, 'm2', en, 'more-than')).to.equal('over 46,700 m²');
    expect(formatArea(272e6, 'm2', zh, 'over')).to.equal('超2.72亿平方米');
  });

  it('calls a conversion exact only when rounding lost nothing', () => {
    expect(isExactConversion(6096 * MU, 'km2'), '6096亩 = 4.064 km²').to.equal(true);
    expect(isExactConversion(12400 * MU, 'km2'), '1.24万亩 ≈ 8.27 km²').to.equal(false);
  });
});
