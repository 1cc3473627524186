// The view of <land-ledger>: the squares' geometry and every sentence around them, for one
// language and width. A pure function of the data and the resolved attributes: the element
// resolves attributes and calls it.
import { labelText } from '../../data/dataset.js';
import type { LandLedgerData, LedgerTone } from '../../data/land-ledger.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutLandLedger, type LandLedgerLayout } from '../../layout/land-ledger.js';
import type { FrameView, MarkTip } from '../base/view.js';
import { ledgerAbout, ledgerTable } from './land-ledger.table.js';
import { parcelWords, shareWords, type SquareWords, type UnitChoice } from './land-ledger.words.js';

export interface LandLedgerParams {
  /** The unit every area is also given in. */
  unit: UnitChoice;
  /** Draw the share bars above the squares. */
  shares: boolean;
}

export interface LandLedgerViewContext {
  width: number;
  locale: Locale;
  /** True when the article's own land is drawn: the title and takeaway state its finding. */
  bundled: boolean;
}

export interface LandLedgerView extends FrameView {
  geometry: LandLedgerLayout;
  /** By parcel, then square (outer first). */
  words: SquareWords[][];
  tones: LedgerTone[];
  /** The numbers the share bars and their lines show, when drawn. */
  shareValues?: { share: number; developed?: number; facts: number[] };
  /** `data-mark` of each square, keyed `parcel:index`; drawn shares take 0 and 1. */
  markOf: Map<string, number>;
}

/** Geometry and words of <land-ledger>. */
export function landLedgerView(data: LandLedgerData, { unit, shares }: LandLedgerParams, { width, locale, bundled }: LandLedgerViewContext): LandLedgerView {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const words = data.parcels.map((parcel) => parcelWords(parcel, unit, locale));
  const tableOnly = (data.tableOnly ?? []).map((parcel) => parcelWords(parcel, unit, locale));
  const share = data.share ? shareWords(data.share, locale) : undefined;
  const drawShare = shares && share ? share : undefined;

  const geometry = layoutLandLedger(
    {
      share: drawShare?.layout,
      areasHeading: text('land-ledger.areas-heading'),
      parcels: words.map((squares) => ({ areas: squares.map((w) => w.squareMetres), runs: squares.flatMap((w) => w.runs) })),
    },
    { width },
  );

  const marks: MarkTip[] = [];
  const markOf = new Map<string, number>();
  if (drawShare && geometry.share) {
    const bars = geometry.share;
    marks.push({ label: drawShare.marks[0], x: bars.partBar.width, y: bars.partBar.y + bars.partBar.height / 2 });
    if (bars.developedBar && drawShare.marks[1]) marks.push({ label: drawShare.marks[1], x: bars.developedBar.width, y: bars.developedBar.y + bars.developedBar.height / 2 });
  }
  for (const square of geometry.squares) {
    const w = words[square.parcel][square.index];
    markOf.set(`${square.parcel}:${square.index}`, marks.length);
    const quote = w.area.quote ? ` ${text('land-ledger.mark-quote', { quote: w.area.quote })}` : '';
    marks.push({
      label: text('land-ledger.mark-area', { label: w.label, value: formatFigureValue(w.area, locale), conversions: w.conversion }) + quote,
      x: square.x + square.side,
      y: square.y,
    });
  }

  const outer = words.map((squares) => squares[0]);
  const largest = [...outer].sort((a, b) => b.squareMetres - a.squareMetres)[0];
  const list = outer.map((w) => `${w.label} ${formatFigureValue(w.area, locale)}`).join(text('land-ledger.list-separator'));
  const custom = data.source ? labelText(data.source, locale) : null;
  return {
    title: text(bundled ? 'land-ledger.title' : 'land-ledger.title-custom'),
    takeaway: bundled ? text('land-ledger.takeaway') : text('land-ledger.takeaway-custom', { name: largest.label, value: formatFigureValue(largest.area, locale) }),
    description: [drawShare?.description ?? '', text('land-ledger.description-parcels', { list })].filter(Boolean).join(' '),
    width: geometry.width,
    height: geometry.height,
    geometry,
    words,
    tones: data.parcels.map((p) => p.tone ?? 'context'),
    shareValues: drawShare?.values,
    markOf,
    marks: marks.map((m) => ({ ...m, x: keepInside(m.x, geometry.width) })),
    table: () => ledgerTable(data, { drawn: words, tableOnly }, share, locale),
    notes: [text('land-ledger.note')],
    about: ledgerAbout(data, share, locale),
    // The article is credited for its own land only; a reader's data names its source or none.
    ...(bundled ? {} : { source: custom }),
  };
}

/** A mark's focus ring (r = 10) stays inside the drawing, even at a bar's full length. */
const keepInside = (x: number, width: number) => Math.max(10, Math.min(width - 10, x));
