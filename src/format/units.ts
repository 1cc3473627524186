import type { Qualifier, Unit } from '../data/types.js';
import { cachedIntl } from './intl-cache.js';
import type { Locale } from './locale.js';
import { msg, type MessageKey } from './messages.js';
import { formatNumber, formatPercent, formatYuanInWords, numberFormat } from './number.js';

/** Multipliers from the article's money and land units to yuan, m² and 亩. */
const YUAN_PER: Partial<Record<Unit, number>> = { 亿元: 1e8, 万元: 1e4 };
const SQUARE_METRES_PER: Partial<Record<Unit, number>> = { 平方米: 1, 万平方米: 1e4 };
const MU_PER: Partial<Record<Unit, number>> = { 亩: 1, 万亩: 1e4 };
/** Counters: the article's measure word, and the English noun is the figure's label. */

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** What a formatter needs of a figure: its value, unit and how the article printed it. */
export interface Quantity {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  literal?: string;
  ordinal?: boolean;
  /** The article's sentence; it tells 70余亩 from 300多家, both "more than". */
  quote?: string;
}

/**
 * A value in one of the article's units, as a reader of `locale` writes it:
 * "4022.5亿元" / "402.25 billion yuan", "1.24万亩" / "12,400 mu", "300多家" / "more than 300",
 * "第18届" / "18th". Chinese keeps the article's own unit so the text reads like the article.
 */
export function formatFigureValue(quantity: Quantity, locale: Locale): string {
  const { value, unit, qualifier, literal, ordinal, quote } = quantity;
  if (ordinal) return formatOrdinal(value, unit, locale, literal);
  const number = locale.script !== 'en' ? zhNumber(value, unit, locale, literal) : enNumber(value, unit, locale, literal);
  const written = qualifier === 'more-than' && literal && quote?.includes(`${literal}余`) ? 'more-than-yu' : qualifier;
  return qualify(number, written, locale);
}

/** Positional form of {@link formatFigureValue}. */
export function formatQuantity(value: number, unit: Unit, locale: Locale, qualifier?: Qualifier, literal?: string, ordinal?: boolean): string {
  return formatFigureValue({ value, unit, qualifier, literal, ordinal }, locale);
}

/** 第4座 / 首届 in Chinese (首 is how the article writes "first"), 4th / 1st in English. */
function formatOrdinal(value: number, unit: Unit, locale: Locale, literal?: string): string {
  if (locale.script === 'en') return `${value}${ORDINAL_SUFFIX[cachedIntl(Intl.PluralRules, 'en', { type: 'ordinal' }).select(value)]}`;
  const prefix = literal === '首' ? literal : `${msg(locale, 'ordinal-prefix')}${value}`;
  return `${prefix}${unitName(unit, locale)}`;
}

/** The unit's name in Chinese, in the reader's script (亿元 / 億元). */
export function unitName(unit: Unit, locale: Locale): string {
  return msg(locale, `unit-name.${unit}` as MessageKey);
}

function zhNumber(value: number, unit: Unit, locale: Locale, literal?: string): string {
  if (unit === '分之') return literal ?? String(value);
  // 翻一番: the article's idiom for doubling reads better than "1番".
  if (unit === '番') return `${msg(locale, 'unit.double-prefix')}${literal ?? value}${unitName(unit, locale)}`;
  return `${formatNumber(value, locale, 4)}{q}${unitName(unit, locale)}`;
}

function enNumber(value: number, unit: Unit, locale: Locale, literal?: string): string {
  const yuanPer = YUAN_PER[unit];
  if (yuanPer) return `${formatYuanInWords(value * yuanPer, locale)} ${msg(locale, 'unit.yuan')}`;
  const muPer = MU_PER[unit];
  if (muPer) return `${formatNumber(value * muPer, locale)} mu`;
  if (unit === '%') return formatPercent(value, locale, 2);
  // Up to 4 decimals, as Chinese writes them: 4.064 km² and 0.047 km² must not read 4.06 and 0.05.
  if (unit === '平方公里') return `${formatNumber(value, locale, 4)} km²`;
  const squareMetresPer = SQUARE_METRES_PER[unit];
  if (squareMetresPer) return `${formatNumber(value * squareMetresPer, locale)} m²`;
  if (unit === '番') return `${value === 1 ? 'doubled' : `doubled ${formatNumber(value, locale)} times`} (×${formatNumber(2 ** value, locale)})`;
  if (unit === '年') return numberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(value);
  if (unit === '小时') return numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(value);
  if (unit === '倍') return `${formatNumber(value, locale)}×`;
  if (unit === '分之') return literal ?? formatNumber(value, locale, 4);
  // Counters (家, 个, 项 …) have no English unit: the figure's label names what is counted.
  return formatNumber(value, locale);
}

const QUALIFIER_KEYS: Record<Qualifier | 'more-than-yu', MessageKey> = {
  'more-than': 'qualifier.more-than',
  'more-than-yu': 'qualifier.more-than-yu',
  over: 'qualifier.over',
  about: 'qualifier.about',
  nearly: 'qualifier.nearly',
  under: 'qualifier.under',
};

/** Puts the hedge where each language puts it: "300多家", "超300家", "more than 300". */
function qualify(number: string, qualifier: Qualifier | 'more-than-yu' | undefined, locale: Locale): string {
  if (!number.includes('{q}')) number = `${number}{q}`;
  if (!qualifier) return number.replace('{q}', '');
  const word = msg(locale, QUALIFIER_KEYS[qualifier]);
  // Chinese writes 多/余 after the number, every other hedge before it.
  if (locale.script !== 'en' && qualifier.startsWith('more-than')) return number.replace('{q}', word);
  return `${word}${locale.script === 'en' ? ' ' : ''}${number.replace('{q}', '')}`;
}

/** Chinese money in the article's units: 4022.5亿元, 1万亿元 (Intl writes 1兆 in Traditional). */
export function formatYi(yi: number, locale: Locale, digits = 1): string {
  if (locale.script === 'en') return `${formatYuanInWords(yi * 1e8, locale, digits + 1)} ${msg(locale, 'unit.yuan')}`;
  if (Math.abs(yi) >= 1e4) return `${formatNumber(yi / 1e4, locale, digits + 2)}${msg(locale, 'unit.wan-yi-yuan')}`;
  return `${formatNumber(yi, locale, digits)}${msg(locale, 'unit.yi-yuan')}`;
}
