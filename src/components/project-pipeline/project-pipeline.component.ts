import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import {
  checkProjectPipelineData,
  projectPipelineData,
  toYi,
  type PipelineHighlight,
  type PipelineProgramme,
  type PipelineTone,
  type ProjectPipelineData,
} from '../../data/project-pipeline.js';
import type { Problems } from '../../data/validate.js';
import { formatDate } from '../../format/date.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import type { LabelRun, PlacedRun } from '../../layout/label-runs.js';
import { layoutProjectPipeline, type ProjectPipelineLayout } from '../../layout/project-pipeline.js';
import { labelRunStyles } from '../../styles/label-runs.styles.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView, MarkTip } from '../base/view.js';
import { projectPipelineStyles } from './project-pipeline.styles.js';
import { drawingOrder, openEnd, table, takeaway } from './project-pipeline.words.js';
import { messages as projectPipelineMessages } from '../../generated/messages/project-pipeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(projectPipelineMessages);

export type { PipelineHighlight, PipelineProgramme, ProjectPipelineData };

interface ProjectPipelineView extends FrameView {
  geometry: ProjectPipelineLayout;
  /** Programmes in drawing order (largest investment first). */
  programmes: PipelineProgramme[];
  highlights: PipelineHighlight[];
  /** `data-mark` of each bar, keyed `money:row`, `count:row`, `part:row`, `highlight:i`. */
  markOf: Map<string, number>;
}

let bundled: ProjectPipelineData | undefined;

