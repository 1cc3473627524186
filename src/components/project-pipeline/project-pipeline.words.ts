// The words of <project-pipeline>: drawing order, takeaway and table, in one language.
// Pure functions: the element only calls them.
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { toYi, type PipelineHighlight, type PipelineProgramme } from '../../data/project-pipeline.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import type { PipelineBarInput } from '../../layout/project-pipeline.js';
import type { DataTable, TableCell } from '../base/view.js';
import { figureColumns } from '../base/frame-parts.js';

/** Largest investment first; programmes with only a count after them, most projects first. */
export function drawingOrder(programmes: PipelineProgramme[]): PipelineProgramme[] {
  const key = (p: PipelineProgramme) => (p.investment ? [0, -toYi(p.investment)] : [1, -(p.projects?.value ?? 0)]);
  return programmes
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map(({ p }) => p);
}

/** Which way the true number lies past a hedged one: 超1300 is more, 不足 is less. */
export function openEnd(figure: FigureInput): PipelineBarInput['open'] {
  if (figure.qualifier === 'over' || figure.qualifier === 'more-than') return 'more';
  if (figure.qualifier === 'under' || figure.qualifier === 'nearly') return 'less';
  return undefined;
}

/** Title and takeaway: the money's range, then who leads it; counts alone when there is no money. */
export function headline(programmes: PipelineProgramme[], names: string[], locale: Locale): { title: string; takeaway: string } {
  const withMoney = programmes.map((p, i) => ({ p, name: names[i] })).filter(({ p }) => p.investment);
  const top = withMoney[0];
  if (!top) {
    const counted = programmes.map((p, i) => ({ p, name: names[i] })).sort((a, b) => (b.p.projects?.value ?? 0) - (a.p.projects?.value ?? 0))[0];
    return { title: msg(locale, 'project-pipeline.title-plain'), takeaway: msg(locale, 'project-pipeline.takeaway-counts', { top: counted.name, count: countWords(counted.p.projects!, locale) }) };
  }
  const max = formatFigureValue(top.p.investment!, locale);
  if (withMoney.length === 1) return { title: msg(locale, 'project-pipeline.title-plain'), takeaway: msg(locale, 'project-pipeline.takeaway-one', { top: top.name, max }) };
  const min = formatFigureValue(withMoney[withMoney.length - 1].p.investment!, locale);
  return {
    title: msg(locale, 'project-pipeline.title', { count: formatNumber(withMoney.length, locale), min, max }),
    takeaway: msg(locale, 'project-pipeline.takeaway', { top: top.name }),
  };
}

/** "426项" / "426 projects": English counters have no unit of their own. */
export function countWords(figure: FigureInput, locale: Locale): string {
  return msg(locale, 'project-pipeline.count-words', { value: formatFigureValue(figure, locale) });
}

export function table(programmes: PipelineProgramme[], highlights: PipelineHighlight[], locale: Locale): DataTable {
  const rows: TableCell[][] = [];
  const row = (label: string, f: FigureInput) =>
    rows.push([{ text: label }, { text: formatFigureValue(f, locale), value: f.value, figure: f.id }, { text: formatDate(f.date, locale) }, { text: f.quote ?? '' }]);
  const lead = (f: FigureInput) => labelText(f.label, locale).replace(/[:：]\s*$/, '');
  const named = (name: string, measure: string) => msg(locale, 'project-pipeline.row', { name, measure });
  for (const p of programmes) {
    const name = labelText(p.label, locale);
    if (p.investment) row(named(name, p.term ? labelText(p.term, locale) : msg(locale, 'project-pipeline.measure.investment')), p.investment);
    if (p.projects) row(named(name, msg(locale, 'project-pipeline.measure.projects')), p.projects);
    if (p.largeProjects) row(named(name, lead(p.largeProjects)), p.largeProjects);
    for (const f of p.extras ?? []) row(named(name, lead(f)), f);
  }
  for (const h of highlights) {
    const caption = labelText(h.caption, locale);
    row(caption, h.figure);
    for (const f of h.extras ?? []) row(named(caption, lead(f)), f);
  }
  return {
    columns: figureColumns(locale),
    rows,
  };
}
