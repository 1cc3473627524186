import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import {
  bundledGdpPathData,
  checkGdpPathData,
  GDP_PATH_FIGURES,
  gdpPathFigure,
  resolveGdpPathParams,
  type GdpPathData,
  type GdpPathParams,
} from '../../data/gdp-path-data.js';
import type { Problems } from '../../data/validate.js';
import { addMessages, msg } from '../../format/messages.js';
import { formatNumber, formatPercent, formatYear } from '../../format/number.js';
import { requiredRate } from '../../layout/compound-growth.js';
import { layoutGdpPath, yearReached, type GdpPathLayout, type GdpPathMark } from '../../layout/gdp-path.js';
import type { PlacedLabel } from '../../layout/label-placement.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { gdpPathStyles } from './gdp-path.styles.js';
import { gdpPathTable, markLabel, scenarioSentence, wordsFor } from './gdp-path.words.js';
import { messages as gdpPathMessages } from '../../generated/messages/gdp-path.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(gdpPathMessages);

export type { GdpPathBenchmark, GdpPathData } from '../../data/gdp-path-data.js';

/** `detail` of `gba-scenario-change`: the growth chosen (percent a year) and the year the target is met then (null: not within 50 years). */
export interface GdpPathScenarioDetail {
  growth: number;
  yearReached: number | null;
}

interface GdpPathView extends FrameView {
  geometry: GdpPathLayout;
  params: Required<GdpPathParams>;
  /** "按年均增长7.0%，江门将于2037年迈入万亿GDP城市" */
  sentence: string;
  growthText: string;
}

/** A numeric attribute: words that are no number become NaN so the widget can say so. "7%" reads as 7. */
const numberAttribute = {
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value.trim().replace(/%$/, ''))),
};

const ATTRIBUTE_PROPERTIES = { growth: 'growth', target: 'target', years: 'years', 'base-year': 'baseYear', 'base-value': 'baseValue' } as const;
const SLIDER = { min: 0, max: 15, step: 0.1 };


