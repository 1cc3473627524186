import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import { bundledTimeline, checkTimelineData, type PlanTimelineData, type TimelineEventInput } from '../../data/timeline-events.js';
import type { Problems } from '../../data/validate.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg } from '../../format/messages.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutPlanTimeline, MARK_RADIUS, VALUE_GAP, type MarkShape, type PlacedText, type PlanTimelineLayout, type TimelineItem, type TimelineMark } from '../../layout/plan-timeline.js';
import { dateExtent } from '../../layout/time.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { planTimelineStyles } from './plan-timeline.styles.js';
import { messages as planTimelineMessages } from '../../generated/messages/plan-timeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(planTimelineMessages);

export type { PlanTimelineData, TimelineEventInput } from '../../data/timeline-events.js';

interface PlanTimelineView extends FrameView {
  geometry: PlanTimelineLayout;
  /** Per item: the figures' raw values and ids, for `data-value` / `data-figure` on their text. */
  figures: { value: number; id?: string }[][];
}

/**
 * The dated events of the special on one time axis, from Hymson's move to Jiangmen in
 * 2017 to the Shenzhen–Zhongshan Link "about to open". Relative dates ("去年2月") are shown
 * resolved, with the article's wording beside them and the rule in a note; events known
 * only to the year are bars, upcoming ones hollow and dashed. Each event lists the
 * figures the article prints about it. Wide, the events hang from a time axis; narrow,
 * they run down a rail, one to a row, so a dense month never stacks labels on each other.
 *
 * @summary The article's events on one timeline, with the figures each one states.
 * @tag plan-timeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The widget's title.
 * @csspart takeaway - The one-sentence reading of the timeline.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused event: date as written and resolved, figures, quote.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart: how relative dates were resolved.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per event and figure.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-accent - Colour of the event marks.
 * @cssprop --gba-color-rule - Colour of the rail and the publication-date line.
 * @cssprop --gba-color-grid - Colour of the year lines.
 * @cssprop --gba-color-background - Widget background (and the hollow of upcoming marks).
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Colour of dates, ticks and figure names.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class PlanTimeline extends GbaElement<PlanTimelineData, PlanTimelineView> {
  static override styles = [...GbaElement.styles, planTimelineStyles];

  /** Only events from this year or ISO date on, e.g. `2023` or `2023-08`. Empty: no limit. */
  @property() from = '';

  /** Only events up to the end of this year or ISO date, e.g. `2023` or `2024-03`. Empty: no limit. */
  @property() to = '';

  /** Only events of one topic: `zone`, `policy`, `gdp`, `firms`, `investment`, `innovation`, `sports`, `finance` or `transport`. Empty: all. */
  @property() topic = '';

  /** Your own events, replacing the article's: `{ events: [{ date, label: { 'zh-Hans', en }, precision?, asWritten?, topics?, quote?, figures? }], asOf?, dateRule? }`. */
  @property({ attribute: false }) data?: PlanTimelineData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): PlanTimelineData {
    return bundledTimeline();
  }

  protected override validate(input: unknown): Problems {
    return checkTimelineData(input);
  }

  protected override layout(data: PlanTimelineData, context: LayoutContext): PlanTimelineView | FatalView {
    const { locale, width } = context;
    const events = this.filtered(data.events, context);
    const asOf = data.asOf ? dateExtent(data.asOf)?.end : undefined;
    const items = events.map((event) => timelineItem(event, asOf, locale));
    const geometry = layoutPlanTimeline(items, {
      width,
      asOf: asOf === undefined ? undefined : { at: asOf, text: msg(locale, 'plan-timeline.as-of', { date: formatDate(data.asOf!, locale) }) },
      legend: { point: msg(locale, 'plan-timeline.legend.point'), span: msg(locale, 'plan-timeline.legend.span'), upcoming: msg(locale, 'plan-timeline.legend.upcoming') },
    });
    const ordered = geometry.rows.map((row) => ({ event: events[row.item], item: items[row.item] }));
    const takeaway = timelineTakeaway(ordered, locale);
    const first = ordered[0]?.item.date;
    const last = ordered[ordered.length - 1]?.item.date;
    return {
      title: msg(locale, 'plan-timeline.title'),
      takeaway,
      description: first ? `${msg(locale, 'plan-timeline.description', { total: items.length, first, last })} ${takeaway}` : takeaway,
      width: geometry.width,
      height: geometry.height,
      geometry,
      figures: events.map((e) => (e.figures ?? []).map((f) => ({ value: f.value, id: f.id }))),
      marks: geometry.rows.map(({ item, mark }) => ({ label: tooltip(events[item], items[item], locale), x: mark.cx, y: mark.cy })),
      table: () => ({
        columns: [
          { label: msg(locale, 'plan-timeline.column.event') },
          { label: msg(locale, 'column.date') },
          { label: msg(locale, 'plan-timeline.column.as-written') },
          { label: msg(locale, 'plan-timeline.column.figure') },
          { label: msg(locale, 'column.value'), numeric: true },
        ],
        rows: ordered.flatMap(({ event, item }) => {
          const head = [{ text: item.label }, { text: item.date }, { text: event.asWritten ?? '' }];
          if (!event.figures?.length) return [[...head, { text: '' }, { text: '' }]];
          return event.figures.map((f) => [...head, { text: labelText(f.label, locale) }, { text: formatFigureValue(f, locale), value: f.value, figure: f.id }]);
        }),
      }),
      notes: [
        ...(data.dateRule ? [msg(locale, 'plan-timeline.note-rule', { rule: labelText(data.dateRule, locale) })] : []),
        ...(items.length > 1 ? [msg(locale, 'derived.note')] : []),
      ],
    };
  }

  /** The events the `from`, `to` and `topic` attributes let through; a value that cannot filter is reported and ignored. */
  private filtered(events: TimelineEventInput[], { locale, badAttribute }: LayoutContext): TimelineEventInput[] {
    const bound = (name: string, value: string, edge: 'start' | 'end'): number | undefined => {
      if (!value.trim()) return undefined;
      const extent = dateExtent(value);
      if (!extent) badAttribute(name, value, msg(locale, 'plan-timeline.bad-date'));
      return extent?.[edge];
    };
    const from = bound('from', this.from, 'start');
    let to = bound('to', this.to, 'end');
    if (from !== undefined && to !== undefined && to <= from) {
      badAttribute('to', this.to, msg(locale, 'plan-timeline.bad-range', { from: this.from }));
      to = undefined;
    }
    const topics = [...new Set(events.flatMap((e) => e.topics ?? []))];
    let topic = this.topic.trim();
    if (topic && !topics.includes(topic)) {
      badAttribute('topic', this.topic, msg(locale, 'plan-timeline.bad-topic', { topics: topics.join(', ') }));
      topic = '';
    }
    return events.filter((event) => {
      const { start, end } = dateExtent(event.date)!;
      return (from === undefined || end > from) && (to === undefined || start < to) && (!topic || (event.topics ?? []).includes(topic));
    });
  }

  protected override renderDrawing(view: PlanTimelineView): SVGTemplateResult {
    const { geometry: g, figures } = view;
    const text = (t: PlacedText, item?: number) => {
      if (!t.lead) return svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}>${t.text}</text>`;
      const figure = item === undefined || t.figure === undefined ? undefined : figures[item][t.figure];
      return svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}><tspan class="value" data-value=${figure?.value ?? nothing} data-figure=${figure?.id ?? nothing}>${t.lead}</tspan>${
        t.text ? svg`<tspan dx=${VALUE_GAP}>${t.text}</tspan>` : nothing
      }</text>`;
    };
    return svg`
      ${g.grid.map((line) => svg`<line class="grid" x1=${line.x} x2=${line.x} y1=${line.y0} y2=${line.y1}></line>${text(line.text)}`)}
      ${g.rail.map((r) => svg`<line class="rail ${r.gap ? 'gap' : ''}" x1=${r.x} x2=${r.x} y1=${r.y0} y2=${r.y1}></line>`)}
      ${g.asOf ? svg`<line class="as-of" x1=${g.asOf.x0} x2=${g.asOf.x1} y1=${g.asOf.y0} y2=${g.asOf.y1}></line>${text(g.asOf.text)}` : nothing}
      ${g.legend.map((entry) => svg`<g aria-hidden="true">${legendShape(entry.shape, entry.cx, entry.cy)}${entry.texts.map((t) => text(t))}</g>`)}
      ${g.rows.map((row, i) => svg`<g class="event" data-mark=${i}>${markShape(row.mark)}${row.texts.map((t) => text(t, row.item))}</g>`)}
    `;
  }
}

