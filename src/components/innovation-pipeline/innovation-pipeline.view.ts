// The view of <innovation-pipeline>: geometry and every sentence around it, for one language,
// width and `detail`. A pure function: the element resolves attributes and calls it.
import { labelText } from '../../data/dataset.js';
import type { FigureInput, LabelInput } from '../../data/figure-input.js';
import type { InnovationPipelineData, PipelineGroup, PipelineItem } from '../../data/innovation-pipeline.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatChange } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutInnovationPipeline, type PipelineLayout } from '../../layout/innovation-pipeline.js';
import type { FrameView, MarkTip, TableCell } from '../base/view.js';
import { figureColumns } from '../base/frame-parts.js';

/** How much is drawn: the story and its context (default), or every group (`all`). */
export type PipelineDetail = 'default' | 'all';

export interface InnovationPipelineView extends FrameView {
  geometry: PipelineLayout;
  /** Keyboard index of each headline row, count row (section by section) and number cell, in drawing order. */
  markOf: { headline: number[]; counts: number[][]; numbers: number[][] };
  /** The drawn change (705 − 519), for its `data-value`. */
  change?: number;
}

export interface PipelineViewContext {
  width: number;
  locale: Locale;
  detail: PipelineDetail;
}

const isOpen = (figure: FigureInput) => figure.qualifier === 'over' || figure.qualifier === 'more-than';

/** Data → words and geometry; one keyboard mark per drawn figure, one table row per figure. */
export function pipelineView(data: InnovationPipelineData, { width, locale, detail }: PipelineViewContext): InnovationPipelineView {
  const t = (label: LabelInput | undefined) => labelText(label, locale);
  const value = (figure: FigureInput) => formatFigureValue(figure, locale);
  const short = (item: PipelineItem) => t(item.short ?? item.figure.label);
  const shown = (groups: PipelineGroup[] = []) => groups.filter((g) => detail === 'all' || !g.extra);
  const counts = shown(data.counts).map((g) => ({ ...g, items: rank(g.items) }));
  const numbers = shown(data.numbers);
  const headline = data.headline.items;
  const change = changeOf(headline, locale);

  const geometry = layoutInnovationPipeline(
    {
      headline: {
        title: t(data.headline.label),
        rows: headline.map((item, i) => ({ value: item.figure.value, text: value(item.figure), label: short(item), open: isOpen(item.figure), accent: i === headline.length - 1 })),
        change: change ? msg(locale, 'innovation-pipeline.change-label', { diff: change.diff }) : undefined,
      },
      counts: counts.map((g) => ({ title: t(g.label), rows: g.items.map((item) => ({ value: item.figure.value, text: value(item.figure), label: short(item), open: isOpen(item.figure) })) })),
      numbers: numbers.map((g) => ({ title: t(g.label), cells: g.items.map((item) => ({ value: item.figure.value, text: value(item.figure), label: short(item) })) })),
    },
    { width },
  );

  const marks: MarkTip[] = [];
  const mark = (item: PipelineItem, at: { x: number; y: number }) =>
    marks.push({ label: msg(locale, 'innovation-pipeline.mark', { label: short(item), value: value(item.figure), date: formatDate(item.figure.date, locale) }), ...at }) - 1;
  const markOf = {
    headline: headline.map((item, i) => mark(item, geometry.headline.rows[i].mark)),
    counts: counts.map((g, s) => g.items.map((item, i) => mark(item, geometry.counts[s].rows[i].mark))),
    numbers: numbers.map((g, s) => g.items.map((item, i) => mark(item, geometry.numbers[s].cells[i].mark))),
  };

  const title = t(data.title);
  const anyOpen = [...headline, ...counts.flatMap((g) => g.items)].some((item) => isOpen(item.figure));
  return {
    title,
    takeaway: takeaway(change, counts.length > 0, locale),
    description: description(title, data.headline, counts, numbers, locale),
    width: geometry.width,
    height: geometry.height,
    geometry,
    markOf,
    change: change?.value,
    marks,
    table: () => ({ columns: figureColumns(locale), rows: tableRows(data, change, locale) }),
    notes: data.notes ? data.notes.map(t) : [msg(locale, anyOpen ? 'innovation-pipeline.note.scale-open' : 'innovation-pipeline.note.scale')],
    about: [...(change ? [change.about] : []), ...(data.about ?? []).map(t)],
  };
}

/** Largest first, equal values in the data's order: the layout ranks its rows the same way. */
function rank(items: PipelineItem[]): PipelineItem[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => b.item.figure.value - a.item.figure.value || a.i - b.i).map(({ item }) => item);
}

