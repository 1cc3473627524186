import { addMessages } from '../../format/messages.js';
import { messages as innovationPipelineMessages } from '../../generated/messages/innovation-pipeline.js';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkInnovationPipelineData, type InnovationPipelineData } from '../../data/innovation-pipeline.js';
import type { Problems } from '../../data/validate.js';
import type { PipelineBlockLayout } from '../../layout/innovation-pipeline.js';
import type { TextLine } from '../../layout/pipeline-item.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { jianghaiPipeline } from './innovation-pipeline.bundled.js';
import { innovationPipelineStyles } from './innovation-pipeline.styles.js';
import { pipelineView, type DrawnItem, type InnovationPipelineView } from './innovation-pipeline.view.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(innovationPipelineMessages);

export type { InnovationPipelineData, PipelineForm, PipelineGroup, PipelineItem, PipelinePanel, PipelineStage } from '../../data/innovation-pipeline.js';

/**
 * Jianghai district's innovation figures as a pipeline: research platforms and incubators →
 * firms in incubation (超300家) → graduated firms (超200家) → high-tech firms (约40家 fostered;
 * 519 → 705 in all), left to right on wide screens and top to bottom on phones; then panels for
 * the numbers that are not stages: three rates as separate gauges, research results released and
 * needs surveyed, the high-tech firms' output, the innovation pioneers. Unlike units never share
 * an axis; hedges (超, 多, 约) stay visible; a note says the stages are categories, not one cohort.
 *
 * @summary Jianghai's platforms, incubators and high-tech firms as a flow of stages, with its rates and results.
 * @tag innovation-pipeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - One sentence: the change in high-tech firms and what each stage counts.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart: what the stages are not, shared scales, derived numbers.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-accent - Colour of the pipeline's subject: firm counts, gauges, the output figure.
 * @cssprop --gba-color-context - Colour of platform counts and earlier values.
 * @cssprop --gba-color-extra - Colour of research results and unit marks.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Secondary text colour (group headings, gauge ends).
 * @cssprop --gba-color-rule - Arrows between stages and gauge outlines.
 * @cssprop --gba-color-grid - The rule between the flow and the panels.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class InnovationPipeline extends GbaElement<InnovationPipelineData, InnovationPipelineView> {
  static override styles = [...GbaElement.styles, innovationPipelineStyles];

  /**
   * Your own pipeline, replacing the article's: `{ title, stages: [{ label, measure, groups: [{ label?, items, trend? }] }],
   * panels?: [{ label, items }], notes? }`, each item `{ figure, short?, form?, parts?, names? }`. See `InnovationPipelineData`.
   */
  @property({ attribute: false }) data?: InnovationPipelineData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): InnovationPipelineData {
    return jianghaiPipeline();
  }

  protected override validate(input: unknown): Problems {
    return checkInnovationPipelineData(input);
  }

  protected override layout(data: InnovationPipelineData, { locale, width }: LayoutContext): InnovationPipelineView | FatalView {
    return pipelineView(data, locale, width);
  }

  protected override renderDrawing(view: InnovationPipelineView): SVGTemplateResult {
    const { geometry } = view;
    return svg`
      ${geometry.arrows.map(
        (a) => svg`<g class="arrow"><line x1=${a.x1} y1=${a.y1} x2=${a.x2} y2=${a.y2}></line><polygon points=${a.head.map((p) => p.join(',')).join(' ')}></polygon></g>`,
      )}
      ${geometry.rule ? svg`<line class="rule" x1=${geometry.rule.x1} x2=${geometry.rule.x2} y1=${geometry.rule.y} y2=${geometry.rule.y}></line>` : nothing}
      ${[...geometry.stages, ...geometry.panels].map((block) => renderBlock(block))}
      ${view.items.map((item) => renderItem(item))}
    `;
  }
}

function text(line: TextLine, className: string, value?: number): SVGTemplateResult {
  return svg`<text class="${className} size-${line.size}" x=${line.x} y=${line.y} text-anchor=${line.anchor === 'end' ? 'end' : nothing} data-value=${value ?? nothing}>${line.text}</text>`;
}

function renderBlock(block: PipelineBlockLayout): SVGTemplateResult {
  return svg`<g class="block ${block.kind}">
    ${block.step ? svg`<g class="step"><circle cx=${block.step.cx} cy=${block.step.cy} r=${block.step.r}></circle><text x=${block.step.cx} y=${block.step.cy + 4}>${block.step.text}</text></g>` : nothing}
    ${block.title.map((line) => text(line, 'block-title'))}
    ${block.groups.map(
      (group) => svg`${group.header.map((line) => text(line, 'group-header'))}${group.change.map((line, i) => text(line, 'change', i === 0 ? group.changeValue : undefined))}`,
    )}
  </g>`;
}

function renderItem({ geometry: g, tone, value, mark, parts }: DrawnItem): SVGTemplateResult {
  const valueClass = g.form === 'number' ? 'value number' : 'value';
  return svg`<g class="item ${g.form} tone-${tone}" data-mark=${mark}>
      ${g.label.map((line) => text(line, 'label'))}
      ${g.bar ? svg`<rect class="bar" x=${g.bar.x} y=${g.bar.y} width=${g.bar.width} height=${g.bar.height}></rect>` : nothing}
      ${g.tail ? svg`<line class="tail" x1=${g.tail.x1} x2=${g.tail.x2} y1=${g.tail.y} y2=${g.tail.y}></line>` : nothing}
      ${g.track ? svg`<rect class="track" x=${g.track.x} y=${g.track.y} width=${g.track.width} height=${g.track.height}></rect>` : nothing}
      ${g.fill ? svg`<rect class="fill" x=${g.fill.x} y=${g.fill.y} width=${g.fill.width} height=${g.fill.height}></rect>` : nothing}
      ${g.ticks.map((line) => text(line, 'tick'))}
      ${g.units.map((u) => svg`<rect class="unit" x=${u.x} y=${u.y} width=${u.size} height=${u.size}></rect>`)}
      ${g.chips.map((chip) => svg`<rect class="chip" x=${chip.box.x} y=${chip.box.y} width=${chip.box.width} height=${chip.box.height} rx="3"></rect>${chip.text.map((line) => text(line, 'chip-name'))}`)}
      ${g.value.map((line, i) => text(line, valueClass, i === 0 ? value : undefined))}
    </g>
    ${g.segments.map(
      (segment, i) => svg`<g class="part" data-mark=${parts[i].mark}>
        <rect class="segment ${i % 2 ? 'odd' : 'even'}" x=${segment.box.x} y=${segment.box.y} width=${segment.box.width} height=${segment.box.height}></rect>
        ${segment.swatch ? svg`<rect class="segment ${i % 2 ? 'odd' : 'even'}" x=${segment.swatch.x} y=${segment.swatch.y} width=${segment.swatch.width} height=${segment.swatch.height}></rect>` : nothing}
        ${segment.text.map((line, j) => text(line, segment.swatch ? 'value' : 'inside', j === 0 ? parts[i].value : undefined))}
      </g>`,
    )}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-pipeline': InnovationPipeline;
  }
}
