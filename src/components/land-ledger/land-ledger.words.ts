// The words of <land-ledger>: each square's label runs and the share bars' words, in one
// language. Pure functions: the view only calls them.
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { FACT_VALUE_SLOT, shareOf, type LandParcel, type LandShare } from '../../data/land-ledger.js';
import { convertedArea, formatArea, isExactConversion } from '../../format/area.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatPercent } from '../../format/number.js';
import { formatFigureValue, formatQuantity } from '../../format/units.js';
import type { LabelRun } from '../../layout/label-runs.js';
import type { LedgerShareInput } from '../../layout/land-ledger.js';
import { familyOf, fromSquareMetres, roundSignificant, toSquareMetres, type AreaFamily, type LandUnit } from '../../standards/land-units.js';

export const UNITS = ['auto', 'km2', 'mu', 'm2'] as const;
export type UnitChoice = (typeof UNITS)[number];
export const FAMILIES: AreaFamily[] = ['km2', 'mu', 'm2'];

/** The words of one area (a parcel's outer square, or one nested in it). */
export interface SquareWords {
  /** Its lines under the square: name, count, the article's value, the conversion. */
  runs: LabelRun[];
  /** The number each run shows, by run: what each `<text>` carries as `data-value`. */
  values: (number | undefined)[];
  area: FigureInput;
  label: string;
  /** Every conversion, for the tooltip. */
  conversion: string;
  squareMetres: number;
}

/** The words of a parcel's squares (outer, then inner): name, count, the article's value, the conversion. */
export function parcelWords(parcel: LandParcel, unit: UnitChoice, locale: Locale): SquareWords[] {
  const name = labelText(parcel.label, locale);
  const squares: { label: string; area: FigureInput }[] = [{ label: name, area: parcel.area }];
  for (const inner of parcel.inner ?? []) squares.push({ label: labelText(inner.label, locale), area: inner.area });
  return squares.map(({ label, area }, i) => {
    const squareMetres = toSquareMetres(area.value, area.unit as LandUnit);
    const family = targetFamily(area.unit as LandUnit, unit);
    const runs: LabelRun[] = [{ text: label, kind: i === 0 ? 'name' : 'value' }];
    const values: (number | undefined)[] = [undefined];
    if (i === 0 && parcel.count) {
      runs.push({ text: msg(locale, 'land-ledger.count', { count: formatFigureValue(parcel.count, locale) }), kind: 'value' });
      values.push(parcel.count.value);
    }
    runs.push({ text: formatFigureValue(area, locale), kind: 'value' });
    values.push(area.value);
    if (family) {
      runs.push({ text: conversionText(squareMetres, family, area, locale), kind: 'derived' });
      values.push(shownConversion(squareMetres, family, area));
    }
    const all = FAMILIES.filter((f) => f !== familyOf(area.unit as LandUnit)).map((f) => conversionText(squareMetres, f, area, locale));
    return { runs, values, area, label, conversion: all.join(msg(locale, 'land-ledger.conversion-separator')), squareMetres };
  });
}

/**
 * "= 4.064平方公里", "≈ 8.27平方公里": "=" only when the shown digits are exact. A hedged
 * number of the article (70余亩) converts to a rounder "≈ 0.047平方公里": its own
 * precision is two digits at most, and "over 0.05" would claim more than it says.
 */
export function conversionText(squareMetres: number, family: AreaFamily, area: FigureInput, locale: Locale): string {
  const value = formatArea(convertible(squareMetres, family, area), family, locale);
  const exact = !area.qualifier && isExactConversion(squareMetres, family);
  return msg(locale, exact ? 'land-ledger.equals' : 'land-ledger.approx', { value });
}

/** The converted number a label or cell shows: three significant digits, two after a hedge. */
export function shownConversion(squareMetres: number, family: AreaFamily, area: FigureInput): number {
  return convertedArea(convertible(squareMetres, family, area), family);
}

