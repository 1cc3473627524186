import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  bundledGdpPathData,
  checkGdpPathAttributes,
  GDP_PATH_FIGURES,
  gdpPathFigure,
  type GdpPathAttributeProblem,
  type GdpPathAttributeReason,
  type GdpPathData,
} from '../../data/gdp-path-data.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { SWATCH } from '../../layout/gdp-path-legend.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { shape, text } from './gdp-path.marks.js';
import { gdpPathStyles } from './gdp-path.styles.js';
import { gdpPathView, type GdpPathView } from './gdp-path.view.js';
import { messages as gdpPathMessages } from '../../generated/messages/gdp-path.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(gdpPathMessages);

export type { GdpPathBenchmark, GdpPathData } from '../../data/gdp-path-data.js';

/** `detail` of `gba-scenario-change`: the growth chosen (percent a year) and the year the target is met then (null: not within 50 years). */
export interface GdpPathScenarioDetail {
  growth: number;
  yearReached: number | null;
}

/** A numeric attribute: words that are no number become NaN so the widget can say so. "7%" reads as 7. */
const numberAttribute = {
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value.trim().replace(/%$/, ''))),
};

const SLIDER = { min: 0, max: 15, step: 0.1 };

/** The words for each reason an attribute was not used. */
const REASONS: Record<GdpPathAttributeReason, MessageKey> = {
  whole: 'gdp-path.attribute.whole',
  positive: 'gdp-path.attribute.positive',
  range: 'attribute.range',
  below: 'gdp-path.attribute.below',
  above: 'gdp-path.attribute.above',
  growth: 'gdp-path.attribute.growth',
};

/** Why an attribute was not used, in the reader's words. */
function attributeWords({ reason, limits = {} }: GdpPathAttributeProblem, locale: Locale): string {
  return msg(locale, REASONS[reason], Object.fromEntries(Object.entries(limits).map(([k, v]) => [k, formatNumber(v, locale, 4)])));
}