/**
 * Jiangmen's road from 4022.5亿元 (2023) to a 1万亿 GDP: the actual point, the path
 * projected at a yearly growth, the year each 1000亿元 step is crossed, the doubling the
 * city's plan wants in about ten years and the 1万亿 line. The yearly growth needed to
 * double in ten years and to reach 1万亿 in ten years are computed and marked derived; the
 * note sets the climb beside Dongguan's, in the article's own numbers. With `interactive`,
 * a slider lets the reader try another growth rate and says when the target is reached.
 *
 * @summary Projected GDP path to a target, with the growth it takes.
 * @tag gdp-path
 *
 * @event {CustomEvent<GdpPathScenarioDetail>} gba-scenario-change - The reader moved the growth slider. `detail: { growth, yearReached }`: percent a year, and the year the target is reached at that rate (`null`: not within 50 years).
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The derived growth rates in one sentence.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart controls - The box holding the slider and the scenario sentence.
 * @csspart slider - The growth `<input type="range">` (with `interactive`).
 * @csspart scenario - The sentence saying when the target is reached at the chosen growth.
 * @csspart notes - The comparison with Dongguan and what "derived" means.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-accent - Colour of the projected path and its marks.
 * @cssprop --gba-color-context - Colour of the reference lines (doubling, target).
 * @cssprop --gba-color-grid - Colour of the gridlines.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Secondary text colour (ticks, notes).
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class GdpPath extends GbaElement<GdpPathData, GdpPathView> {
  static override styles = [...GbaElement.styles, gdpPathStyles];

  /** Yearly growth in percent, e.g. `7` or `7.5`. Default: the rate that meets `target` in `years` (derived). */
  @property({ converter: numberAttribute }) growth?: number;

  /** GDP to reach, in 亿元 (100 million yuan). Default: the data's, 10000 (1万亿元). */
  @property({ converter: numberAttribute }) target?: number;

  /** Years the plan spans (doubling is due then; the default growth meets `target` then), 1–50. Default: the data's, 10. */
  @property({ converter: numberAttribute }) years?: number;

  /** Year of the actual figure the path starts from. Default: the data's, 2023. */
  @property({ attribute: 'base-year', converter: numberAttribute }) baseYear?: number;

  /** GDP in the base year, in 亿元. Default: the data's, 4022.5. */
  @property({ attribute: 'base-value', converter: numberAttribute }) baseValue?: number;

  /** Adds a labelled slider for the yearly growth and a live sentence saying when the target is reached. */
  @property({ type: Boolean, reflect: true }) interactive = false;

  /** Another city's road, replacing Jiangmen's: `{ city: { 'zh-Hans', en }, baseYear, baseValue, target, years, benchmark? }` (money in 亿元). */
  @property({ attribute: false }) data?: GdpPathData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): GdpPathData {
    return bundledGdpPathData();
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    checkGdpPathData(input, problems);
    return problems;
  }

  private get bundled(): boolean {
    return this.usesBundledData;
  }

  protected override layout(data: GdpPathData, { width, locale, badAttribute }: LayoutContext): GdpPathView | FatalView {
    const w = wordsFor(locale);
    const params = resolveGdpPathParams(data, this, (name, expected, values = {}) => {
      const raw = this.getAttribute(name) ?? this[ATTRIBUTE_PROPERTIES[name as keyof typeof ATTRIBUTE_PROPERTIES]];
      const words = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, locale, 4) : v]));
      badAttribute(name, raw, msg(locale, expected, words));
    });
    const { baseYear, baseValue, target, years } = params;
    if (![baseYear, baseValue, target, years].every(Number.isFinite)) {
      const missing = Object.values(GDP_PATH_FIGURES).filter((id) => !gdpPathFigure(id));
      return { error: msg(locale, 'gdp-path.error.dataset', { ids: missing.join(', ') }) };
    }
    const rate = params.growth !== undefined ? params.growth / 100 : requiredRate(baseValue, target, years);
    const growth = rate * 100;
    const growthText = w.rate(growth);
    const city = labelText(data.city, locale);

    const geometry = layoutGdpPath(
      { baseYear, baseValue, target, years, rate },
      { width },
      {
        texts: {
          value: w.tick,
          year: formatYear,
          unit: msg(locale, 'gdp-path.axis-unit'),
          actual: msg(locale, 'gdp-path.actual-label', { year: formatYear(baseYear), value: w.yi(baseValue) }),
          target: msg(locale, 'gdp-path.target-label', { value: w.short(target) }),
          doubling: [
            msg(locale, 'gdp-path.doubling-label', { value: w.short(baseValue * 2), year: formatYear(baseYear + years) }),
            msg(locale, 'gdp-path.doubling-label-short', { value: w.short(baseValue * 2) }),
          ],
          end: (year, value) => msg(locale, 'gdp-path.end-label', { year: formatYear(year), value: w.short(value) }),
          legendPath: msg(locale, 'gdp-path.legend.path', { growth: growthText }),
          legendMarker: (step) => msg(locale, 'gdp-path.legend.marker', { step: w.yi(step) }),
        },
      },
    );
    const { scenario } = geometry;
    const sentence = scenarioSentence(locale, { city, growth, target, year: scenario.yearReached });
    const crossings = geometry.marks.flatMap((m) => m.levels.map((level) => msg(locale, 'gdp-path.crossing', { value: w.yi(level), year: formatYear(m.year) })));
    const notes = [
      ...(data.benchmark
        ? [
            msg(locale, 'gdp-path.benchmark', {
              benchmark: labelText(data.benchmark.city, locale),
              years: data.benchmark.years,
              crossed: data.benchmark.thresholdsCrossed,
              year: formatYear(data.benchmark.yearReached),
              // The benchmark's year is when it passed the data's target, whatever `target` says.
              target: w.yi(data.target),
              city,
              needed: scenario.thresholdCount,
            }),
          ]
        : []),
      [
        msg(locale, 'derived.note'),
        msg(locale, 'gdp-path.note.assumption', { year: formatYear(baseYear) }),
        ...(this.bundled ? [msg(locale, 'gdp-path.note.article', { year: formatYear(baseYear), doubling: w.yi(baseValue * 2), target: w.yi(target) })] : []),
      ].join(locale.script === 'en' ? ' ' : ''),
    ];
    return {
      title: msg(locale, 'gdp-path.title', { city, base: w.yi(baseValue), target: w.yi(target) }),
      takeaway: msg(locale, 'gdp-path.takeaway', {
        years,
        target: w.yi(target),
        doublingRate: formatPercent(scenario.doublingRate * 100, locale, 1),
        targetRate: formatPercent(scenario.targetRate * 100, locale, 1),
      }),
      description: msg(locale, 'gdp-path.description', {
        city,
        year: formatYear(baseYear),
        value: w.yi(baseValue),
        scenario: sentence,
        crossings: crossings.length ? msg(locale, 'gdp-path.description.crossings', { list: crossings.join(msg(locale, 'gdp-path.list-separator')) }) : '',
        doubling: w.yi(baseValue * 2),
        target: w.yi(target),
      }),
      width: geometry.width,
      height: geometry.height,
      geometry,
      params: { ...params, growth },
      sentence,
      growthText,
      marks: geometry.marks.map((m) => ({ label: markLabel(m, locale, growthText, target), x: m.x, y: m.y })),
      table: () => gdpPathTable(data, { ...params, growth }, geometry, locale, { bundled: this.bundled, assumedGrowth: this.growth }),
      notes,
    };
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
      ${text(g.doublingLine.label, 'label ref-label', scenario.doubling)}
      ${text(g.targetLine.label, 'label ref-label', target)}
      ${g.path ? svg`<path class="projection" d=${g.path}></path>` : nothing}
      ${g.marks.map((m, i) => svg`<g class="mark ${m.kind}" data-mark=${i}>
        ${shape(m)}
        ${text(m.label, `label ${m.kind === 'actual' ? 'story' : m.kind}`, m.kind === 'actual' || m.kind === 'end' ? m.value : m.year)}
      </g>`)}
      ${g.legend.map(
        (row) => svg`<g class="legend">
          ${row.swatch === 'line'
            ? svg`<line class="projection" x1="0" x2="18" y1=${row.y - 4} y2=${row.y - 4}></line>`
            : shape({ kind: 'threshold', x: 9, y: row.y - 4 })}
          ${row.lines.map((line) => text(line, ''))}
        </g>`,
      )}
    </g>`;
  }

  protected override renderControls(view: GdpPathView): TemplateResult {
    const { growth } = view.params;
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

  private onGrowthInput(event: Event): void {
    const growth = Number((event.target as HTMLInputElement).value);
    this.growth = growth;
    const params = this.view?.params;
    if (!params) return;
    const year = yearReached({ ...params, rate: growth / 100 });
    this.dispatchEvent(
      new CustomEvent<GdpPathScenarioDetail>('gba-scenario-change', { detail: { growth, yearReached: year ?? null }, bubbles: true, composed: true }),
    );
  }
}

function text(label: PlacedLabel | undefined, className: string, value?: number): SVGTemplateResult | typeof nothing {
  if (!label) return nothing;
  return svg`<text class=${className} x=${label.x} y=${label.y} text-anchor=${label.anchor} data-value=${value ?? nothing}>${label.text}</text>`;
}

/** Each kind of mark has its own shape, so none is told apart by colour alone. */
function shape(m: Pick<GdpPathMark, 'kind' | 'x' | 'y'> & { value?: number }): SVGTemplateResult {
  const value = m.value ?? nothing;
  if (m.kind === 'threshold') {
    return svg`<path class="marker threshold" data-value=${value} d="M${m.x},${m.y - 6}L${m.x + 6},${m.y}L${m.x},${m.y + 6}L${m.x - 6},${m.y}Z"></path>`;
  }
  return svg`<circle class="marker ${m.kind}" data-value=${value} cx=${m.x} cy=${m.y} r=${m.kind === 'end' ? 4 : 4.5}></circle>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'gdp-path': GdpPath;
  }
  interface GlobalEventHandlersEventMap {
    'gba-scenario-change': CustomEvent<GdpPathScenarioDetail>;
  }
}
