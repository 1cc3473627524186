import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import {
  checkLandLedgerData,
  FACT_VALUE_SLOT,
  landLedgerData,
  shareOf,
  type LandArea,
  type LandLedgerData,
  type LandParcel,
  type LandShare,
  type LandShareFact,
  type LedgerTone,
} from '../../data/land-ledger.js';
import type { Problems } from '../../data/validate.js';
import { convertedArea, formatArea, isExactConversion } from '../../format/area.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { formatFigureValue, formatQuantity } from '../../format/units.js';
import type { LabelRun, PlacedRun } from '../../layout/label-runs.js';
import { layoutLandLedger, type LandLedgerLayout } from '../../layout/land-ledger.js';
import { familyOf, roundSignificant, toSquareMetres, type AreaFamily, type LandUnit } from '../../layout/land-units.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { DataTable, FatalView, FrameView, MarkTip, TableCell } from '../base/view.js';
import { landLedgerStyles } from './land-ledger.styles.js';

export type { LandArea, LandLedgerData, LandParcel, LandShare, LandShareFact };

const UNITS = ['auto', 'km2', 'mu', 'm2'] as const;
type UnitChoice = (typeof UNITS)[number];
const FAMILIES: AreaFamily[] = ['km2', 'mu', 'm2'];

/** The numbers a square's label runs show, by run: what each `<text>` carries as `data-value`. */
interface SquareWords {
  runs: LabelRun[];
  values: (number | undefined)[];
  area: FigureInput;
  label: string;
  conversion: string;
  squareMetres: number;
}

interface LandLedgerView extends FrameView {
  geometry: LandLedgerLayout;
  /** By parcel, then square (outer first). */
  words: SquareWords[][];
  tones: LedgerTone[];
  shareValues?: { share: number; developed?: number; notes: (number | undefined)[]; facts: number[] };
  /** `data-mark` of each square, keyed `parcel:index`; the shares take 0 and 1. */
  markOf: Map<string, number>;
}

let bundled: LandLedgerData | undefined;

