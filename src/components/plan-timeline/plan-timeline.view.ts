// The view of <plan-timeline>: the drawing's geometry and every sentence around it, for one
// language and width. A pure function of the events the attributes let through: the element
// filters them and calls it.
import type { PlanTimelineData, TimelineEventInput } from '../../data/timeline-events.js';
import { labelText } from '../../data/dataset.js';
import { formatDate } from '../../format/date.js';
import { formatFigureValue } from '../../format/units.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { layoutPlanTimeline, type PlanTimelineLayout } from '../../layout/plan-timeline.js';
import { dateExtent } from '../../standards/dates.js';
import type { FrameView } from '../base/view.js';
import { PLENARIES, timelineAbout, timelineItem, timelineTable, timelineTakeaway, tooltip } from './plan-timeline.words.js';

export interface PlanTimelineView extends FrameView {
  geometry: PlanTimelineLayout;
  /** Per item: the drawn figures' raw values and ids, for `data-value` / `data-figure` on their text. */
  figures: { value: number; id?: string }[][];
}

export const TIMELINE_FIGURES = ['extra', 'all', 'none'] as const;
export type TimelineFigures = (typeof TIMELINE_FIGURES)[number];

export interface PlanTimelineViewContext {
  width: number;
  locale: Locale;
  /** The article's own events: the title and takeaway may state the article's finding. */
  bundled: boolean;
  /** Which figures to draw under each label: those the label does not already state (`extra`), `all` or `none`. All are always in the tooltip and the table. */
  figures: TimelineFigures;
}

/** Geometry and words of <plan-timeline> for the events to show (already filtered). */
export function planTimelineView(data: PlanTimelineData, events: TimelineEventInput[], { width, locale, bundled, figures }: PlanTimelineViewContext): PlanTimelineView {
  const asOf = data.asOf ? dateExtent(data.asOf)?.end : undefined;
  const items = events.map((event) => timelineItem(event, asOf, locale));
  // Labels, not a dossier: by default a figure is drawn only when the event's label does not
  // already say it ("第4座", "首次"), judged on the article's own words so every language draws the same.
  const zh = { script: 'zh-Hans', tag: 'zh-CN' } as const;
  const stated = (event: TimelineEventInput, f: NonNullable<TimelineEventInput['figures']>[number]) => labelText(event.label, zh).includes(formatFigureValue(f, zh));
  const shown = events.map((event) => (event.figures ?? []).filter((f) => figures === 'all' || (figures === 'extra' && !stated(event, f))));
  const drawn = items.map((item, i) => ({ ...item, figures: item.figures.filter((_, j) => shown[i].includes(events[i].figures![j])) }));
  const geometry = layoutPlanTimeline(drawn, {
    width,
    asOf: asOf === undefined ? undefined : { at: asOf, text: msg(locale, 'plan-timeline.as-of', { date: formatDate(data.asOf!, locale) }) },
    gap: (skipped) =>
      'months' in skipped ? msg(locale, 'plan-timeline.gap-months', { months: skipped.months })
      : skipped.from === skipped.to ? msg(locale, 'plan-timeline.gap-year', { year: skipped.from })
      : msg(locale, 'plan-timeline.gap-years', skipped),
  });
  const ordered = geometry.rows.map((row) => ({ event: events[row.item], item: items[row.item] }));
  // The finding is the article's: said only while its three plenaries are all on show.
  const finding = bundled && PLENARIES.every((id) => events.some((e) => e.id === id));
  const takeaway = timelineTakeaway(ordered, locale, finding);
  const first = ordered[0]?.item.date;
  const last = ordered[ordered.length - 1]?.item.date;
  return {
    title: finding || !first ? msg(locale, 'plan-timeline.title') : msg(locale, 'plan-timeline.title-generic', { total: items.length, first, last }),
    takeaway,
    description: first ? `${msg(locale, 'plan-timeline.description', { total: items.length, first, last })} ${takeaway}` : takeaway,
    width: geometry.width,
    height: geometry.height,
    geometry,
    // The figures drawn, in the order drawn: a text's `figure` index points into its event's list here.
    figures: shown.map((list) => list.map((f) => ({ value: f.value, id: f.id }))),
    marks: geometry.rows.map(({ item, mark }) => ({ label: tooltip(events[item], items[item], locale), x: mark.cx, y: mark.cy })),
    table: () => timelineTable(ordered, data, locale),
    notes: [],
    about: timelineAbout(data, locale, bundled),
  };
}
