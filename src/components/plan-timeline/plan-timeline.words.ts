// The sentences of <plan-timeline> around its drawing: each event's date in words, its
// tooltip, the takeaway, the table and the "About the data" paragraphs.
import { labelText } from '../../data/dataset.js';
import type { PlanTimelineData, TimelineEventInput } from '../../data/timeline-events.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatFigureValue } from '../../format/units.js';
import type { EventKind, TimelineItem } from '../../layout/plan-timeline.js';
import { dateExtent } from '../../standards/dates.js';
import type { DataTable } from '../base/view.js';

/** The Jiangmen plenaries whose run the bundled title and takeaway are about. */
export const PLENARIES = ['jiangmen-plenary-4', 'jiangmen-plenary-5', 'jiangmen-plenary-6'];

/** What is known of the event's date, from its precision or the form of its ISO date. */
export function kindOf(event: TimelineEventInput): EventKind {
  const precision = event.precision ?? (['year', 'month', 'day'] as const)[event.date.split('-').length - 1];
  return precision === 'upcoming' ? 'upcoming' : precision === 'year' ? 'year' : precision === 'early-year' ? 'span' : 'point';
}

/** An event as the layout needs it: its stretch of time and its words in the reader's language. */
export function timelineItem(event: TimelineEventInput, asOf: number | undefined, locale: Locale): TimelineItem {
  let { start, end } = dateExtent(event.date)!;
  const kind = kindOf(event);
  // 年初: the article says only "early in the year"; the first quarter stands for it, and the words say 年初.
  if (event.precision === 'early-year') end = start + 0.25;
  // The article's date splits the year: what it reports had happened by then ("2024" ends
  // at June 2024), what it calls upcoming cannot lie before it.
  if (asOf !== undefined) [start, end] = kind === 'upcoming' ? [Math.max(start, asOf), Math.max(end, asOf)] : [start, Math.max(start, Math.min(end, asOf))];
  const year = event.date.slice(0, 4);
  const date =
    event.precision === 'early-year' ? msg(locale, 'plan-timeline.early-year', { year })
    : kind === 'upcoming' ? msg(locale, 'plan-timeline.upcoming', { date: formatDate(event.date, locale) })
    : kind === 'year' ? msg(locale, 'plan-timeline.year-only', { year })
    : event.doneBy ? msg(locale, 'plan-timeline.done-by', { date: formatDate(event.date, locale) })
    : formatDate(event.date, locale);
  return {
    start,
    end,
    kind,
    date,
    place: event.place,
    tag: event.place ? msg(locale, `plan-timeline.place.${event.place}`) : undefined,
    label: labelText(event.label, locale),
    figures: (event.figures ?? []).map((f) => ({ value: formatFigureValue(f, locale), label: labelText(f.label, locale) })),
  };
}

/** "2023年2月：…（原文“去年2月” → 2023年2月）；首次：…。原文：“…”" — English carries no Chinese quote. */
export function tooltip(event: TimelineEventInput, item: TimelineItem, locale: Locale): string {
  const chinese = locale.script !== 'en';
  return [
    msg(locale, 'plan-timeline.mark', { date: item.date, label: item.label }),
    event.asWritten ? msg(locale, 'plan-timeline.mark-resolved', { text: event.asWritten, date: item.date }) : '',
    ...item.figures.map((f) => msg(locale, 'plan-timeline.mark-figure', f)),
    event.quote && chinese ? msg(locale, 'plan-timeline.mark-quote', { quote: event.quote }) : '',
  ].join('');
}

/** How many events fall in the last two years of the timeline, and then the finding or what comes next. */
export function timelineTakeaway(ordered: { event: TimelineEventInput; item: TimelineItem }[], locale: Locale, finding: boolean): string {
  if (ordered.length === 0) return msg(locale, 'plan-timeline.takeaway-none');
  if (ordered.length === 1) return `${msg(locale, 'plan-timeline.mark', { date: ordered[0].item.date, label: ordered[0].item.label })}${locale.script === 'en' ? '.' : '。'}`;
  const years = ordered.map(({ item }) => Math.floor(item.start));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const from = Math.max(first, last - 1);
  const recent = years.filter((y) => y >= from).length;
  const next = ordered.find(({ item }) => item.kind === 'upcoming');
  const params = {
    total: ordered.length,
    recent,
    years: from === last ? formatDate(String(last), locale) : msg(locale, 'plan-timeline.years', { from, to: last }),
    next: finding ? msg(locale, 'plan-timeline.finding') : next ? msg(locale, 'plan-timeline.next', { label: next.item.label }) : '',
  };
  return msg(locale, recent === ordered.length ? 'plan-timeline.takeaway-all' : 'plan-timeline.takeaway', params);
}

/** One row per event and figure, in reading order; the article's words verbatim; figures about no event last. */
export function timelineTable(ordered: { event: TimelineEventInput; item: TimelineItem }[], data: PlanTimelineData, locale: Locale): DataTable {
  const place = (event: TimelineEventInput) => msg(locale, `plan-timeline.place.${event.place ?? 'none'}`);
  return {
    columns: [
      { label: msg(locale, 'plan-timeline.column.event') },
      { label: msg(locale, 'plan-timeline.column.place') },
      { label: msg(locale, 'column.date') },
      { label: msg(locale, 'plan-timeline.column.quote') },
      { label: msg(locale, 'plan-timeline.column.figure') },
      { label: msg(locale, 'column.value'), numeric: true },
    ],
    rows: [
      ...ordered.flatMap(({ event, item }) => {
        const head = [{ text: item.label }, { text: place(event) }, { text: item.date }, { text: event.quote ?? event.asWritten ?? '' }];
        if (!event.figures?.length) return [[...head, { text: '' }, { text: '' }]];
        return event.figures.map((f) => [...head, { text: labelText(f.label, locale) }, { text: formatFigureValue(f, locale), value: f.value, figure: f.id }]);
      }),
      ...(data.context ?? []).map((f) => [
        { text: msg(locale, 'plan-timeline.context-row') },
        { text: '' },
        { text: f.date ? formatDate(f.date, locale) : '' },
        { text: f.quote ?? '' },
        { text: labelText(f.label, locale) },
        { text: formatFigureValue(f, locale), value: f.value, figure: f.id },
      ]),
    ],
  };
}

/** "About the data": how dates were resolved and drawn, what colour says, and what was detached. */
export function timelineAbout(data: PlanTimelineData, locale: Locale, bundled: boolean): string[] {
  const rule = data.dateRule ? labelText(data.dateRule, locale) : '';
  return [
    bundled ? msg(locale, 'plan-timeline.about.dates') : rule ? msg(locale, 'plan-timeline.about.rule', { rule }) : '',
    msg(locale, 'plan-timeline.about.year-only'),
    msg(locale, 'plan-timeline.about.axis'),
    msg(locale, 'plan-timeline.about.colour'),
    bundled && data.context?.length ? msg(locale, 'plan-timeline.about.bank') : '',
    msg(locale, 'derived.note'),
  ].filter(Boolean);
}
