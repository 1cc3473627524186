import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { bundledTimeline, type PlanTimelineData, type TimelineEventInput } from '../../data/timeline-events.js';
import { DEFAULT_LOCALE } from '../../format/locale.js';
import { addMessages, languageReady, msg } from '../../format/messages.js';
import { MARK_RADIUS, VALUE_GAP, type EventKind, type TimelineMark, type TimelineText } from '../../layout/plan-timeline.js';
import { dateExtent } from '../../standards/dates.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { planTimelineStyles } from './plan-timeline.styles.js';
import { planTimelineView, TIMELINE_FIGURES, type PlanTimelineView, type TimelineFigures } from './plan-timeline.view.js';
import { messages as planTimelineMessages } from '../../generated/messages/plan-timeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(planTimelineMessages);

export type { PlanTimelineData, TimelineEventInput } from '../../data/timeline-events.js';

/**
 * The dated events of the special, from Hymson's move to Jiangmen in 2017 to the
 * Shenzhen–Zhongshan Link "about to open": three Jiangmen plenaries in about a year take the
 * Shenzhen–Jiangmen zone from first proposal to its start-up area. Wide, each event hangs
 * from a time axis across; narrower than 760 px, time runs down an axis drawn to one scale,
 * broken where years pass with no event (the break names the years skipped), and each date's
 * events are listed beside it. Events known only to the year are hollow bars listed after
 * the dated events of their year; upcoming ones are hollow and dashed. Each event's mark takes
 * its city's colour and its label leads with the city's name. Relative dates are shown
 * resolved; how, and the article's wording, are in "About the data", the tooltip and the table.
 *
 * @summary The article's events on one timeline, by city, with the figures each one states.
 * @tag plan-timeline
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The widget's title: the article's finding.
 * @csspart takeaway - The one-sentence reading of the timeline.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused event: date as written and resolved, figures, quote.
 * @csspart message - The inline message shown for bad input.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per event and figure, with the article's words.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Colour of Jiangmen's events (mark and city name).
 * @cssprop --gba-color-zhongshan - Colour of Zhongshan's events.
 * @cssprop --gba-color-shenzhen - Colour of Shenzhen's events.
 * @cssprop --gba-color-dongguan - Colour of Dongguan's events.
 * @cssprop --gba-color-context - Colour of events of several places or none.
 * @cssprop --gba-color-rule - Colour of the time axis, leaders and the publication-date line.
 * @cssprop --gba-color-grid - Colour of the year lines (wide).
 * @cssprop --gba-color-background - Widget background (and the hollow of imprecise and upcoming marks).
 * @cssprop --gba-color-text - Text colour, and the axis' date stamps.
 * @cssprop --gba-color-muted - Colour of dates, ticks, gap marks and figure names.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class PlanTimeline extends GbaElement<PlanTimelineData, PlanTimelineView> {
  static override styles = [...GbaElement.styles, toneStyles, planTimelineStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<PlanTimelineData> = { bundled: bundledTimeline, check: () => import('../../data/timeline-events.check.js').then(({ checkTimelineData }) => (input, problems) => void problems.push(...checkTimelineData(input))) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    topic: {},
    figures: {},
  };

  /** Only events from this year or ISO date on, e.g. `2023` or `2023-08`. Empty: no limit. */
  from = '';

  /** Only events up to the end of this year or ISO date, e.g. `2023` or `2024-03`. Empty: no limit. */
  to = '';

  /** Only events of one topic: `zone`, `policy`, `gdp`, `firms`, `investment`, `innovation`, `sports`, `finance` or `transport`. Empty: all. */
  topic = '';

  /** Which figures to draw under each event's label: `extra` (those the label does not already state), `all` or `none`. Every figure is in the tooltip and the table. */
  figures: TimelineFigures = 'extra';

  /** Your own events, replacing the article's: `{ events: [{ date, label: { 'zh-Hans', en }, precision?, doneBy?, place?, asWritten?, topics?, quote?, figures? }], asOf?, dateRule?, context? }`. */
  override data?: PlanTimelineData;

  /**
   * The Simplified words too, in every language: the view judges whether an event's label
   * already states a figure in the article's own words (planTimelineView), so an English
   * timeline draws the same marks as the Chinese one.
   */
  protected override dataReady(): Promise<unknown> | undefined {
    return languageReady(DEFAULT_LOCALE);
  }

  protected override layout(data: PlanTimelineData, context: LayoutContext): PlanTimelineView | FatalView {
    let figures = this.figures;
    if (!TIMELINE_FIGURES.includes(figures)) {
      context.badAttribute('figures', figures, msg(context.locale, 'plan-timeline.bad-topic', { topics: TIMELINE_FIGURES.join(', ') }));
      figures = 'extra';
    }
    return planTimelineView(data, this.filtered(data.events, context), { width: context.width, locale: context.locale, bundled: context.bundled, figures });
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
    const text = (t: TimelineText, item?: number) => {
      if (!t.lead) return svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}>${t.text}</text>`;
      const figure = item === undefined || t.figure === undefined ? undefined : figures[item][t.figure];
      // A label's lead is its city, in the city's colour; a figure's lead is its value.
      const leadClass = t.role === 'label' ? `tag ${placeClass(item === undefined ? undefined : g.rows.find((r) => r.item === item)?.mark)}` : 'value';
      return svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}><tspan class=${leadClass} data-value=${figure?.value ?? nothing} data-figure=${figure?.id ?? nothing}>${t.lead}</tspan>${
        t.text ? svg`<tspan dx=${t.joined ? 0 : VALUE_GAP}>${t.text}</tspan>` : nothing
      }</text>`;
    };
    const line = (l: { x0: number; y0: number; x1: number; y1: number }, cls: string) => svg`<line class=${cls} x1=${l.x0} x2=${l.x1} y1=${l.y0} y2=${l.y1}></line>`;
    return svg`
      ${g.grid.map((l) => svg`${line(l, g.mode === 'axis' ? 'grid' : 'tick-line')}${text(l.text)}`)}
      ${g.rail.map((r) => line(r, r.scaled ? 'rail' : 'rail unscaled'))}
      ${g.breaks.map((b) => svg`<path class="break" d=${`M${b.x - 5} ${b.y0 + 4}l10 -4M${b.x - 5} ${b.y1}l10 -4`}></path><line class="rail gap" x1=${b.x} x2=${b.x} y1=${b.y0 + 2} y2=${b.y1 - 2}></line>${text(b.text)}`)}
      ${g.leaders.map((points) => svg`<polyline class="leader" points=${points.map((p) => p.join(',')).join(' ')}></polyline>`)}
      ${g.stamps.map((s) => stamp(s))}
      ${g.headings.map((h) => text(h))}
      ${g.asOf ? svg`${line(g.asOf, 'as-of')}${g.mode === 'axis' ? text(g.asOf.text) : nothing}` : nothing}
      ${g.rows.map((row, i) => svg`<g class="event" data-mark=${i}>${markShape(row.mark)}${row.texts.map((t) => text(t, row.item))}</g>`)}
    `;
  }
}

// The shared `.tone-<city>` classes; a place without a colour of its own gets none (context grey).
const placeClass = (mark?: TimelineMark) => `tone-${mark?.place ?? 'none'}`;

/** An event's mark: a dot for a known month or day, a hollow bar for a year or part of one, a hollow dashed dot for what was still to come. */
function markShape(mark: TimelineMark): SVGTemplateResult {
  const cls = `mark ${mark.kind} ${placeClass(mark)}`;
  if (!mark.bar) return svg`<circle class=${cls} cx=${mark.cx} cy=${mark.cy} r=${MARK_RADIUS}></circle>`;
  const { x, y, width, height } = mark.bar;
  return svg`<rect class=${cls} x=${x} y=${y} width=${width} height=${height} rx="3"></rect>`;
}

/** A group's time on the vertical axis: a dot, or a bracket the length of its span. */
function stamp({ cx, y0, y1, kind }: { cx: number; y0: number; y1: number; kind: EventKind }): SVGTemplateResult {
  if (y1 - y0 < 2) return svg`<circle class="stamp ${kind}" cx=${cx} cy=${y0} r="3"></circle>`;
  return svg`<path class="stamp bracket" d=${`M${cx + 4} ${y0}h-4v${y1 - y0}h4`}></path>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
}
