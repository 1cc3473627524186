import { linearScale } from './linear-scale.js';
import { SPACE } from './scale.js';
import { estimateTextWidth, wrapText } from './text-width.js';
import type { TimeExtent } from '../types/time.js';
import { SMALL_LINE, SMALL_SIZE, LABEL_LINE, baseline, shiftTexts, textBox, unionBox, type Box, type PlacedText } from './placed-text.js';
import { MARK_RADIUS, eventText, type EventWords, type Place, type TimelineText } from './timeline-text.js';
import { axisInterval, timelineOrder, type EventKind } from './timeline-order.js';
import { layoutVertical } from './timeline-vertical.js';

export { VALUE_GAP, type Box, type PlacedText } from './placed-text.js';
export type { EventKind } from './timeline-order.js';
export { MARK_RADIUS, type Place, type TimelineText } from './timeline-text.js';

/** One dated event as the timeline draws it: when, and the words already in the reader's language. */
export interface TimelineItem extends TimeExtent, EventWords {
  kind: EventKind;
  /** The resolved date in words ("2023年2月", "2023年（只知年份）"). */
  date: string;
  /** Its city, for the colour of its mark and tag; absent: several places or none (neutral). */
  place?: Place;
}

export interface TimelineMark {
  cx: number;
  cy: number;
  kind: EventKind;
  place?: Place;
  /** A span's bar (a year, early in a year); absent for a dot of {@link MARK_RADIUS}. */
  bar?: { x: number; y: number; width: number; height: number };
}

export interface TimelineRow {
  /** Index into the items given: rows come in reading order, items in any. */
  item: number;
  mark: TimelineMark;
  texts: TimelineText[];
  /** The room the row's words take. */
  box: Box;
}

export interface AxisLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlanTimelineLayout {
  width: number;
  height: number;
  /** `axis`: time runs across, one row per event (wide). `vertical`: time runs down a broken axis, events beside it (narrow). */
  mode: 'axis' | 'vertical';
  rows: TimelineRow[];
  /** Year lines (across) or year ticks (down), each with its year. */
  grid: (AxisLine & { text: PlacedText })[];
  /** The time axis, one piece per unbroken stretch of time (vertical); `scaled`: drawn to the one scale (solid), else a stretch of year-only events (dashed). */
  rail: (AxisLine & { scaled: boolean })[];
  /** Where the axis is broken: the stretch left out, in words, between two pieces of rail. */
  breaks: { x: number; y0: number; y1: number; text: PlacedText }[];
  /** The time each group of events takes on the vertical axis (from `a` to `b`, fractional years): a dot, or a bracket for a span. */
  stamps: { cx: number; y0: number; y1: number; a: number; b: number; kind: EventKind }[];
  /** Date headings of the groups (vertical). */
  headings: PlacedText[];
  /** From each group's time on the axis to its heading (vertical). */
  leaders: [number, number][][];
  /** The article's date: a vertical line (axis) or a rule between what had happened and what was to come (vertical). */
  asOf?: AxisLine & { text: PlacedText };
}

export interface TimelineOptions {
  width: number;
  /** The end of the period the article was written in (fractional year), with its words. */
  asOf?: { at: number; text: string };
  /** Words for the broken axis: the whole years left out, or else how many months. */
  gap?: (skipped: { from: number; to: number } | { months: number }) => string;
}

/** Narrower than this, a time axis across leaves too little room beside its marks: time runs down instead. */
export const AXIS_MIN_WIDTH = 760;
const ROW_GAP = SPACE.m;
/** Wrap a little short of the room: Latin faces set wider than the estimate on some systems. */
const SAFE = 0.95;
const BLOCK_MAX = 440;
const DATE_COLUMN_MAX = 170;

/**
 * Geometry for `<plan-timeline>`. Wide, each event has a row of its own hanging from a time
 * axis across; narrow, time runs down a broken axis, to scale within each stretch, and the
 * events of each date are listed beside it. Year-only events come after the dated ones of
 * their year in both.
 */
export function layoutPlanTimeline(items: readonly TimelineItem[], options: TimelineOptions): PlanTimelineLayout {
  const order = timelineOrder(items);
  const base = { width: options.width, grid: [], rail: [], breaks: [], stamps: [], headings: [], leaders: [] };
  return options.width >= AXIS_MIN_WIDTH && items.length
    ? { ...base, ...axisRows(items, order, options), mode: 'axis' }
    : { ...base, ...layoutVertical(items, order, options), mode: 'vertical' };
}