/**
 * Land as the article counts it, made comparable. Jiangmen's share of the Greater Bay
 * Area (1/6) and its development intensity (under 12%) are shares of a whole whose area
 * the article never gives, so they are drawn as part-of-whole bars, the second bar
 * being Jiangmen's land alone; under them, the article's other number about Jiangmen's
 * room to grow: its transfer platform is one of the 5 the province backs most. Every parcel the article sizes — from Zhongshan's 272 km²
 * of theme parks to Hymson's 1万平方米 plant — is a square whose *area* is proportional
 * to its land; because they span four orders of magnitude, they stand on a zoom ladder,
 * each step enlarging the one before by a stated round factor, and the next step's
 * largest square is drawn dashed at true scale inside the step before. Each area is also
 * given in km², 亩 and m² (1亩 = 10000/15 m²), labelled as derived.
 *
 * @summary Jiangmen's share of the Bay Area's land, and every parcel the article names, to scale by area.
 * @tag land-ledger
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding: Jiangmen's share and how far the parcels' areas differ.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused mark: the area in every unit, and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart: the unit conversions, how the ladder zooms, caveats.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every area in the article's unit and converted to km², 亩 and m².
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Jiangmen's share bars and Jiangmen's parcels (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Zhongshan's parcels.
 * @cssprop --gba-color-shenzhen - Parcels given the `shenzhen` tone.
 * @cssprop --gba-color-context - Parcels given the `context` tone.
 * @cssprop --gba-color-rule - Leader lines to nested squares, and the outline of the whole bar.
 * @cssprop --gba-color-surface - The bars' empty part (the rest of the whole).
 * @cssprop --gba-color-grid - The zoom wedge between the two share bars.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Step headings, derived numbers and notes.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class LandLedger extends GbaElement<LandLedgerData, LandLedgerView> {
  static override styles = [...GbaElement.styles, landLedgerStyles];

  /**
   * The unit every area is also given in, beside the article's own: `auto` (default:
   * km² areas in 亩, 亩 in km² — or m² below 0.1 km² — and m² in 亩), `km2`, `mu` or `m2`.
   */
  @property({ reflect: true }) unit: 'auto' | 'km2' | 'mu' | 'm2' = 'auto';

  /**
   * Your own land, replacing the article's:
   * `{ share?: { whole, part, share: FigureInput (分之 or %), developed?: FigureInput (%), facts?: [{ text, figure: FigureInput }] },
   * parcels: [{ label, area: FigureInput (平方公里 | 平方米 | 万平方米 | 亩 | 万亩), inner?: [{ label, area }], count?, tone?, note? }] }`.
   * Labels are `{ 'zh-Hans', en }`; an inner area may be no larger than the one it lies in. A share's
   * `facts` are up to 4 lines about the part, each `text` holding `{value}` where its figure's number goes.
   */
  @property({ attribute: false }) data?: LandLedgerData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): LandLedgerData {
    return (bundled ??= landLedgerData());
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    checkLandLedgerData(input, problems);
    return problems;
  }

  protected override layout(data: LandLedgerData, context: LayoutContext): LandLedgerView | FatalView {
    const { locale, width } = context;
    const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
    const unit = this.resolveUnit(context);
    const words = data.parcels.map((parcel) => parcelWords(parcel, unit, locale));
    const share = data.share ? shareWords(data.share, locale) : undefined;

    const geometry = layoutLandLedger(
      {
        share: share?.layout,
        areasHeading: text('land-ledger.areas-heading'),
        parcels: words.map((squares) => ({ squares: squares.map((w) => ({ area: w.squareMetres, runs: w.runs })) })),
        stepText: (step, index, count) =>
          index > 0 ? text('land-ledger.step', { step: index + 1, zoom: formatNumber(step.zoom, locale), side: formatNumber(step.sideZoom, locale) })
          : text(count > 1 ? 'land-ledger.step-first' : 'land-ledger.step-one'),
        ghostText: (index) => text('land-ledger.ghost', { step: index + 1 }),
      },
      { width },
    );

    const marks: MarkTip[] = [];
    const markOf = new Map<string, number>();
    if (share && geometry.share) {
      const bars = geometry.share;
      marks.push({ label: share.marks[0], x: bars.partBar.width, y: bars.partBar.y + bars.partBar.height / 2 });
      if (bars.developedBar && share.marks[1]) marks.push({ label: share.marks[1], x: bars.developedBar.width, y: bars.developedBar.y + bars.developedBar.height / 2 });
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
    const byArea = [...outer].sort((a, b) => b.squareMetres - a.squareMetres);
    const notes = [
      ...data.parcels.flatMap((p) => (p.note ? [labelText(p.note, locale)] : [])),
      text(geometry.steps.length > 1 ? 'land-ledger.note-ladder' : 'land-ledger.note-one-step'),
      text('land-ledger.note-conversion'),
      text('derived.note'),
    ];
    return {
      title: text('land-ledger.title'),
      takeaway: takeaway(byArea, share, locale),
      description: [
        share?.description ?? '',
        text('land-ledger.description-parcels', {
          list: byArea.map((w) => `${w.label} ${formatFigureValue(w.area, locale)}`).join(text('land-ledger.list-separator')),
        }),
        geometry.steps.length > 1
          ? text('land-ledger.description-steps', {
              count: geometry.steps.length,
              zooms: geometry.steps.slice(1).map((s) => text('land-ledger.zoom-item', { zoom: formatNumber(s.zoom, locale) })).join(text('land-ledger.list-separator')),
            })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      width: geometry.width,
      height: geometry.height,
      geometry,
      words,
      tones: data.parcels.map((p) => p.tone ?? 'context'),
      shareValues: share?.values,
      markOf,
      marks: marks.map((m) => ({ ...m, x: keepInside(m.x, geometry.width) })),
      table: table(data, words, share, locale),
      notes,
    };
  }

  /** The `unit` to convert into; nonsense falls back to `auto` with a message. */
  private resolveUnit({ locale, badAttribute }: LayoutContext): UnitChoice {
    if ((UNITS as readonly string[]).includes(this.unit)) return this.unit;
    badAttribute('unit', this.unit, msg(locale, 'land-ledger.error.unit'));
    return 'auto';
  }

  protected override renderDrawing(view: LandLedgerView): SVGTemplateResult {
    const { geometry, words, tones, shareValues, markOf } = view;
    const share = geometry.share;
    return svg`
      ${share && shareValues ? svg`<g class="shares">
        ${runText(share.heading)}
        ${runText(share.whole)}
        <rect class="whole-bar" x=${share.wholeBar.x} y=${share.wholeBar.y} width=${share.wholeBar.width} height=${share.wholeBar.height}></rect>
        <rect class="part-bar" data-mark="0" data-value=${shareValues.share} x=${share.partBar.x} y=${share.partBar.y} width=${share.partBar.width} height=${share.partBar.height}></rect>
        ${runText(share.part, shareValues.share)}
        ${share.zoom ? svg`<polygon class="zoom" points=${share.zoom}></polygon>` : nothing}
        ${share.partWholeBar ? svg`<rect class="part-whole-bar" x=${share.partWholeBar.x} y=${share.partWholeBar.y} width=${share.partWholeBar.width} height=${share.partWholeBar.height}></rect>` : nothing}
        ${share.developedBar ? svg`<rect class="developed-bar" data-mark="1" data-value=${shareValues.developed ?? nothing} x=${share.developedBar.x} y=${share.developedBar.y} width=${share.developedBar.width} height=${share.developedBar.height}></rect>` : nothing}
        ${share.developedMarker ? svg`<path class="open-end" d=${share.developedMarker}></path>` : nothing}
        ${share.developed ? runText(share.developed, shareValues.developed) : nothing}
        ${share.notes.map((run, i) => runText(run, shareValues.notes[i]))}
        ${share.facts.map((run, i) => runText(run, shareValues.facts[i], 'fact'))}
      </g>` : nothing}
      ${runText(geometry.areasHeading)}
      ${geometry.steps.map((step) => runText(step.header))}
      ${geometry.squares.map((square) => {
        const w = words[square.parcel][square.index];
        const tone = tones[square.parcel];
        return svg`<g class="parcel tone-${tone}">
          <rect class="square ${square.index ? 'inner' : ''}" data-mark=${markOf.get(`${square.parcel}:${square.index}`) ?? nothing} data-value=${w.area.value}
            x=${square.x} y=${square.y} width=${square.side} height=${square.side}></rect>
          ${square.leader ? svg`<line class="leader" x1=${square.leader.x1} y1=${square.leader.y1} x2=${square.leader.x2} y2=${square.leader.y2}></line>` : nothing}
          ${square.runs.map((run) => runText(run, w.values[run.source]))}
        </g>`;
      })}
      ${geometry.steps.map((step) => (step.ghost ? svg`<rect class="ghost" x=${step.ghost.x} y=${step.ghost.y} width=${step.ghost.width} height=${step.ghost.height}></rect>` : nothing))}
      ${geometry.steps.map((step) => (step.ghostLabel ? runText(step.ghostLabel) : nothing))}
    `;
  }
}

/** The words of a parcel's squares (outer, then inner): name, count, the article's value, the conversion. */
function parcelWords(parcel: LandParcel, unit: UnitChoice, locale: Locale): SquareWords[] {
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
function conversionText(squareMetres: number, family: AreaFamily, area: FigureInput, locale: Locale): string {
  const value = formatArea(squareMetres, family, locale, area.qualifier);
  if (area.qualifier) return msg(locale, 'land-ledger.converted', { value });
  return msg(locale, isExactConversion(squareMetres, family) ? 'land-ledger.equals' : 'land-ledger.approx', { value });
}

/** Which unit a label converts into: the reader's choice, or in `auto` the one that reads best. */
function targetFamily(unit: LandUnit, squareMetres: number, choice: UnitChoice): AreaFamily | undefined {
  const own = familyOf(unit);
  if (choice !== 'auto') return choice === own ? undefined : choice;
  if (own === 'mu') return squareMetres >= 1e5 ? 'km2' : 'm2';
  return 'mu';
}

interface ShareWords {
  layout: NonNullable<Parameters<typeof layoutLandLedger>[0]['share']>;
  values: { share: number; developed?: number; notes: (number | undefined)[]; facts: number[] };
  marks: string[];
  description: string;
  texts: { part: string; whole: string; share: string; developed?: string; product?: string };
  product?: number;
  /** Each fact's line and its number as written, in the order given. */
  facts: { line: string; value: string; figure: FigureInput }[];
}

function shareWords(data: LandShare, locale: Locale): ShareWords {
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

/** A mark's focus ring (r = 10) stays inside the drawing, even at a bar's full length. */
const keepInside = (x: number, width: number) => Math.max(10, Math.min(width - 10, x));

const quoteOf = (figure: FigureInput, locale: Locale) => (figure.quote ? ` ${msg(locale, 'land-ledger.mark-quote', { quote: figure.quote })}` : '');

/** The finding: the share, and how many times the largest parcel is the smallest. */
function takeaway(byArea: SquareWords[], share: ShareWords | undefined, locale: Locale): string {
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

function table(data: LandLedgerData, words: SquareWords[][], share: ShareWords | undefined, locale: Locale): DataTable {
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

/** One run of a label as SVG text, its lines as tspans; `value` when the run shows a number. */
function runText(run: PlacedRun & { inside?: boolean }, value?: number, extra = ''): SVGTemplateResult {
  return svg`<text class="run ${run.kind} ${run.inside ? 'inside' : ''} ${extra}" x=${run.x} y=${run.y} data-value=${value ?? nothing}>${run.lines.map(
    (line, i) => svg`<tspan x=${run.x} dy=${i === 0 ? 0 : run.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'land-ledger': LandLedger;
  }
}
