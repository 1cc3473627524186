import type { Locale } from './locale.js';
import { cachedIntl } from './intl-cache.js';
import { plainDecimal, type PlainDecimalOptions } from './plain-decimal.js';

/** The `Intl.NumberFormat` for these options, built once. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl(Intl.NumberFormat, locale.tag, options);
}

/**
 * A decimal in `locale`: Chinese is written by `plainDecimal` (the same in every Chinese
 * locale, and no Intl object to build on a page's first render), English by Intl.
 */
function decimal(value: number, locale: Locale, options: PlainDecimalOptions): string {
  const chinese = locale.script === 'en' ? undefined : plainDecimal(value, options);
  return chinese ?? numberFormat(locale, { ...options, useGrouping: locale.script === 'en' }).format(value);
}

/**
 * A plain number with at most `digits` decimals. English groups thousands (6,096);
 * Chinese news text does not (6096亩, 4022.5亿元): it groups by 万 in words instead.
 */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return decimal(value, locale, { maximumFractionDigits: digits });
}

/**
 * A percentage given in percent points (9.5 → "9.5%"), at least `minimumDigits` and at
 * most `digits` decimals. Every language we write puts the sign right after the number,
 * so the points are formatted as they are: no ×100 round trip through binary fractions
 * (Intl's percent style turns 23.705 points into 23.7%).
 */
export function formatPercent(points: number, locale: Locale, digits = 1, minimumDigits = 0): string {
  return `${decimal(points, locale, { maximumFractionDigits: digits, minimumFractionDigits: Math.min(minimumDigits, digits) })}%`;
}

/** A signed percentage change, for "519 → 705 (+35.8%)". */
export function formatChange(points: number, locale: Locale, digits = 1): string {
  return `${decimal(points, locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })}%`;
}

/**
 * English words for a sum in yuan: "402.25 billion", "200,000". Chinese keeps the
 * article's own 亿/万 units instead (see `units.ts`): Intl's Traditional compact form
 * writes 10^12 as 兆, which Hong Kong readers would not read as 万亿.
 */
export function formatYuanInWords(yuan: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, {
    notation: Math.abs(yuan) >= 1e9 ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(yuan);
}

/** A year as a plain label, never grouped ("2033", not "2,033"). */
export function formatYear(year: number): string {
  return String(Math.round(year));
}