/** An event as the layout needs it: its stretch of time and its words in the reader's language. */
function timelineItem(event: TimelineEventInput, asOf: number | undefined, locale: Locale): TimelineItem {
  let { start, end } = dateExtent(event.date)!;
  const precision = event.precision ?? (['year', 'month', 'day'] as const)[event.date.split('-').length - 1];
  // 年初: the article says only "early in the year"; the first quarter stands for it, and the words say 年初.
  if (precision === 'early-year') end = start + 0.25;
  const upcoming = precision === 'upcoming';
  // The article's date splits the year: what it reports had happened by then ("2024" ends
  // at June 2024), what it calls upcoming cannot lie before it.
  if (asOf !== undefined) [start, end] = upcoming ? [Math.max(start, asOf), Math.max(end, asOf)] : [start, Math.max(start, Math.min(end, asOf))];
  const year = event.date.slice(0, 4);
  const date =
    precision === 'early-year' ? msg(locale, 'plan-timeline.early-year', { year })
    : upcoming ? msg(locale, 'plan-timeline.upcoming', { date: formatDate(event.date, locale) })
    : formatDate(event.date, locale);
  return {
    start,
    end,
    upcoming,
    date,
    asWritten: event.asWritten ? msg(locale, 'plan-timeline.as-written', { text: event.asWritten }) : '',
    label: labelText(event.label, locale),
    figures: (event.figures ?? []).map((f) => ({ value: formatFigureValue(f, locale), label: labelText(f.label, locale) })),
  };
}