/**
 * Investment and projects, each on its own scale. Planned money — 10亿元 for one design
 * park, 54.8亿元 for Zhongshan's 13 Shenzhen–Zhongshan projects, 691亿元 for Jiangmen's
 * safety and emergency park, over 1300亿元 for Zhongshan's ten theme parks — shares one
 * linear axis from zero, and "over" is drawn as an arrow past the bar's end. Project
 * counts stand beside it on an axis of their own (never on the money axis), with the
 * park's 122 large projects inside its 193. The numbers that are neither — 300多家
 * Shenzhen firms in Jiangmen, Hymson's thirty-fold output — are shown large underneath.
 *
 * @summary Planned investment and project counts of the article's parks and programmes, each on its own axis.
 * @tag project-pipeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding: the range of planned investment and who leads it.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused bar or number: value, date and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart: why two axes, and what the article leaves open.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every figure drawn, with its date and the article's words.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Jiangmen's bars and key numbers (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Zhongshan's bars.
 * @cssprop --gba-color-shenzhen - Bars given the `shenzhen` tone.
 * @cssprop --gba-color-context - Bars given the `context` tone.
 * @cssprop --gba-color-grid - Gridlines.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour; also the "more than" arrows.
 * @cssprop --gba-color-muted - Axis ticks, notes and gaps in the data.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class ProjectPipeline extends GbaElement<ProjectPipelineData, ProjectPipelineView> {
  static override styles = [...GbaElement.styles, toneStyles, labelRunStyles, projectPipelineStyles];

  /**
   * Your own programmes and key numbers, replacing the article's:
   * `{ programmes: [{ label, investment?: FigureInput (亿元 | 万元), projects?: FigureInput (个 | 项 | 家),
   * largeProjects?, extras?: FigureInput[], tone?, note? }], highlights?: [{ figure, caption, extras?, tone?, note? }] }`.
   * Each programme needs an investment or a number of projects; labels are `{ 'zh-Hans', en }`.
   */
  @property({ attribute: false }) data?: ProjectPipelineData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): ProjectPipelineData {
    return (bundled ??= projectPipelineData());
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    checkProjectPipelineData(input, problems);
    return problems;
  }

  protected override layout(data: ProjectPipelineData, { locale, width }: LayoutContext): ProjectPipelineView | FatalView {
    const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
    const programmes = drawingOrder(data.programmes);
    const highlights = data.highlights ?? [];
    const value = (f: FigureInput) => formatFigureValue(f, locale);
    const extra = (f: FigureInput) => text('project-pipeline.extra', { label: labelText(f.label, locale), value: value(f) });

    const geometry = layoutProjectPipeline(
      {
        moneyTitle: text('project-pipeline.money-title'),
        countTitle: text('project-pipeline.count-title'),
        rows: programmes.map((p) => ({
          label: [{ text: labelText(p.label, locale), kind: 'name' }, ...(p.extras ?? []).map((f): LabelRun => ({ text: extra(f), kind: 'value' }))],
          money: p.investment && { value: toYi(p.investment), text: value(p.investment), open: openEnd(p.investment) },
          count: p.projects && {
            value: p.projects.value,
            text: value(p.projects),
            open: openEnd(p.projects),
            part: p.largeProjects && { value: p.largeProjects.value, text: text('project-pipeline.part', { label: labelText(p.largeProjects.label, locale), value: value(p.largeProjects) }) },
          },
        })),
        // 亿元 in Chinese; English reads money in billions (691亿元 = 69.1 billion yuan).
        moneyTick: (v) => formatNumber(locale.script === 'en' ? v / 10 : v, locale),
        countTick: (v) => formatNumber(v, locale),
        missing: text('project-pipeline.missing'),
        highlightsTitle: text('project-pipeline.highlights-title'),
        highlights: highlights.map((h) => ({
          value: value(h.figure),
          runs: [{ text: labelText(h.caption, locale), kind: 'value' }, ...(h.extras ?? []).map((f): LabelRun => ({ text: extra(f), kind: 'value' }))],
        })),
      },
      { width },
    );

    const names = programmes.map((p) => labelText(p.label, locale));
    const marks: MarkTip[] = [];
    const markOf = new Map<string, number>();
    const tip = (name: string, measure: string, f: FigureInput) => {
      const quote = f.quote ? ` ${text('project-pipeline.mark-quote', { quote: f.quote })}` : '';
      return text('project-pipeline.mark', { name, measure, value: value(f), date: formatDate(f.date, locale) }) + quote;
    };
    for (const panel of geometry.panels) {
      for (const bar of panel.bars) {
        const p = programmes[bar.row];
        const f = panel.kind === 'money' ? p.investment! : p.projects!;
        markOf.set(`${panel.kind}:${bar.row}`, marks.length);
        marks.push({ label: tip(names[bar.row], text(`project-pipeline.measure.${panel.kind === 'money' ? 'investment' : 'projects'}`), f), x: bar.rect.x + bar.rect.width, y: bar.rect.y + bar.rect.height / 2 });
        if (bar.part && p.largeProjects) {
          markOf.set(`part:${bar.row}`, marks.length);
          marks.push({ label: tip(names[bar.row], labelText(p.largeProjects.label, locale), p.largeProjects), x: bar.part.rect.x + bar.part.rect.width, y: bar.part.rect.y + bar.part.rect.height });
        }
      }
    }
    geometry.highlights.forEach((h, i) => {
      markOf.set(`highlight:${i}`, marks.length);
      const f = highlights[i].figure;
      const quote = f.quote ? ` ${text('project-pipeline.mark-quote', { quote: f.quote })}` : '';
      const label = text('project-pipeline.mark-highlight', { value: value(f), caption: labelText(highlights[i].caption, locale), date: formatDate(f.date, locale) }) + quote;
      marks.push({ label, x: h.value.x + 8, y: h.value.y - h.value.fontSize / 2 });
    });

    const separator = text('project-pipeline.list-separator');
    const withMoney = programmes.filter((p) => p.investment);
    const withCount = programmes.filter((p) => p.projects);
    return {
      title: text('project-pipeline.title'),
      takeaway: takeaway(programmes, names, locale),
      description: [
        withMoney.length ? text('project-pipeline.description-money', { list: withMoney.map((p) => `${labelText(p.label, locale)} ${value(p.investment!)}`).join(separator) }) : '',
        withCount.length
          ? text('project-pipeline.description-count', {
              list: withCount.map((p) => `${labelText(p.label, locale)} ${value(p.projects!)}${p.largeProjects ? ` (${text('project-pipeline.part', { label: labelText(p.largeProjects.label, locale), value: value(p.largeProjects) })})` : ''}`).join(separator),
            })
          : '',
        highlights.length ? text('project-pipeline.description-highlights', { list: highlights.map((h) => `${value(h.figure)} ${labelText(h.caption, locale)}`).join(separator) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      width: geometry.width,
      height: geometry.height,
      geometry,
      programmes,
      highlights,
      markOf,
      // A mark's focus ring (r = 10) stays inside the drawing, even at a bar's full length.
      marks: marks.map((m) => ({ ...m, x: Math.max(10, Math.min(geometry.width - 10, m.x)) })),
      table: () => table(programmes, highlights, locale),
      notes: [
        ...[...programmes, ...highlights].flatMap((p) => (p.note ? [labelText(p.note, locale)] : [])),
        text('project-pipeline.note-axes'),
      ],
    };
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
            const f = panel.kind === 'money' ? p.investment! : p.projects!;
            return svg`<g class="bar-group ${tone(p.tone)}">
              <rect class="bar ${bar.part ? 'has-part' : ''}" data-mark=${markOf.get(`${panel.kind}:${bar.row}`) ?? nothing} data-value=${f.value}
                x=${bar.rect.x} y=${bar.rect.y} width=${bar.rect.width} height=${bar.rect.height}></rect>
              ${bar.part && p.largeProjects
                ? svg`<rect class="part" data-mark=${markOf.get(`part:${bar.row}`) ?? nothing} data-value=${p.largeProjects.value}
                    x=${bar.part.rect.x} y=${bar.part.rect.y} width=${bar.part.rect.width} height=${bar.part.rect.height}></rect>
                  <path class="bracket" d=${bar.part.bracket}></path>
                  ${runText(bar.part.label, p.largeProjects.value)}`
                : nothing}
              ${bar.arrow
                ? svg`<line class="open-line" x1=${bar.arrow.line[0]} y1=${bar.arrow.line[1]} x2=${bar.arrow.line[2]} y2=${bar.arrow.line[3]}></line><path class="open-head" d=${bar.arrow.head}></path>`
                : nothing}
              ${runText(bar.value, f.value, bar.value.placement === 'inside' ? 'inside' : 'bar-value')}
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
