import type { Locale } from './locale.js';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`: building one costs more than formatting with it. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale.tag + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A plain number with at most `digits` decimals. English groups thousands (6,096);
 * Chinese news text does not (6096亩, 4022.5亿元): it groups by 万 in words instead.
 */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits, useGrouping: locale.script === 'en' }).format(value);
}

/** A percentage given in percent points (9.5 → "9.5%"). */
export function formatPercent(points: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(points / 100);
}

/** A signed percentage change, for "519 → 705 (+35.8%)". */
export function formatChange(points: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(points / 100);
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