/**
 * Jiangmen's road from 4022.5亿元 (2023) towards a 1万亿 GDP, as its plan sets it: by
 * default the path grows at the rate that doubles GDP in about ten years (≈7.18 %, derived),
 * so it reaches the doubling (8045亿元) about 2033 and 1万亿 about 2037. Beside it, thin and
 * dashed, the path that would reach 1万亿 by 2033 (≈9.54 %, derived). Each 1000亿元 step is
 * marked in the year the path passes it, and the doubling is ringed and labelled where the
 * line meets it. One note sets the climb beside Dongguan's; every derivation and assumption
 * is in the "About the data" disclosure. With `interactive`, a slider (starting at the plan's
 * rate) lets the reader try another growth and says, as a condition, when the path doubles
 * and meets the target.
 *
 * @summary Projected GDP path to a target, with the growth it takes.
 * @tag gdp-path
 *
 * @event {CustomEvent<GdpPathScenarioDetail>} gba-scenario-change - The reader moved the growth slider. `detail: { growth, yearReached }`: percent a year, and the year the target is reached at that rate (`null`: not within 50 years).
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The two derived growth rates (to double, to reach the target in `years`) in one sentence.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart controls - The box holding the slider and the scenario sentence.
 * @csspart slider - The growth `<input type="range">` (with `interactive`).
 * @csspart scenario - The sentence saying when, at the chosen growth, the path doubles and meets the target.
 * @csspart notes - The one-line comparison with Dongguan.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-accent - Colour of the projected path and its marks.
 * @cssprop --gba-color-context - Colour of the reference lines (doubling, target) and of the comparison path.
 * @cssprop --gba-color-grid - Colour of the gridlines.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Secondary text colour (ticks, notes).
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class GdpPath extends GbaElement<GdpPathData, GdpPathView> {
  static override styles = [...GbaElement.styles, gdpPathStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<GdpPathData> = { bundled: bundledGdpPathData, check: () => import('../../data/gdp-path-data.check.js').then((m) => m.checkGdpPathData) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    growth: { converter: numberAttribute },
    target: { converter: numberAttribute },
    years: { converter: numberAttribute },
    baseYear: { attribute: 'base-year', converter: numberAttribute },
    baseValue: { attribute: 'base-value', converter: numberAttribute },
    interactive: { type: Boolean, reflect: true },
  };

  /** Yearly growth in percent, e.g. `7` or `7.5`. Default: the plan's, the rate that doubles GDP in `years` (derived, ≈7.18). */
  growth?: number;

  /** GDP to reach, in 亿元 (100 million yuan). Default: the data's, 10000 (1万亿元). */
  target?: number;

  /** Years the plan spans (the default growth doubles GDP in them; the comparison meets `target` in them), 1–50. Default: the data's, 10. */
  years?: number;

  /** Year of the actual figure the path starts from. Default: the data's, 2023. */
  baseYear?: number;

  /** GDP in the base year, in 亿元. Default: the data's, 4022.5. */
  baseValue?: number;

  /** Adds a labelled slider for the yearly growth and a live sentence saying when the target is reached. */
  interactive = false;

  /** Another city's road, replacing Jiangmen's: `{ city: { 'zh-Hans', en }, baseYear, baseValue, target, years, benchmark? }` (money in 亿元). */
  override data?: GdpPathData;

  /** Set by the slider: the next update announces the scenario it draws. */
  private announceScenario = false;

  protected override layout(data: GdpPathData, { width, locale, bundled, badAttribute }: LayoutContext): GdpPathView | FatalView {
    const { growth, target, years, baseYear, baseValue } = this;
    const { params, problems } = checkGdpPathAttributes(data, { growth, target, years, baseYear, baseValue });
    // The message quotes what the editor wrote ("abc"), not the NaN it became.
    for (const problem of problems) badAttribute(problem.attribute, this.getAttribute(problem.attribute) ?? problem.value, attributeWords(problem, locale));
    if (![params.baseYear, params.baseValue, params.target, params.years].every(Number.isFinite)) {
      const missing = Object.values(GDP_PATH_FIGURES).filter((id) => !gdpPathFigure(id));
      return { error: msg(locale, 'gdp-path.error.dataset', { ids: missing.join(', ') }) };
    }
    return gdpPathView(data, params, { width, locale, bundled });
  }

  protected override renderDrawing(view: GdpPathView): SVGTemplateResult {
    const g = view.geometry;
    const { plot, scenario } = g;
    const { target } = view.params;
    return svg`<g class="gdp-path">
      ${g.grid.map((y) => svg`<line class="grid" x1=${plot.x0} x2=${plot.x1} y1=${y} y2=${y}></line>`)}
      ${g.yTicks.map((t) => text(t, 'tick'))}
      ${g.xTicks.map((t) => text(t, 'tick'))}
      ${text(g.unitLabel, 'tick')}
      <line class="ref doubling" x1=${plot.x0} x2=${plot.x1} y1=${g.doublingLine.y} y2=${g.doublingLine.y}></line>
      <line class="ref target" x1=${plot.x0} x2=${plot.x1} y1=${g.targetLine.y} y2=${g.targetLine.y}></line>
      ${g.doublingLine.labels.map((line) => text(line, 'label ref-label doubling', scenario.doubling))}
      ${text(g.targetLine.label, 'label ref-label target', target)}
      ${g.comparison
        ? svg`<path class="comparison" d=${g.comparison.path}></path>
          ${g.comparison.labels.map((line) => text(line, 'label comparison-label'))}`
        : nothing}
      ${g.path ? svg`<path class="projection" d=${g.path}></path>` : nothing}
      ${g.marks.map((m, i) => svg`<g class="mark ${m.kind}" data-mark=${i}>
        ${shape(m)}
        ${text(m.label, `label ${m.kind === 'actual' ? 'story' : m.kind}`, m.kind === 'actual' || m.kind === 'end' ? m.value : m.year)}
      </g>`)}
      ${g.legend.map(
        (item) => svg`<g class="legend">
          ${item.swatch === 'marker'
            ? shape({ kind: 'threshold', x: item.x + SWATCH / 2, y: item.y - 4 })
            : svg`<line class=${item.swatch === 'line' ? 'projection' : 'comparison'} x1=${item.x} x2=${item.x + SWATCH} y1=${item.y - 4} y2=${item.y - 4}></line>`}
          ${item.lines.map((line) => text(line, ''))}
        </g>`,
      )}
    </g>`;
  }

  protected override renderControls(view: GdpPathView): TemplateResult {
    // The slider speaks percent, as the `growth` attribute does.
    const growth = view.params.rate * 100;
    const min = Math.min(SLIDER.min, Math.floor(growth));
    const max = Math.max(SLIDER.max, Math.ceil(growth));
    return html`<div part="controls" class="controls">
      ${this.interactive
        ? html`<label class="slider-label" for="growth">${msg(this.locale, 'gdp-path.slider')}</label>
            <input
              part="slider"
              id="growth"
              type="range"
              min=${min}
              max=${max}
              step=${SLIDER.step}
              .value=${String(growth)}
              aria-valuetext=${view.growthText}
              @input=${this.onGrowthInput}
            />
            <output for="growth" class="growth">${view.growthText}</output>`
        : nothing}
      <p part="scenario" class="scenario" aria-live="polite">${view.sentence}</p>
    </div>`;
  }

  /** The reader chose a growth: it becomes the widget's `growth`, drawn by the usual update. */
  private onGrowthInput(event: Event): void {
    const growth = Number((event.target as HTMLInputElement).value);
    if (growth === this.growth) return;
    this.growth = growth;
    this.announceScenario = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.announceScenario) return;
    this.announceScenario = false;
    const scenario = this.view?.geometry.scenario;
    if (!scenario || this.growth === undefined) return;
    this.dispatchEvent(
      new CustomEvent<GdpPathScenarioDetail>('gba-scenario-change', {
        detail: { growth: this.growth, yearReached: scenario.yearReached ?? null },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gdp-path': GdpPath;
  }
  interface GlobalEventHandlersEventMap {
    'gba-scenario-change': CustomEvent<GdpPathScenarioDetail>;
  }
}
