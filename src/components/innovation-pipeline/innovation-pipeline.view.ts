import { labelText } from '../../data/dataset.js';
import type { FigureInput, LabelInput } from '../../data/figure-input.js';
import type { InnovationPipelineData, PipelineGroup, PipelineItem } from '../../data/innovation-pipeline.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatChange, formatPercent } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutInnovationPipeline, type PipelineBlockInput, type PipelineLayout } from '../../layout/innovation-pipeline.js';
import type { PipelineItemInput, PipelineItemLayout } from '../../layout/pipeline-item.js';
import type { FrameView, MarkTip, TableCell } from '../base/view.js';
import { figureColumns } from '../base/frame-parts.js';

/** Which token colours a mark: the story's subject, context, or a third kind of count. */
export type Tone = 'accent' | 'context' | 'extra';

/** One drawn item with what the template needs beside its geometry. */
export interface DrawnItem {
  geometry: PipelineItemLayout;
  tone: Tone;
  value: number;
  mark: number;
  parts: { value: number; mark: number }[];
}

export interface InnovationPipelineView extends FrameView {
  geometry: PipelineLayout;
  items: DrawnItem[];
}

/** A group's change from its first to its last date, when the article's numbers allow one. */
interface Change {
  diff: number;
  text: string;
  line: string;
  first: FigureInput;
  last: FigureInput;
  label: string;
}

const value = (figure: FigureInput, locale: Locale) => formatFigureValue(figure, locale);
const isOpen = (figure: FigureInput) => figure.qualifier === 'over' || figure.qualifier === 'more-than';

/**
 * Data → everything the frame and the template draw: texts in the reader's language, the
 * geometry from `layoutInnovationPipeline`, one keyboard mark and one table row per number.
 */
export function pipelineView(data: InnovationPipelineData, locale: Locale, width: number): InnovationPipelineView {
  const t = (label: LabelInput | undefined) => labelText(label, locale);
  const lastMeasure = data.stages[data.stages.length - 1]?.measure;
  const entries: { item: PipelineItem; tone: Tone; block: string }[] = [];
  const rows: TableCell[][] = [];
  const changes: Change[] = [];

  const groupInput = (group: PipelineGroup, tones: (item: PipelineItem, i: number) => Tone, block: string) => {
    const change = group.trend ? changeOf(group, locale) : undefined;
    if (change) changes.push(change);
    group.items.forEach((item, i) => entries.push({ item, tone: tones(item, i), block }));
    return {
      label: group.label ? t(group.label) : undefined,
      change: change ? { text: change.line, value: change.diff } : undefined,
      items: group.items.map((item) => itemInput(item, locale)),
    };
  };

  const stages: PipelineBlockInput[] = data.stages.map((stage) => ({
    title: t(stage.label),
    scale: `stage:${stage.measure}`,
    groups: stage.groups.map((group) =>
      groupInput(
        group,
        (item, i) => (form(item) !== 'bar' ? 'accent' : stage.measure !== lastMeasure || (group.trend && i < group.items.length - 1) ? 'context' : 'accent'),
        t(stage.label),
      ),
    ),
  }));
  const panels: PipelineBlockInput[] = (data.panels ?? []).map((panel, p) => ({
    title: t(panel.label),
    scale: `panel:${p}`,
    groups: [groupInput({ items: panel.items }, (item) => (form(item) === 'gauge' || form(item) === 'number' ? 'accent' : 'extra'), t(panel.label))],
  }));

  const geometry = layoutInnovationPipeline({ stages, panels }, { width });
  const laid = [...geometry.stages, ...geometry.panels].flatMap((block) => block.groups.flatMap((group) => group.items));

  const marks: MarkTip[] = [];
  const items: DrawnItem[] = entries.map(({ item, tone }, i) => {
    const { figure } = item;
    const g = laid[i];
    const names = (item.names ?? []).map(t);
    const label = names.length ? msg(locale, 'innovation-pipeline.names', { label: t(figure.label), names: names.join(msg(locale, 'innovation-pipeline.list-separator')) }) : t(figure.label);
    const mark = marks.push({ label: msg(locale, 'innovation-pipeline.mark', { label, value: value(figure, locale), date: formatDate(figure.date, locale) }), ...g.mark }) - 1;
    rows.push(row(label, figure, locale));
    const parts = (item.parts ?? []).map((part, j) => {
      rows.push(row(t(part.label), part, locale));
      const at = marks.push({ label: msg(locale, 'innovation-pipeline.mark', { label: t(part.label), value: value(part, locale), date: formatDate(part.date, locale) }), ...g.segments[j].mark }) - 1;
      return { value: part.value, mark: at };
    });
    const change = changes.find((c) => c.last === figure);
    if (change) {
      rows.push([
        { text: msg(locale, 'innovation-pipeline.change-row', { label: change.label, dateA: formatDate(change.first.date, locale), dateB: formatDate(change.last.date, locale) }) },
        { text: change.text, value: change.diff },
        { text: `${formatDate(change.first.date, locale)} → ${formatDate(change.last.date, locale)}` },
        { text: '' },
      ]);
    }
    return { geometry: g, tone, value: figure.value, mark, parts };
  });

  const title = t(data.title);
  return {
    title,
    takeaway: takeaway(data, changes, locale),
    description: description(title, stages, panels, locale),
    width: geometry.width,
    height: geometry.height,
    geometry,
    items,
    marks,
    table: () => ({
      columns: figureColumns(locale),
      rows,
    }),
    notes: notes(data, stages, panels, changes.length > 0, locale),
  };
}