function axisRows(items: readonly TimelineItem[], order: number[], { width, asOf }: TimelineOptions) {
  const dateWidth = Math.min(DATE_COLUMN_MAX, width * 0.25, SPACE.m + Math.max(...items.map((i) => estimateTextWidth(i.date, SMALL_SIZE))));
  const [x0, x1] = [dateWidth + MARK_RADIUS + SPACE.xs, width - MARK_RADIUS - 2];
  const extents = items.map(axisInterval);
  const d0 = Math.floor(Math.min(...extents.map((e) => e[0])));
  const d1 = Math.max(d0 + 1, Math.ceil(Math.max(...items.map((i) => i.end))));
  const x = linearScale([d0, d1], [x0, x1]);
  const step = Math.max(1, Math.ceil(44 / (x(d0 + 1) - x(d0))));
  const top = 0;
  const gridTop = top + SMALL_LINE + SPACE.xs;
  let y = gridTop + 10;
  const rows = order.map((index): TimelineRow => {
    const item = items[index];
    const point = item.kind === 'point' || (item.kind === 'upcoming' && item.end - item.start < 0.1);
    const [m0, m1] = point ? [x(extents[index][0]), x(extents[index][0])] : [x(item.start), x(item.end)];
    const room = { right: x1 - m1 - MARK_RADIUS - SPACE.s, left: m0 - MARK_RADIUS - SPACE.s - x0 };
    // Right of the mark when the words fit there at full measure or there is more room; else left.
    const onRight = room.right >= Math.min(room.left, BLOCK_MAX);
    const block = eventText({ ...item, date: undefined }, 0, y, Math.min(BLOCK_MAX, (onRight ? room.right : room.left) * SAFE));
    // Left of its mark a block is set flush right against it: the browser's measure, not our estimate, decides where lines start.
    const texts = onRight ? shiftTexts(block.texts, m1 + MARK_RADIUS + SPACE.s) : block.texts.map((t): TimelineText => ({ ...t, x: m0 - MARK_RADIUS - SPACE.s, anchor: 'end' }));
    const dates = wrapText(item.date, SMALL_SIZE, dateWidth - SPACE.m);
    dates.forEach((text, i) => texts.push({ x: 0, y: baseline(y + i * SMALL_LINE, SMALL_LINE, SMALL_SIZE) + 1, text, role: 'date', size: SMALL_SIZE }));
    const cy = y + LABEL_LINE / 2;
    const mark: TimelineMark = point
      ? { cx: m0, cy, kind: item.kind, place: item.place }
      : { cx: (m0 + m1) / 2, cy, kind: item.kind, place: item.place, bar: { x: m0, y: cy - 4, width: Math.max(m1 - m0, 2), height: 8 } };
    y += Math.max(block.height, dates.length * SMALL_LINE, LABEL_LINE) + ROW_GAP;
    return { item: index, mark, texts, box: unionBox(texts.map(textBox)) };
  });
  const bottom = y - ROW_GAP + SPACE.xs;
  const grid: PlanTimelineLayout['grid'] = [];
  for (let year = d0; year <= d1; year += step) {
    // Centred on its line, but kept inside the box at either end: the last year ends at the edge.
    const half = estimateTextWidth(String(year), SMALL_SIZE) / 2;
    const [tx, anchor] = x(year) + half > width ? [width, 'end' as const] : [Math.max(half, x(year)), 'middle' as const];
    const text: PlacedText = { x: tx, anchor, y: baseline(top, SMALL_LINE, SMALL_SIZE), text: String(year), role: 'tick', size: SMALL_SIZE };
    grid.push({ x0: x(year), x1: x(year), y0: gridTop, y1: bottom, text });
  }
  let line: PlanTimelineLayout['asOf'];
  if (asOf && asOf.at > d0 && asOf.at < d1) {
    const ax = x(asOf.at);
    const left = ax - SPACE.xs - estimateTextWidth(asOf.text, SMALL_SIZE) >= 0;
    const text: PlacedText = { x: left ? ax - SPACE.xs : ax + SPACE.xs, anchor: left ? 'end' : undefined, y: baseline(bottom + SPACE.xs, SMALL_LINE, SMALL_SIZE), text: asOf.text, role: 'note', size: SMALL_SIZE };
    line = { x0: ax, x1: ax, y0: gridTop, y1: bottom + 6, text };
  }
  return { rows, grid, asOf: line, height: Math.ceil(line ? bottom + SPACE.xs + SMALL_LINE + SPACE.xs : bottom + SPACE.xs) };
}
