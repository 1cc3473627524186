import type { Qualifier } from '../data/types.js';
import { fromSquareMetres, roundSignificant, type AreaFamily } from '../standards/land-units.js';
import type { Locale } from './locale.js';
import { msg } from './messages.js';
import { formatNumber } from './number.js';
import { formatQuantity } from './units.js';

/** An area converted from m² into `family`, rounded, in the number a table cell carries. */
export function convertedArea(squareMetres: number, family: AreaFamily): number {
  return roundSignificant(fromSquareMetres(squareMetres, family), 3);
}

/** True when the rounded conversion is the exact one (6096亩 = 4.064 km²), so "=" is honest, not "≈". */
export function isExactConversion(squareMetres: number, family: AreaFamily): boolean {
  const exact = fromSquareMetres(squareMetres, family);
  return Math.abs(convertedArea(squareMetres, family) - exact) <= Math.abs(exact) * 1e-9;
}

/**
 * A converted area as a reader writes it: Chinese groups by 万 and 亿 (40.8万亩,
 * 2.72亿平方米, 4.67万平方米), English by thousands (408,000 mu, 46,700 m²). A hedge
 * on the article's number carries over: 70余亩 → 超4.67万平方米 / over 46,700 m².
 */
export function formatArea(squareMetres: number, family: AreaFamily, locale: Locale, qualifier?: Qualifier): string {
  const value = convertedArea(squareMetres, family);
  // "4.67多万平方米" misreads: after conversion "more than" is said the way 超 says it.
  const hedge: Qualifier | undefined = qualifier === 'more-than' ? 'over' : qualifier;
  if (family === 'km2') return formatQuantity(value, '平方公里', locale, hedge);
  const zh = locale.script !== 'en';
  if (family === 'mu') return zh && value >= 1e4 ? formatQuantity(value / 1e4, '万亩', locale, hedge) : formatQuantity(value, '亩', locale, hedge);
  if (zh && value >= 1e8) {
    const text = msg(locale, 'unit.yi-square-metres', { value: formatNumber(value / 1e8, locale, 4) });
    // The hedge goes where formatQuantity puts it; only the number-and-unit is ours.
    return formatQuantity(1, '平方米', locale, hedge).replace(formatQuantity(1, '平方米', locale), text);
  }
  return zh && value >= 1e4 ? formatQuantity(value / 1e4, '万平方米', locale, hedge) : formatQuantity(value, '平方米', locale, hedge);
}