/** The m² to convert: a hedged area first rounded to two significant digits in `family`. */
export function convertible(squareMetres: number, family: AreaFamily, area: FigureInput): number {
  if (!area.qualifier) return squareMetres;
  const inFamily = fromSquareMetres(squareMetres, family);
  return squareMetres * (Number(inFamily.toPrecision(2)) / inFamily);
}

/**
 * Which unit a label converts into: the reader's choice, or in `auto` the other of the two
 * the drawing is read in (亩 ↔ km²); m², the unit of floors and single plots, into 亩.
 */
export function targetFamily(unit: LandUnit, choice: UnitChoice): AreaFamily | undefined {
  const own = familyOf(unit);
  if (choice !== 'auto') return choice === own ? undefined : choice;
  return own === 'mu' ? 'km2' : 'mu';
}

export interface ShareWords {
  layout: LedgerShareInput;
  values: { share: number; developed?: number; facts: number[] };
  marks: string[];
  description: string;
  /** `developedPlain` is the number without its hedge, for a formula: 1/6 × 12%. */
  texts: { part: string; whole: string; share: string; developed?: string; developedPlain?: string; product?: string };
  /** The part's developed land as a share of the whole, in %: derived. */
  product?: number;
  /** Each fact's line and its number as written, in the order given. */
  facts: { line: string; value: string; figure: FigureInput }[];
}

export function shareWords(data: LandShare, locale: Locale): ShareWords {
  const part = labelText(data.part, locale);
  const whole = labelText(data.whole, locale);
  const shareText = data.share.unit === '分之' && !data.share.literal ? formatPercent(data.share.value * 100, locale) : formatFigureValue(data.share, locale);
  const developed = data.developed;
  const developedText = developed ? formatFigureValue(developed, locale) : undefined;
  const product = developed ? roundSignificant(shareOf(data.share) * developed.value, 3) : undefined;
  const productText = developed && product !== undefined ? formatQuantity(product, '%', locale, developed.qualifier) : undefined;
  const facts = (data.facts ?? []).map(({ text, figure }) => {
    const value = formatFigureValue(figure, locale);
    return { line: labelText(text, locale).replace(FACT_VALUE_SLOT, value), value, figure };
  });
  const q = developed?.qualifier;
  const open = q === 'under' || q === 'nearly' ? 'less' : q === 'over' || q === 'more-than' ? 'more' : undefined;
  return {
    layout: {
      share: shareOf(data.share),
      developed: developed ? shareOf(developed) : undefined,
      developedOpen: open,
      whole: msg(locale, 'land-ledger.share-whole', { whole }),
      part: msg(locale, 'land-ledger.share-part', { part, share: shareText }),
      developedText: developedText ? msg(locale, 'land-ledger.developed', { part, value: developedText }) : undefined,
      facts: facts.map((f) => ({ text: f.line, kind: 'value' as const })),
    },
    values: { share: data.share.value, developed: developed?.value, facts: facts.map((f) => f.figure.value) },
    marks: [
      msg(locale, 'land-ledger.mark-share', { part, whole, value: shareText }) + quoteOf(data.share, locale),
      ...(developed && developedText ? [msg(locale, 'land-ledger.mark-developed', { part, value: developedText }) + quoteOf(developed, locale)] : []),
    ],
    description: [
      msg(locale, developed ? 'land-ledger.description-share' : 'land-ledger.description-share-plain', { part, whole, share: shareText, developed: developedText ?? '' }),
      ...facts.map((f) => f.line),
    ].join(' '),
    texts: { part, whole, share: shareText, developed: developedText, developedPlain: developed ? formatQuantity(developed.value, '%', locale) : undefined, product: productText },
    product,
    facts,
  };
}

export const quoteOf = (figure: FigureInput, locale: Locale) => (figure.quote ? ` ${msg(locale, 'land-ledger.mark-quote', { quote: figure.quote })}` : '');