interface Change {
  value: number;
  /** Signed: "+186家"; `magnitude` without the sign, for sentences that say "gain". */
  diff: string;
  magnitude: string;
  percent: string;
  first: FigureInput;
  last: FigureInput;
  about: string;
}

/**
 * 519 → 705: +186, +35.8% (derived). A hedged end (超300) has no exact difference, so a
 * headline with one states none rather than a number the article cannot back.
 */
function changeOf(items: PipelineItem[], locale: Locale): Change | undefined {
  const first = items[0]?.figure;
  const last = items[items.length - 1]?.figure;
  if (!first || !last || first === last || first.qualifier || last.qualifier) return undefined;
  const value = last.value - first.value;
  const magnitude = formatFigureValue({ value: Math.abs(value), unit: last.unit }, locale);
  const diff = value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : magnitude;
  const percent = first.value !== 0 ? formatChange((value / Math.abs(first.value)) * 100, locale) : '–';
  const params = { a: formatFigureValue(first, locale), b: formatFigureValue(last, locale), dateA: formatDate(first.date, locale), dateB: formatDate(last.date, locale), diff, percent };
  return { value, diff, magnitude, percent, first, last, about: msg(locale, 'innovation-pipeline.about.change', params) };
}

/** What to look at: the change, and that the counts below are drawn to its scale. */
function takeaway(change: Change | undefined, hasCounts: boolean, locale: Locale): string {
  if (!change) return msg(locale, 'innovation-pipeline.takeaway.bars');
  const counts = hasCounts ? msg(locale, 'innovation-pipeline.takeaway.counts') : '';
  const direction = change.value > 0 ? 'up' : change.value < 0 ? 'down' : 'same';
  const growth = msg(locale, `innovation-pipeline.growth.${direction}`, {
    magnitude: change.magnitude,
    percent: change.percent,
    dateA: formatDate(change.first.date, locale),
    dateB: formatDate(change.last.date, locale),
  });
  return msg(locale, counts ? 'innovation-pipeline.takeaway.both' : 'innovation-pipeline.takeaway.growth', { growth, counts });
}

function row(label: string, figure: FigureInput, locale: Locale): TableCell[] {
  return [
    { text: label },
    { text: formatFigureValue(figure, locale), value: figure.value, figure: figure.id },
    { text: formatDate(figure.date, locale) },
    { text: figure.quote ?? '' },
  ];
}

/** Every figure of the data, drawn or not, in the data's order; the derived change after the headline. */
function tableRows(data: InnovationPipelineData, change: Change | undefined, locale: Locale): TableCell[][] {
  const rows = (group: PipelineGroup) => group.items.map((item) => row(labelText(item.figure.label, locale), item.figure, locale));
  const changeRow: TableCell[][] = change
    ? [
        [
          { text: msg(locale, 'innovation-pipeline.change-row', { label: labelText(data.headline.label, locale), dateA: formatDate(change.first.date, locale), dateB: formatDate(change.last.date, locale) }) },
          { text: msg(locale, 'innovation-pipeline.change', { diff: change.diff, percent: change.percent }), value: change.value },
          { text: `${formatDate(change.first.date, locale)}—${formatDate(change.last.date, locale)}` },
          { text: '' },
        ],
      ]
    : [];
  return [...rows(data.headline), ...changeRow, ...(data.counts ?? []).flatMap(rows), ...(data.numbers ?? []).flatMap(rows)];
}

function description(title: string, headline: PipelineGroup, counts: PipelineGroup[], numbers: PipelineGroup[], locale: Locale): string {
  const block = (g: PipelineGroup) =>
    msg(locale, 'innovation-pipeline.description-block', {
      title: labelText(g.label, locale),
      items: g.items
        .map((item) => msg(locale, 'innovation-pipeline.description-item', { label: labelText(item.short ?? item.figure.label, locale), value: formatFigureValue(item.figure, locale) }))
        .join(msg(locale, 'innovation-pipeline.list-separator')),
    });
  const separator = msg(locale, 'innovation-pipeline.block-separator');
  return msg(locale, 'innovation-pipeline.description', {
    title,
    headline: block(headline),
    counts: counts.length ? msg(locale, 'innovation-pipeline.description-counts', { blocks: counts.map(block).join(separator) }) : '',
    numbers: numbers.length ? msg(locale, 'innovation-pipeline.description-numbers', { blocks: numbers.map(block).join(separator) }) : '',
  }).trim();
}
