import {
  article,
  bankIntroFigures,
  dateRule,
  events,
  leadHardLinksFigures,
  leadJointPlatformsFigures,
  leadOneHourCircleFigures,
  zhongshanClustersFigures,
} from './dataset.js';
import { figureLookup } from './figure-lookup.js';
import type { FigureInput, LabelInput } from './figure-input.js';
import type { DatedEvent } from './types.js';

export type Precision = DatedEvent['precision'];

/** One dated event as a developer passes it to `<plan-timeline>`. */
export interface TimelineEventInput {
  /** ISO date: "2023", "2023-02" or "2024-06-15". */
  date: string;
  /** How precise `date` is; by default read from its form (year, month or day). */
  precision?: Precision;
  /** Done by `date` (截至), not on it: worded "by June 2024". */
  doneBy?: boolean;
  /** The source's own wording of a relative date ("去年2月"), kept in the tooltip and the table. */
  asWritten?: string;
  /** The one city the event belongs to: its mark takes the city's colour and its label leads with the city's name. Absent: neutral. */
  place?: Place;
  label: LabelInput;
  /** Words to filter by with the `topic` attribute. */
  topics?: string[];
  /** The source passage, shown in the tooltip. */
  quote?: string;
  /** The numbers the source prints about the event. */
  figures?: FigureInput[];
  id?: string;
}

/**
 * The most of each list `<plan-timeline>` reads, so any input is bounded work: 60 events,
 * 12 topics and 12 figures an event. Every text is at most `MAX_TEXT` (1000) characters.
 */
export const TIMELINE_LIMITS = { events: 60, topics: 12, figures: 12 } as const;

/** `<plan-timeline>`'s data: events, and how their relative dates were resolved. */
export interface PlanTimelineData {
  /** At most 60 events, each with at most 12 topics and 12 figures; texts at most 1000 characters. */
  events: TimelineEventInput[];
  /** ISO date the relative dates were resolved against (the article's): later events count as upcoming. */
  asOf?: string;
  /** The rule that resolved relative dates, shown under "About the data". */
  dateRule?: LabelInput;
  /** Figures printed beside the events but about none of them (a bank's 30多年 in the city): tabled, not drawn. */
  context?: FigureInput[];
}

export const PLACES = ['jiangmen', 'zhongshan', 'shenzhen', 'dongguan'] as const;
export type Place = (typeof PLACES)[number];

/**
 * The sections that print the figures the article's events name (events.json `figures`):
 * the lead's on GDP and the Link, on 海目星, on the 深江 zone; the bank piece; Zhongshan's
 * on 浪尖's project. An event's figure from any other section would silently drop out of
 * the timeline, so the component test checks that every figure an event names is tabled.
 */
const figureById = /*#__PURE__*/ figureLookup(leadHardLinksFigures, leadOneHourCircleFigures, leadJointPlatformsFigures, bankIntroFigures, zhongshanClustersFigures);

/** The article's 20 events, each with the figures it states, the article's date rule and the figure about no event. */
export function bundledTimeline(): PlanTimelineData {
  return {
    events: events.map(({ figures = [], ...event }) => ({
      ...event,
      figures: figures.map((id) => figureById(id)).filter((f): f is NonNullable<typeof f> => f !== undefined),
    })),
    asOf: article.date,
    dateRule,
    // "扎根中山市经济建设和社会发展30多年" is about the bank, not about the campaign launched on 15 June.
    context: [figureById('cgb-zhongshan-years-rooted')].filter((f): f is NonNullable<typeof f> => f !== undefined),
  };
}

