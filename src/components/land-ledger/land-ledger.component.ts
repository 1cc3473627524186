import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import {
  checkLandLedgerData,
  landLedgerData,
  type LandArea,
  type LandLedgerData,
  type LandParcel,
  type LandShare,
  type LandShareFact,
  type LedgerTone,
} from '../../data/land-ledger.js';
import type { Problems } from '../../data/validate.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import type { PlacedRun } from '../../layout/label-runs.js';
import { layoutLandLedger, type LandLedgerLayout } from '../../layout/land-ledger.js';
import { labelRunStyles } from '../../styles/label-runs.styles.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView, MarkTip } from '../base/view.js';
import { landLedgerStyles } from './land-ledger.styles.js';
import { parcelWords, shareWords, table, takeaway, UNITS, type SquareWords, type UnitChoice } from './land-ledger.words.js';
import { messages as landLedgerMessages } from '../../generated/messages/land-ledger.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(landLedgerMessages);

export type { LandArea, LandLedgerData, LandParcel, LandShare, LandShareFact };

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
  static override styles = [...GbaElement.styles, toneStyles, labelRunStyles, landLedgerStyles];

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
      table: () => table(data, words, share, locale),
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

/** A mark's focus ring (r = 10) stays inside the drawing, even at a bar's full length. */
const keepInside = (x: number, width: number) => Math.max(10, Math.min(width - 10, x));

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
