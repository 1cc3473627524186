// The view of <project-pipeline>: geometry and every sentence around it, for one language
// and width. A pure function of the data: the element only calls it and draws the result.
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { toYi, type PipelineHighlight, type PipelineProgramme, type ProjectPipelineData } from '../../data/project-pipeline.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import type { LabelRun } from '../../layout/label-runs.js';
import { layoutProjectPipeline, type ProjectPipelineLayout } from '../../layout/project-pipeline.js';
import type { FrameView, MarkTip } from '../base/view.js';
import { countWords, drawingOrder, headline, openEnd, table } from './project-pipeline.words.js';

export interface ProjectPipelineView extends FrameView {
  geometry: ProjectPipelineLayout;
  /** Programmes in drawing order (largest investment first). */
  programmes: PipelineProgramme[];
  highlights: PipelineHighlight[];
  /** `data-mark` of each mark, keyed `money:row`, `count:row`, `part:row`, `highlight:i`. */
  markOf: Map<string, number>;
}

export interface ProjectPipelineViewContext {
  width: number;
  locale: Locale;
}

/** Geometry and words of <project-pipeline>. */
export function projectPipelineView(data: ProjectPipelineData, { width, locale }: ProjectPipelineViewContext): ProjectPipelineView {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const programmes = drawingOrder(data.programmes);
  const highlights = data.highlights ?? [];
  const value = (f: FigureInput) => formatFigureValue(f, locale);
  const extra = (f: FigureInput) => text('project-pipeline.extra', { label: labelText(f.label, locale), value: value(f) });
  // "总投资额超1300亿元": the article's own word for each sum, before its value.
  const money = (p: PipelineProgramme) => (p.term ? text('project-pipeline.money-value', { term: labelText(p.term, locale), value: value(p.investment!) }) : value(p.investment!));
  const partText = (p: PipelineProgramme) => text('project-pipeline.part', { label: labelText(p.largeProjects!.label, locale), value: value(p.largeProjects!) });

  const geometry = layoutProjectPipeline(
    {
      moneyTitle: text('project-pipeline.money-title'),
      countTitle: (perLine) => text('project-pipeline.count-title', { perLine: formatNumber(perLine, locale) }),
      rows: programmes.map((p) => ({
        label: [{ text: labelText(p.label, locale), kind: 'name' }, ...(p.extras ?? []).map((f): LabelRun => ({ text: extra(f), kind: 'value' }))],
        money: p.investment && { value: toYi(p.investment), text: money(p), open: openEnd(p.investment) },
        count: p.projects && { value: p.projects.value, text: countWords(p.projects, locale), part: p.largeProjects && { value: p.largeProjects.value, text: partText(p) } },
      })),
      // 亿元 in Chinese; English reads money in billions (691亿元 = 69.1 billion yuan).
      moneyTick: (v) => formatNumber(locale.script === 'en' ? v / 10 : v, locale),
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
  const quoted = (f: FigureInput) => (f.quote ? ` ${text('project-pipeline.mark-quote', { quote: f.quote })}` : '');
  const tip = (name: string, measure: string, f: FigureInput) => text('project-pipeline.mark', { name, measure, value: value(f), date: formatDate(f.date, locale) }) + quoted(f);
  const add = (key: string, mark: MarkTip) => {
    markOf.set(key, marks.length);
    marks.push(mark);
  };
  for (const panel of geometry.panels) {
    for (const bar of panel.bars) {
      const p = programmes[bar.row];
      const measure = p.term ? labelText(p.term, locale) : text('project-pipeline.measure.investment');
      add(`money:${bar.row}`, { label: tip(names[bar.row], measure, p.investment!), x: bar.rect.x + bar.rect.width, y: bar.rect.y + bar.rect.height / 2 });
    }
    for (const units of panel.units) {
      const p = programmes[units.row];
      const last = units.runs[units.runs.length - 1];
      add(`count:${units.row}`, { label: tip(names[units.row], text('project-pipeline.measure.projects'), p.projects!), x: last?.x2 ?? units.box.x, y: last?.y ?? units.box.y });
      if (units.part && p.largeProjects) {
        add(`part:${units.row}`, { label: tip(names[units.row], labelText(p.largeProjects.label, locale), p.largeProjects), x: units.part.swatch.cx, y: units.part.swatch.cy });
      }
    }
  }
  geometry.highlights.forEach((h, i) => {
    const f = highlights[i].figure;
    const label = text('project-pipeline.mark-highlight', { value: value(f), caption: labelText(highlights[i].caption, locale), date: formatDate(f.date, locale) }) + quoted(f);
    add(`highlight:${i}`, { label, x: h.value.x + 8, y: h.value.y - h.value.fontSize / 2 });
  });

  const separator = text('project-pipeline.list-separator');
  const withMoney = programmes.filter((p) => p.investment);
  const withCount = programmes.filter((p) => p.projects);
  const { title, takeaway } = headline(programmes, names, locale);
  return {
    title,
    takeaway,
    description: [
      withMoney.length ? text('project-pipeline.description-money', { list: withMoney.map((p) => `${labelText(p.label, locale)} ${money(p)}`).join(separator) }) : '',
      withCount.length
        ? text('project-pipeline.description-count', {
            list: withCount.map((p) => `${labelText(p.label, locale)} ${value(p.projects!)}${p.largeProjects ? ` (${partText(p)})` : ''}`).join(separator),
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
    notes: geometry.panels.some((p) => p.bars.some((b) => b.arrow)) ? [text('project-pipeline.note-open')] : [],
    about: [
      ...(withMoney.length && withCount.length ? [text('project-pipeline.about-scales')] : []),
      ...[...programmes, ...highlights].flatMap((p) => (p.note ? [labelText(p.note, locale)] : [])),
    ],
  };
}
