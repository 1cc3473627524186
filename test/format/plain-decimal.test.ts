import { expect } from 'chai';
import fc from 'fast-check';
import { formatDate } from '../../src/format/date.js';
import { parseLocale } from '../../src/format/locale.js';
import { formatChange, formatNumber, formatPercent } from '../../src/format/number.js';
import { plainDecimal } from '../../src/format/plain-decimal.js';

// The browser's own Intl is the oracle: the hand-written Chinese formatting must say
// exactly what Intl.NumberFormat / DateTimeFormat would have said in every Chinese locale.
const CHINESE_TAGS = ['zh-CN', 'zh-HK', 'zh-TW'];
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  // Decimals with few places, where half-way cases (2.675, 0.125) live.
  fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 5 })).map(([n, places]) => n / 10 ** places),
  fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 999.995, 4022.5, 8045, 1e-7, -1e-7),
);

describe('plainDecimal', () => {
  it('writes what Intl.NumberFormat writes without grouping in every Chinese locale', () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('auto', 'exceptZero'), fc.constantFrom(...CHINESE_TAGS), (value, max, min, signDisplay, tag) => {
        const minimumFractionDigits = Math.min(min, max);
        const options = { maximumFractionDigits: max, minimumFractionDigits, signDisplay } as const;
        const ours = plainDecimal(value, options);
        const intl = new Intl.NumberFormat(tag, { ...options, useGrouping: false }).format(value);
        // `undefined` hands the value to Intl (exponent-sized values); those are rare draws here.
        if (ours !== undefined) expect(ours, `${value} ${JSON.stringify(options)} ${tag}`).to.equal(intl);
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('hands NaN, infinities and exponent-sized values back to Intl', () => {
    for (const value of [NaN, Infinity, -Infinity, 1e21, 1e-7]) expect(plainDecimal(value, { maximumFractionDigits: 2 })).to.equal(undefined);
    const zh = parseLocale('zh-CN')!;
    expect(formatNumber(1e21, zh)).to.equal(new Intl.NumberFormat('zh-CN', { useGrouping: false }).format(1e21));
    expect(formatNumber(NaN, zh)).to.equal('NaN');
  });
});

describe('Chinese numbers, percentages and dates without Intl', () => {
  it('formatNumber, formatPercent and formatChange agree with Intl in Chinese', () => {
    fc.assert(
      fc.property(anyNumber, fc.constantFrom(...CHINESE_TAGS), (value, tag) => {
        const locale = parseLocale(tag)!;
        expect(formatNumber(value, locale)).to.equal(new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: false }).format(value));
        // Intl's percent style multiplies by 100 in binary; compare on values where that is exact.
        const points = Math.round(value) / 4;
        const percent = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, { style: 'percent', useGrouping: false, ...options }).format(points / 100);
        expect(formatPercent(points, locale, 1)).to.equal(percent({ maximumFractionDigits: 1 }));
        expect(formatPercent(points, locale, 2, 1)).to.equal(percent({ minimumFractionDigits: 1, maximumFractionDigits: 2 }));
        expect(formatChange(points, locale)).to.equal(percent({ maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('writes dates as Intl.DateTimeFormat does in every Chinese locale', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...CHINESE_TAGS), (date, partCount, tag) => {
        const iso = date.toISOString().slice(0, 10).split('-').slice(0, partCount).join('-');
        const options: Intl.DateTimeFormatOptions = [{ year: 'numeric' }, { year: 'numeric', month: 'long' }, { year: 'numeric', month: 'long', day: 'numeric' }][partCount - 1] as Intl.DateTimeFormatOptions;
        const intl = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(date);
        expect(formatDate(iso, parseLocale(tag)!), iso).to.equal(intl);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('leaves a date that is no calendar date as it was written', () => {
    const zh = parseLocale('zh-CN')!;
    expect(formatDate('2024-13', zh)).to.equal('2024-13');
    expect(formatDate('2024-06-32', zh)).to.equal('2024-06-32');
    expect(formatDate('soon', zh)).to.equal('soon');
  });
});
