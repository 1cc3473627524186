import { addMessages, msg } from '../../format/messages.js';
import { messages as innovationPipelineMessages } from '../../generated/messages/innovation-pipeline.js';
import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { type InnovationPipelineData } from '../../data/innovation-pipeline.js';
import type { CountRowLayout, SetText } from '../../layout/count-bars.js';
import type { CountSectionLayout } from '../../layout/innovation-pipeline.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { jianghaiPipeline } from './innovation-pipeline.bundled.js';
import { innovationPipelineStyles } from './innovation-pipeline.styles.js';
import { pipelineView, type InnovationPipelineView, type PipelineDetail } from './innovation-pipeline.view.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(innovationPipelineMessages);

export type { InnovationPipelineData, PipelineGroup, PipelineItem } from '../../data/innovation-pipeline.js';
export type { PipelineDetail } from './innovation-pipeline.view.js';

const DETAILS: readonly PipelineDetail[] = ['default', 'all'];

/**
 * Jianghai district's high-tech firms, 519 (2021) → 705 (2023): two bars on one zero-based
 * scale with the net gain marked (derived), then the counts of its incubation — firms in
 * incubation (超300家), graduates (超200家), high-tech firms fostered (约40家), incubators,
 * maker spaces — as a ranked list of bars on the SAME scale, so a smaller number never draws
 * the longer bar. A dashed bar end marks a floor (超). The stages are not drawn as a flow: the
 * article does not say one group of firms passes through them. Every other figure of the piece
 * (research platforms, innovation pioneers, rates, research results, output) is in the data
 * table; `detail="all"` draws them too: counts of 家 on the same scale, the rest written out as
 * numbers (a growth rate is never drawn against 100 %).
 *
 * @summary Jianghai's high-tech firms, 519 → 705, with the counts of its incubation on the same scale.
 * @tag innovation-pipeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title: the finding.
 * @csspart takeaway - One sentence: the net change in high-tech firms, and that every bar shares its scale.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - The line under the chart: one scale from zero, what a dashed end means.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every figure of the piece, drawn or not.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-accent - The story's figure: the latest high-tech firm count (705 in 2023).
 * @cssprop --gba-color-context - Every other bar: the earlier count and the counts of incubation.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour; also the bracket of the change.
 * @cssprop --gba-color-muted - Secondary text colour (bar labels, number labels).
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class InnovationPipeline extends GbaElement<InnovationPipelineData, InnovationPipelineView> {
  static override styles = [...GbaElement.styles, innovationPipelineStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<InnovationPipelineData> = { bundled: jianghaiPipeline, check: () => import('../../data/innovation-pipeline.check.js').then(({ checkInnovationPipelineData }) => (input, problems) => void problems.push(...checkInnovationPipelineData(input))) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    detail: {},
  };

  /**
   * How much is drawn. `default` (or absent): the headline and the counts of incubation.
   * `all`: every group of the data, among them the research platforms and innovation pioneers
   * (bars on the same scale) and the rates, amounts and research results (written as numbers).
   * The data table lists every figure either way.
   */
  detail: PipelineDetail | '' = '';

  /**
   * Your own figures, replacing the article's: `{ title, headline: { label, items }, counts?: [{ label, items, extra? }],
   * numbers?: [{ label, items, extra? }], notes?, about? }`, each item `{ figure, short? }`. Headline and counts are bars on
   * one scale and must share the headline's unit; `extra` groups are drawn only with `detail="all"`. See `InnovationPipelineData`.
   */
  override data?: InnovationPipelineData;

  protected override layout(data: InnovationPipelineData, { locale, width, badAttribute }: LayoutContext): InnovationPipelineView | FatalView {
    const detail = this.detail || 'default';
    if (!DETAILS.includes(detail)) badAttribute('detail', this.detail, msg(locale, 'innovation-pipeline.bad-detail'));
    return pipelineView(data, { locale, width, detail: detail === 'all' ? 'all' : 'default' });
  }

  protected override renderDrawing(view: InnovationPipelineView): SVGTemplateResult {
    const { geometry, markOf } = view;
    const change = geometry.headline.change;
    return svg`
      ${section(geometry.headline, markOf.headline, 'headline')}
      ${change
        ? svg`<g class="change">
            <path class="bracket" d=${`M${change.line.x1},${change.line.y - 4}V${change.line.y}H${change.line.x2}V${change.line.y - 4}`}></path>
            ${text(change.text, 'change-text', view.change)}
          </g>`
        : nothing}
      ${geometry.counts.map((s, i) => section(s, markOf.counts[i], 'counts'))}
      ${geometry.numbers.map(
        (s, i) => svg`<g class="section numbers">
          ${text(s.title, 'section-title')}
          ${s.cells.map((cell, j) => svg`<g class="cell" data-mark=${markOf.numbers[i][j]}>${text(cell.valueText, 'number', cell.value)}${text(cell.label, 'label')}</g>`)}
        </g>`,
      )}
    `;
  }
}

function section(s: CountSectionLayout, marks: number[], kind: string): SVGTemplateResult {
  return svg`<g class="section ${kind}">${text(s.title, 'section-title')}${s.rows.map((row, i) => countRow(row, marks[i]))}</g>`;
}

function countRow(row: CountRowLayout, mark: number): SVGTemplateResult {
  const { bar, tail } = row;
  return svg`<g class="row ${row.accent ? 'tone-accent' : 'tone-context'}" data-mark=${mark}>
    ${text(row.label, 'label')}
    <rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} data-value=${row.value}></rect>
    ${tail ? svg`<line class="tail" x1=${tail.x1} x2=${tail.x2} y1=${tail.y} y2=${tail.y}></line>` : nothing}
    ${text(row.valueText, 'value', row.value)}
  </g>`;
}

/** Each line of a block as its own `<text>`; the first carries the number it states. */
function text(block: SetText, className: string, value?: number): SVGTemplateResult[] {
  return block.lines.map(
    (line, i) =>
      svg`<text class="${className} size-${block.size}" x=${block.x} y=${block.y + i * block.lineHeight} text-anchor=${block.anchor === 'end' ? 'end' : nothing} data-value=${i === 0 && value !== undefined ? value : nothing}>${line}</text>`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-pipeline': InnovationPipeline;
  }
}