function form(item: PipelineItem): NonNullable<PipelineItem['form']> {
  return item.form ?? 'bar';
}

function itemInput(item: PipelineItem, locale: Locale): PipelineItemInput {
  const { figure } = item;
  const max = Math.max(100, figure.value);
  return {
    form: form(item),
    value: figure.value,
    text: value(figure, locale),
    label: labelText(item.short ?? figure.label, locale),
    open: isOpen(figure),
    parts: item.parts?.map((part) => ({ value: part.value, text: msg(locale, 'innovation-pipeline.part', { date: formatDate(part.date, locale), value: value(part, locale) }) })),
    names: item.names?.map((name) => labelText(name, locale)),
    gauge: form(item) === 'gauge' ? { max, startText: formatPercent(0, locale), endText: formatPercent(max, locale) } : undefined,
  };
}

function row(label: string, figure: FigureInput, locale: Locale): TableCell[] {
  return [
    { text: label },
    { text: value(figure, locale), value: figure.value, figure: figure.id },
    { text: formatDate(figure.date, locale) },
    { text: figure.quote ?? '' },
  ];
}

/**
 * 519 → 705: +186, +35.8% (derived). A hedged end (超300) has no exact difference, so a
 * group with one states none rather than a number the article cannot back.
 */
function changeOf(group: PipelineGroup, locale: Locale): Change | undefined {
  const first = group.items[0]?.figure;
  const last = group.items[group.items.length - 1]?.figure;
  if (!first || !last || first === last || first.unit !== last.unit || first.qualifier || last.qualifier) return undefined;
  const diff = last.value - first.value;
  const magnitude = formatFigureValue({ value: Math.abs(diff), unit: last.unit }, locale);
  const signed = diff > 0 ? `+${magnitude}` : diff < 0 ? `−${magnitude}` : magnitude;
  const percent = first.value !== 0 ? formatChange((diff / Math.abs(first.value)) * 100, locale) : '–';
  const dates = { dateA: formatDate(first.date, locale), dateB: formatDate(last.date, locale) };
  return {
    diff,
    text: msg(locale, 'innovation-pipeline.change', { diff: signed, percent }),
    line: msg(locale, 'innovation-pipeline.change-line', { ...dates, diff: signed, percent }),
    first,
    last,
    label: labelText(group.label ?? first.label, locale),
  };
}

/** English puts a label mid-sentence in lower case, unless it starts with an acronym (UCAS). */
function midSentence(text: string, locale: Locale): string {
  return locale.script === 'en' && /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * The change of the first trend (519 → 705), then what the flow's last measure counts at each
 * stage (在孵超300家、毕业超200家、培育高企约40家): the pipeline's output, in one sentence.
 */
function takeaway(data: InnovationPipelineData, changes: Change[], locale: Locale): string {
  const lastMeasure = data.stages[data.stages.length - 1]?.measure;
  const flow = data.stages
    .filter((stage) => stage.measure === lastMeasure)
    .map((stage) => stage.groups[0].items[0])
    .map((item) =>
      msg(locale, 'innovation-pipeline.flow-item', { label: midSentence(labelText(item.short ?? item.figure.label, locale), locale), value: value(item.figure, locale) }),
    )
    .join(msg(locale, 'innovation-pipeline.flow-separator'));
  const change = changes[0];
  if (!change) return msg(locale, 'innovation-pipeline.takeaway-flow', { flow });
  const direction = change.diff > 0 ? 'up' : change.diff < 0 ? 'down' : 'same';
  const growth = msg(locale, `innovation-pipeline.growth.${direction}`, {
    label: change.label,
    a: value(change.first, locale),
    b: value(change.last, locale),
    dateA: formatDate(change.first.date, locale),
    dateB: formatDate(change.last.date, locale),
    change: change.text,
  });
  return msg(locale, 'innovation-pipeline.takeaway', { growth, flow });
}

function description(title: string, stages: PipelineBlockInput[], panels: PipelineBlockInput[], locale: Locale): string {
  const block = (b: PipelineBlockInput) =>
    msg(locale, 'innovation-pipeline.description-block', {
      title: b.title,
      items: b.groups
        .flatMap((g) => g.items)
        .map((item) => msg(locale, 'innovation-pipeline.description-item', { label: item.label, value: item.text }))
        .join(msg(locale, 'innovation-pipeline.list-separator')),
    });
  const separator = msg(locale, 'innovation-pipeline.block-separator');
  return msg(locale, 'innovation-pipeline.description', {
    title,
    count: stages.length,
    stages: stages.map(block).join(separator),
    panels: panels.length ? msg(locale, 'innovation-pipeline.description-panels', { panels: panels.map(block).join(separator) }) : '',
  }).trim();
}

function notes(data: InnovationPipelineData, stages: PipelineBlockInput[], panels: PipelineBlockInput[], derived: boolean, locale: Locale): string[] {
  const all = [...stages, ...panels].flatMap((b) => b.groups.flatMap((g) => g.items));
  const drawing = [
    msg(locale, 'innovation-pipeline.note.scales'),
    ...(all.some((i) => i.form === 'gauge') ? [msg(locale, 'innovation-pipeline.note.gauges')] : []),
    ...(all.some((i) => i.form === 'bar' && i.open) ? [msg(locale, 'innovation-pipeline.note.open')] : []),
  ].join(locale.script === 'en' ? ' ' : '');
  return [...(data.notes ?? []).map((note) => labelText(note, locale)), drawing, ...(derived ? [msg(locale, 'derived.note')] : [])];
}
