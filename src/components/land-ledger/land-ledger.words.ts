// The words of <land-ledger>: each square's label runs, the shares, the takeaway and the
// table, in one language. Pure functions: the element only calls them.
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { FACT_VALUE_SLOT, shareOf, type LandLedgerData, type LandParcel, type LandShare } from '../../data/land-ledger.js';
import { convertedArea, formatArea, isExactConversion } from '../../format/area.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { formatFigureValue, formatQuantity } from '../../format/units.js';
import type { LabelRun } from '../../layout/label-runs.js';
import type { layoutLandLedger } from '../../layout/land-ledger.js';
import { familyOf, roundSignificant, toSquareMetres, type AreaFamily, type LandUnit } from '../../layout/land-units.js';
import type { DataTable, TableCell } from '../base/view.js';

export const UNITS = ['auto', 'km2', 'mu', 'm2'] as const;
export type UnitChoice = (typeof UNITS)[number];
const FAMILIES: AreaFamily[] = ['km2', 'mu', 'm2'];

/** The numbers a square's label runs show, by run: what each `<text>` carries as `data-value`. */
export interface SquareWords {
  runs: LabelRun[];
  values: (number | undefined)[];
  area: FigureInput;
  label: string;
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
    const family = targetFamily(area.unit as LandUnit, squareMetres, unit);
    const runs: LabelRun[] = [{ text: label, kind: i === 0 ? 'name' : 'value' }];
    const values: (number | undefined)[] = [undefined];
    if (i === 0 && parcel.count) {
      runs.push({ text: msg(locale, 'land-ledger.count', { count: formatFigureValue(parcel.count, locale) }), kind: 'value' });
      values.push(parcel.count.value);
    }
    runs.push({ text: formatFigureValue(area, locale), kind: 'value' });
    values.push(area.value);
    let conversion = '';
    if (family) {
      conversion = conversionText(squareMetres, family, area, locale);
      runs.push({ text: conversion, kind: 'derived' });
      values.push(convertedArea(squareMetres, family));
    }
    const all = FAMILIES.filter((f) => f !== familyOf(area.unit as LandUnit)).map((f) => conversionText(squareMetres, f, area, locale));
    return { runs, values, area, label, conversion: all.join(msg(locale, 'land-ledger.conversion-separator')), squareMetres };
  });
}

/** "= 40.8万亩（推算）", "≈ 8.27平方公里（推算）", "超4.67万平方米（推算）" — "=" only when exact, no sign after a hedge. */
export function conversionText(squareMetres: number, family: AreaFamily, area: FigureInput, locale: Locale): string {
  const value = formatArea(squareMetres, family, locale, area.qualifier);
  if (area.qualifier) return msg(locale, 'land-ledger.converted', { value });
  return msg(locale, isExactConversion(squareMetres, family) ? 'land-ledger.equals' : 'land-ledger.approx', { value });
}

/** Which unit a label converts into: the reader's choice, or in `auto` the one that reads best. */
export function targetFamily(unit: LandUnit, squareMetres: number, choice: UnitChoice): AreaFamily | undefined {
  const own = familyOf(unit);
  if (choice !== 'auto') return choice === own ? undefined : choice;
  if (own === 'mu') return squareMetres >= 1e5 ? 'km2' : 'm2';
  return 'mu';
}

export interface ShareWords {
  layout: NonNullable<Parameters<typeof layoutLandLedger>[0]['share']>;
  values: { share: number; developed?: number; notes: (number | undefined)[]; facts: number[] };
  marks: string[];
  description: string;
  texts: { part: string; whole: string; share: string; developed?: string; product?: string };
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
  const notes: LabelRun[] = [];
  const noteValues: (number | undefined)[] = [];
  let product: number | undefined;
  let productText: string | undefined;
  if (developed && developedText) {
    notes.push({ text: msg(locale, 'land-ledger.developed-note', { part, whole, value: developedText }), kind: 'note' });
    noteValues.push(undefined);
    product = roundSignificant(shareOf(data.share) * developed.value, 3);
    productText = formatQuantity(product, '%', locale, developed.qualifier);
    const plain = formatQuantity(developed.value, '%', locale);
    notes.push({ text: msg(locale, 'land-ledger.developed-of-whole', { part, whole, product: productText, share: shareText, developed: plain }), kind: 'derived' });
    noteValues.push(product);
  }
  const facts = (data.facts ?? []).map(({ text, figure }) => {
    const value = formatFigureValue(figure, locale);
    return { line: labelText(text, locale).replace(FACT_VALUE_SLOT, value), value, figure };
  });
  const open = developed?.qualifier === 'under' || developed?.qualifier === 'nearly' ? 'less' : developed?.qualifier === 'over' || developed?.qualifier === 'more-than' ? 'more' : undefined;
  return {
    layout: {
      share: shareOf(data.share),
      developed: developed ? shareOf(developed) : undefined,
      developedOpen: open,
      heading: msg(locale, 'land-ledger.share-heading'),
      whole: msg(locale, 'land-ledger.share-whole', { whole }),
      part: msg(locale, 'land-ledger.share-part', { part, share: shareText }),
      developedText: developedText ? msg(locale, 'land-ledger.developed', { part, value: developedText }) : undefined,
      notes,
      facts: facts.map((f) => ({ text: f.line, kind: 'value' as const })),
    },
    values: { share: data.share.value, developed: developed?.value, notes: noteValues, facts: facts.map((f) => f.figure.value) },
    marks: [
      msg(locale, 'land-ledger.mark-share', { part, whole, value: shareText }) + quoteOf(data.share, locale),
      ...(developed && developedText ? [msg(locale, 'land-ledger.mark-developed', { part, value: developedText }) + quoteOf(developed, locale)] : []),
    ],
    description: [
      msg(locale, developed ? 'land-ledger.description-share' : 'land-ledger.mark-share', { part, whole, share: shareText, value: shareText, developed: developedText ?? '' }),
      ...facts.map((f) => msg(locale, 'land-ledger.description-fact', { line: f.line })),
    ].join(' '),
    texts: { part, whole, share: shareText, developed: developedText, product: productText },
    product,
    facts,
  };
}