/** "2023年2月：…（原文“去年2月” → 2023年2月）；首次：…。原文：“…”" */
function tooltip(event: TimelineEventInput, item: TimelineItem, locale: Locale): string {
  return [
    msg(locale, 'plan-timeline.mark', { date: item.date, label: item.label }),
    event.asWritten ? msg(locale, 'plan-timeline.mark-resolved', { text: event.asWritten, date: item.date }) : '',
    ...item.figures.map((f) => msg(locale, 'plan-timeline.mark-figure', f)),
    event.quote ? msg(locale, 'plan-timeline.mark-quote', { quote: event.quote }) : '',
  ].join('');
}

/** How many events fall in the last two years of the timeline, and what comes next. */
function timelineTakeaway(ordered: { event: TimelineEventInput; item: TimelineItem }[], locale: Locale): string {
  if (ordered.length === 0) return msg(locale, 'plan-timeline.takeaway-none');
  if (ordered.length === 1) return msg(locale, 'plan-timeline.mark', { date: ordered[0].item.date, label: ordered[0].item.label });
  const years = ordered.map(({ item }) => Math.floor(item.start));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const from = Math.max(first, last - 1);
  const recent = years.filter((y) => y >= from).length;
  const next = ordered.find(({ item }) => item.upcoming);
  const params = {
    total: ordered.length,
    recent,
    years: from === last ? formatDate(String(last), locale) : msg(locale, 'plan-timeline.years', { from, to: last }),
    next: next ? msg(locale, 'plan-timeline.next', { label: next.item.label }) : '',
  };
  return msg(locale, recent === ordered.length ? 'plan-timeline.takeaway-all' : 'plan-timeline.takeaway', params);
}

function markShape(mark: TimelineMark): SVGTemplateResult {
  const cls = `mark ${mark.upcoming ? 'upcoming' : ''}`;
  if (!mark.bar) return svg`<circle class=${cls} cx=${mark.cx} cy=${mark.cy} r=${MARK_RADIUS}></circle>`;
  const { x, y, width, height } = mark.bar;
  return svg`<rect class=${cls} x=${x} y=${y} width=${width} height=${height} rx="4"></rect>`;
}

function legendShape(shape: MarkShape, cx: number, cy: number): SVGTemplateResult {
  if (shape === 'span') return svg`<rect class="mark" x=${cx - 8} y=${cy - 3} width="16" height="6" rx="3"></rect>`;
  return svg`<circle class="mark ${shape === 'upcoming' ? 'upcoming' : ''}" cx=${cx} cy=${cy} r=${MARK_RADIUS}></circle>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
}
