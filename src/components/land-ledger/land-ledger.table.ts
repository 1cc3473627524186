// The data table and the "About the data" paragraphs of <land-ledger>: every area the
// drawing shows or leaves out, its conversions, the shares, and each doubt, in one language.
import { labelText } from '../../data/dataset.js';
import type { LandLedgerData, LandParcel } from '../../data/land-ledger.js';
import { formatArea } from '../../format/area.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatFigureValue } from '../../format/units.js';
import { familyOf, type AreaFamily, type LandUnit } from '../../standards/land-units.js';
import type { DataTable, TableCell } from '../base/view.js';
import { convertible, shownConversion, type ShareWords, type SquareWords } from './land-ledger.words.js';

/**
 * The table converts into the two units the drawing is read in. m², the unit of plant
 * floors, is in every tooltip and the `unit="m2"` labels: as a third column of seven-digit
 * numbers it squeezed the names to a word a line on a phone.
 */
const COLUMNS: AreaFamily[] = ['km2', 'mu'];

/** One row per area (drawn parcels, then those in the table only), the shares first. */
export function ledgerTable(
  data: LandLedgerData,
  words: { drawn: SquareWords[][]; tableOnly: SquareWords[][] },
  share: ShareWords | undefined,
  locale: Locale,
): DataTable {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const rows: TableCell[][] = [];
  const blank = (): TableCell[] => COLUMNS.map(() => ({ text: '' }));
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
  const parcelRows = (parcel: LandParcel, squares: SquareWords[], shown: boolean) => {
    squares.forEach((w, i) => {
      const own = familyOf(w.area.unit as LandUnit);
      const name = i === 0 ? w.label : text('land-ledger.row-inner', { outer: squares[0].label, inner: w.label });
      rows.push([
        { text: shown ? name : text('land-ledger.row-not-drawn', { label: name }) },
        { text: formatFigureValue(w.area, locale), value: w.area.value, figure: w.area.id },
        ...COLUMNS.map((f): TableCell => {
          if (f === own) return { text: '—' };
          const text = formatArea(convertible(w.squareMetres, f, w.area), f, locale, w.area.qualifier ? 'about' : undefined);
          return { text, value: shownConversion(w.squareMetres, f, w.area) };
        }),
      ]);
    });
    if (parcel.count) {
      rows.push([{ text: text('land-ledger.row-count', { label: squares[0].label }) }, { text: formatFigureValue(parcel.count, locale), value: parcel.count.value, figure: parcel.count.id }, ...blank()]);
    }
  };
  data.parcels.forEach((parcel, p) => parcelRows(parcel, words.drawn[p], true));
  (data.tableOnly ?? []).forEach((parcel, p) => parcelRows(parcel, words.tableOnly[p], false));
  return {
    columns: [
      { label: text('column.item') },
      { label: text('land-ledger.column.article'), numeric: true },
      { label: text('land-ledger.column.km2'), numeric: true },
      { label: text('land-ledger.column.mu'), numeric: true },
    ],
    rows,
  };
}

/**
 * The disclosure's paragraphs: how to read the squares, how units convert, the shares
 * (with what is derived from them), then each parcel's doubt and why some are not drawn.
 */
export function ledgerAbout(data: LandLedgerData, share: ShareWords | undefined, locale: Locale): string[] {
  const about = [msg(locale, 'land-ledger.about-scale'), msg(locale, 'land-ledger.about-conversion') + sep(locale) + msg(locale, 'derived.note')];
  if (share) {
    const { part, whole, share: shareText, developed, developedPlain, product } = share.texts;
    about.push(
      developed && product
        ? msg(locale, 'land-ledger.about-share', { part, whole, share: shareText, developed, plain: developedPlain ?? developed, product })
        : msg(locale, 'land-ledger.about-share-plain', { part, whole, share: shareText }),
    );
  }
  for (const parcel of [...data.parcels, ...(data.tableOnly ?? [])]) {
    if (parcel.note) about.push(labelText(parcel.note, locale));
  }
  return about;
}

/** Two sentences run on: no space in Chinese, one in English. */
const sep = (locale: Locale) => (locale.script === 'en' ? ' ' : '');
