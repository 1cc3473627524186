import { nothing, svg, type SVGTemplateResult } from 'lit';
import { type PipelineHighlight, type PipelineProgramme, type PipelineTone, type ProjectPipelineData } from '../../data/project-pipeline.js';
import { projectPipelineData } from './project-pipeline.bundled.js';
import { addMessages } from '../../format/messages.js';
import type { PlacedRun } from '../../layout/label-runs.js';
import type { UnitRun } from '../../layout/pipeline-units.js';
import { labelRunStyles } from '../../styles/label-runs.styles.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { projectPipelineStyles } from './project-pipeline.styles.js';
import { projectPipelineView, type ProjectPipelineView } from './project-pipeline.view.js';
import { messages as projectPipelineMessages } from '../../generated/messages/project-pipeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(projectPipelineMessages);

export type { PipelineHighlight, PipelineProgramme, ProjectPipelineData };

let articleData: ProjectPipelineData | undefined;

/**
 * Investment and projects, in two panels that do not look alike. Money is bars on one
 * linear axis from zero, each labelled with the article's own word for the sum — 总投资额超
 * 1300亿元 for Zhongshan's ten theme parks, 计划投资额691亿元 for Jiangmen's safety and
 * emergency park, 计划投资总额54.8亿元 for Zhongshan's 13 Shenzhen–Zhongshan projects,
 * 预计总投资10亿元 for one design park — and "over" drawn as an arrow past the bar's end.
 * Project counts are dots, one a project, in rows of a round number (no axis to set against
 * the money), the park's 122 large projects solid among its 193. The numbers that are
 * neither — 300多家 Shenzhen firms in Jiangmen, Hymson's thirty-fold output — are shown
 * large underneath. Caveats are in the "About the data" disclosure.
 *
 * @summary Investment (bars) and project counts (dots, one a project) of the article's parks and programmes.
 * @tag project-pipeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding: which programme has the largest investment.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused bar or number: value, date and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - The note under the chart: what an arrow past a bar's end means.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every figure drawn, with its date and the article's words.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Jiangmen's bars, dots and key numbers (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Zhongshan's bars and dots.
 * @cssprop --gba-color-shenzhen - Bars given the `shenzhen` tone.
 * @cssprop --gba-color-context - Bars given the `context` tone; the dots of a count beyond its solid part.
 * @cssprop --gba-color-grid - Gridlines.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour; also the "more than" arrows.
 * @cssprop --gba-color-muted - Axis ticks, notes and gaps in the data.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class ProjectPipeline extends GbaElement<ProjectPipelineData, ProjectPipelineView> {
  static override styles = [...GbaElement.styles, toneStyles, labelRunStyles, projectPipelineStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<ProjectPipelineData> = { bundled: () => (articleData ??= projectPipelineData()), check: () => import('../../data/project-pipeline.check.js').then((m) => m.checkProjectPipelineData) };

  /**
   * Your own programmes and key numbers, replacing the article's:
   * `{ programmes: [{ label, investment?: FigureInput (亿元 | 万元), term?: label (总投资额…), projects?: FigureInput (个 | 项 | 家),
   * largeProjects?, extras?: FigureInput[], tone?, note? }], highlights?: [{ figure, caption, extras?, tone?, note? }] }`.
   * Each programme needs an investment or a number of projects; labels are `{ 'zh-Hans', en }`.
   */
  override data?: ProjectPipelineData;

  protected override layout(data: ProjectPipelineData, context: LayoutContext): ProjectPipelineView | FatalView {
    return projectPipelineView(data, context);
  }

  protected override renderDrawing(view: ProjectPipelineView): SVGTemplateResult {
    const { geometry, programmes, highlights, markOf } = view;
    const tone = (t?: PipelineTone) => `tone-${t ?? 'context'}`;
    const labelRuns = (row: number, runs: PlacedRun[]) => {
      const extras = programmes[row].extras ?? [];
      return runs.map((run) => runText(run, run.source > 0 ? extras[run.source - 1]?.value : undefined));
    };
    return svg`
      ${geometry.labels.map((l) => labelRuns(l.row, l.runs))}
      ${geometry.panels.map(
        (panel) => svg`<g class="panel ${panel.kind}">
          ${panel.grid.map((g) => svg`<line class="grid" x1=${g.x} x2=${g.x} y1=${g.y1} y2=${g.y2}></line>`)}
          ${runText(panel.title)}
          ${panel.ticks.map((t) => runText(t))}
          ${panel.labels.map((l) => labelRuns(l.row, l.runs))}
          ${panel.missing.map((m) => runText(m))}
          ${panel.bars.map((bar) => {
            const p = programmes[bar.row];
            return svg`<g class="bar-group ${tone(p.tone)}">
              <rect class="bar" data-mark=${markOf.get(`money:${bar.row}`) ?? nothing} data-value=${p.investment!.value}
                x=${bar.rect.x} y=${bar.rect.y} width=${bar.rect.width} height=${bar.rect.height}></rect>
              ${bar.arrow
                ? svg`<line class="open-line" x1=${bar.arrow.line[0]} y1=${bar.arrow.line[1]} x2=${bar.arrow.line[2]} y2=${bar.arrow.line[3]}></line><path class="open-head" d=${bar.arrow.head}></path>`
                : nothing}
              ${runText(bar.value, p.investment!.value, bar.value.placement === 'inside' ? 'inside' : 'bar-value')}
            </g>`;
          })}
          ${panel.units.map((units) => {
            const p = programmes[units.row];
            const dots = (runs: UnitRun[]) => runs.map((run) => dotLine(run, units.pitch, units.radius));
            return svg`<g class="unit-group ${tone(p.tone)} ${units.part ? 'has-part' : ''}">
              <g class="units" data-mark=${markOf.get(`count:${units.row}`) ?? nothing} data-value=${p.projects!.value}>${dots(units.runs.filter((r) => !r.part))}</g>
              ${units.part && p.largeProjects
                ? svg`<g class="units part" data-mark=${markOf.get(`part:${units.row}`) ?? nothing} data-value=${p.largeProjects.value}>${dots(units.runs.filter((r) => r.part))}
                    <circle class="swatch" cx=${units.part.swatch.cx} cy=${units.part.swatch.cy} r=${units.radius + 1}></circle></g>
                  ${runText(units.part.label, p.largeProjects.value, 'part-label')}`
                : nothing}
              ${runText(units.value, p.projects!.value, 'bar-value')}
            </g>`;
          })}
        </g>`,
      )}
      ${geometry.highlightsTitle ? runText(geometry.highlightsTitle) : nothing}
      ${geometry.highlights.map((h, i) => {
        const item = highlights[i];
        const extras = item.extras ?? [];
        return svg`<g class="highlight ${tone(item.tone)}">
          <g data-mark=${markOf.get(`highlight:${i}`) ?? nothing}>${runText(h.value, item.figure.value)}</g>
          ${h.runs.map((run) => runText(run, run.source > 0 ? extras[run.source - 1]?.value : undefined))}
        </g>`;
      })}
    `;
  }
}

/**
 * A line of `count` dots as one dotted stroke: zero-length dashes `pitch` apart with round
 * caps. The end runs a hair past the last centre so the last dot is drawn.
 */
function dotLine(run: UnitRun, pitch: number, radius: number): SVGTemplateResult {
  return svg`<line class="dots" x1=${run.x1} y1=${run.y} x2=${run.x2 + 0.01} y2=${run.y} stroke-width=${2 * radius} stroke-dasharray="0 ${pitch}"></line>`;
}

/** One run as SVG text, its lines as tspans; `value` when the run shows a number. */
function runText(run: PlacedRun, value?: number, extraClass = ''): SVGTemplateResult {
  return svg`<text class="run ${run.kind} ${extraClass}" x=${run.x} y=${run.y} data-value=${value ?? nothing}>${run.lines.map(
    (line, i) => svg`<tspan x=${run.x} dy=${i === 0 ? 0 : run.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'project-pipeline': ProjectPipeline;
  }
}