export const quoteOf = (figure: FigureInput, locale: Locale) => (figure.quote ? ` ${msg(locale, 'land-ledger.mark-quote', { quote: figure.quote })}` : '');

/** The finding: the share, and how many times the largest parcel is the smallest. */
export function takeaway(byArea: SquareWords[], share: ShareWords | undefined, locale: Locale): string {
  const largest = byArea[0];
  const smallest = byArea[byArea.length - 1];
  if (byArea.length === 1 || !largest || !smallest || smallest.squareMetres <= 0) {
    return msg(locale, 'land-ledger.takeaway-one', { name: largest?.label ?? '', value: largest ? formatFigureValue(largest.area, locale) : '' });
  }
  const ratio = roundSignificant(largest.squareMetres / smallest.squareMetres, 3);
  const params = {
    largest: formatFigureValue(largest.area, locale),
    smallest: formatFigureValue(smallest.area, locale),
    ratio: locale.script !== 'en' && ratio >= 1e4 ? msg(locale, 'land-ledger.wan', { value: formatNumber(ratio / 1e4, locale) }) : formatNumber(ratio, locale),
  };
  if (!share?.texts.developed) return msg(locale, 'land-ledger.takeaway-no-share', params);
  return msg(locale, 'land-ledger.takeaway', { ...params, part: share.texts.part, whole: share.texts.whole, share: share.texts.share, developed: share.texts.developed });
}

export function table(data: LandLedgerData, words: SquareWords[][], share: ShareWords | undefined, locale: Locale): DataTable {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const rows: TableCell[][] = [];
  const blank = (): TableCell[] => FAMILIES.map(() => ({ text: '' }));
  if (data.share && share) {
    rows.push([{ text: labelText(data.share.share.label, locale) }, { text: share.texts.share, value: data.share.share.value, figure: data.share.share.id }, ...blank()]);
    const developed = data.share.developed;
    if (developed && share.texts.developed) {
      rows.push([{ text: labelText(developed.label, locale) }, { text: share.texts.developed, value: developed.value, figure: developed.id }, ...blank()]);
      if (share.product !== undefined && share.texts.product) {
        rows.push([{ text: text('land-ledger.row-derived', { part: share.texts.part, whole: share.texts.whole }) }, { text: share.texts.product, value: share.product }, ...blank()]);
      }
    }
    for (const { value, figure } of share.facts) {
      rows.push([{ text: labelText(figure.label, locale) }, { text: value, value: figure.value, figure: figure.id }, ...blank()]);
    }
  }
  data.parcels.forEach((parcel, p) => {
    words[p].forEach((w, i) => {
      const own = familyOf(w.area.unit as LandUnit);
      rows.push([
        { text: i === 0 ? w.label : text('land-ledger.row-inner', { outer: words[p][0].label, inner: w.label }) },
        { text: formatFigureValue(w.area, locale), value: w.area.value, figure: w.area.id },
        ...FAMILIES.map((f): TableCell => (f === own ? { text: '—' } : { text: formatArea(w.squareMetres, f, locale, w.area.qualifier), value: convertedArea(w.squareMetres, f) })),
      ]);
    });
    if (parcel.count) {
      rows.push([{ text: text('land-ledger.row-count', { label: words[p][0].label }) }, { text: formatFigureValue(parcel.count, locale), value: parcel.count.value, figure: parcel.count.id }, ...blank()]);
    }
  });
  return {
    columns: [
      { label: text('column.item') },
      { label: text('land-ledger.column.article'), numeric: true },
      { label: text('land-ledger.column.km2'), numeric: true },
      { label: text('land-ledger.column.mu'), numeric: true },
      { label: text('land-ledger.column.m2'), numeric: true },
    ],
    rows,
  };
}
