import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import {
  type LandArea,
  type LandLedgerData,
  type LandParcel,
  type LandShare,
  type LandShareFact,
} from '../../data/land-ledger.js';
import { landLedgerData } from './land-ledger.bundled.js';
import { addMessages, msg } from '../../format/messages.js';
import type { PlacedRun } from '../../layout/label-runs.js';
import { labelRunStyles } from '../../styles/label-runs.styles.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { landLedgerStyles } from './land-ledger.styles.js';
import { landLedgerView, type LandLedgerView } from './land-ledger.view.js';
import { UNITS, type UnitChoice } from './land-ledger.words.js';
import { messages as landLedgerMessages } from '../../generated/messages/land-ledger.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(landLedgerMessages);

export type { LandArea, LandLedgerData, LandParcel, LandShare, LandShareFact };

let articleData: LandLedgerData | undefined;

/**
 * Land ready for industry, on one scale. Every parcel is a square whose *area* is
 * proportional to its land, all on one scale and standing on a common baseline, so the
 * eye compares like with like: Zhongshan's prepared and transferable industrial land,
 * the Shenzhen–Jiangmen zone's start-up area (its usable land nested inside) and its
 * prepared land, and one project's site for a sense of size. Each label gives the
 * article's number and one conversion (1 km² = 1500亩), marked ≈ or =. What the drawing
 * leaves out — Jiangmen's share of the Bay Area's land (drawn with `shares`), the 272 km²
 * of planned theme parks, Hymson's plant floor — is in the table, and every doubt and
 * derivation in "About the data".
 *
 * @summary The land ready for industry in Zhongshan and the Shenzhen–Jiangmen zone, and one project's site, as squares on one scale.
 * @tag land-ledger
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding: what to compare among the squares.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused mark: the area in every unit, and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - The line under the chart: one scale, and which numbers are conversions.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every area, drawn or not, in the article's unit and converted to km², 亩 and m²; the shares.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Jiangmen's share bars and Jiangmen's parcels (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Zhongshan's parcels.
 * @cssprop --gba-color-shenzhen - Parcels given the `shenzhen` tone.
 * @cssprop --gba-color-context - Parcels given the `context` tone.
 * @cssprop --gba-color-rule - The outline of the whole bar (with `shares`).
 * @cssprop --gba-color-surface - The share bars' empty part (the rest of the whole).
 * @cssprop --gba-color-grid - The wedge between the two share bars.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Converted (derived) numbers and notes.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class LandLedger extends GbaElement<LandLedgerData, LandLedgerView> {
  static override styles = [...GbaElement.styles, toneStyles, labelRunStyles, landLedgerStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<LandLedgerData> = { bundled: () => (articleData ??= landLedgerData()), check: () => import('../../data/land-ledger.check.js').then((m) => m.checkLandLedgerData) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    unit: { reflect: true },
    shares: { type: Boolean, reflect: true },
  };

  /**
   * The unit every area is also given in, beside the article's own: `auto` (default:
   * km² areas in 亩, 亩 in km², m² in 亩), `km2`, `mu` or `m2`.
   */
  unit: 'auto' | 'km2' | 'mu' | 'm2' = 'auto';

  /**
   * Also draw the data's share of a whole above the squares (for the article: Jiangmen is
   * 1/6 of the Bay Area's land, under 12% of it developed). Off by default: the shares are
   * always in the table and "About the data".
   */
  shares = false;

  /**
   * Your own land, replacing the article's:
   * `{ share?: { whole, part, share: FigureInput (分之 or %), developed?: FigureInput (%), facts?: [{ text, figure: FigureInput }] },
   * parcels: [{ label, area: FigureInput (平方公里 | 平方米 | 万平方米 | 亩 | 万亩), inner?: [{ label, area }], count?, tone?, note? }],
   * tableOnly?: [parcel…], source?: label }`.
   * Labels are `{ 'zh-Hans', en }`; an inner area may be no larger than the one it lies in. A share's
   * `facts` are up to 4 lines about the part, each `text` holding `{value}` where its figure's number goes.
   * `tableOnly` parcels are listed in the table, not drawn; a parcel's `note` goes to "About the data".
   * `source` is credited under the chart; without it, no source line.
   */
  override data?: LandLedgerData;

  protected override layout(data: LandLedgerData, context: LayoutContext): LandLedgerView | FatalView {
    const { locale, width } = context;
    return landLedgerView(data, { unit: this.resolveUnit(context), shares: this.shares }, { width, locale, bundled: context.bundled });
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
        ${runText(share.whole)}
        <rect class="whole-bar" x=${share.wholeBar.x} y=${share.wholeBar.y} width=${share.wholeBar.width} height=${share.wholeBar.height}></rect>
        <rect class="part-bar" data-mark="0" data-value=${shareValues.share} x=${share.partBar.x} y=${share.partBar.y} width=${share.partBar.width} height=${share.partBar.height}></rect>
        ${runText(share.part, shareValues.share)}
        ${share.zoom ? svg`<polygon class="zoom" points=${share.zoom}></polygon>` : nothing}
        ${share.partWholeBar ? svg`<rect class="part-whole-bar" x=${share.partWholeBar.x} y=${share.partWholeBar.y} width=${share.partWholeBar.width} height=${share.partWholeBar.height}></rect>` : nothing}
        ${share.developedBar ? svg`<rect class="developed-bar" data-mark="1" data-value=${shareValues.developed ?? nothing} x=${share.developedBar.x} y=${share.developedBar.y} width=${share.developedBar.width} height=${share.developedBar.height}></rect>` : nothing}
        ${share.developedMarker ? svg`<path class="open-end" d=${share.developedMarker}></path>` : nothing}
        ${share.developed ? runText(share.developed, shareValues.developed) : nothing}
        ${share.facts.map((run, i) => runText(run, shareValues.facts[i], 'fact'))}
      </g>` : nothing}
      ${geometry.areasHeading ? runText(geometry.areasHeading) : nothing}
      ${geometry.squares.map((square) => {
        const w = words[square.parcel][square.index];
        return svg`<rect class="square tone-${tones[square.parcel]} ${square.index ? 'inner' : ''}" data-mark=${markOf.get(`${square.parcel}:${square.index}`) ?? nothing}
          data-value=${w.area.value} data-unit=${w.area.unit} x=${square.x} y=${square.y} width=${square.side} height=${square.side}></rect>`;
      })}
      ${geometry.labels.map((label) => {
        const values = words[label.parcel].flatMap((w) => w.values);
        return svg`<g class="label">${label.runs.map((run) => runText(run, values[run.source]))}</g>`;
      })}
    `;
  }
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
