import { linearScale } from './linear-scale.js';
import { estimateTextWidth, wrapText } from './text-width.js';
import type { TimeExtent } from './time.js';
import { LABEL_LINE, SMALL_LINE, SMALL_SIZE, baseline, shiftTexts, textBox, unionBox, type Box, type PlacedText } from './placed-text.js';
import { eventText, type EventWords } from './timeline-text.js';

export { VALUE_GAP, type Box, type PlacedText } from './placed-text.js';

/** One dated event as the timeline draws it: when, and the words already in the reader's language. */
export interface TimelineItem extends TimeExtent, EventWords {
  /** Not yet happened when the article appeared: drawn hollow and dashed. */
  upcoming: boolean;
  /** The resolved date in words ("2023年2月"). */
  date: string;
  /** The article's own wording of the date, in words ("原文：去年2月"); empty when it was absolute. */
  asWritten: string;
}

export type MarkShape = 'point' | 'span' | 'upcoming';

export interface TimelineMark {
  cx: number;
  cy: number;
  upcoming: boolean;
  /** A span's bar (a year, early in a year); absent for a point, a dot of {@link MARK_RADIUS}. */
  bar?: { x: number; y: number; width: number; height: number };
}

export interface TimelineRow {
  /** Index into the items given: rows come in date order, items in any. */
  item: number;
  mark: TimelineMark;
  texts: PlacedText[];
  /** The room the row's words take. */
  box: Box;
}

export interface PlanTimelineLayout {
  width: number;
  height: number;
  /** `axis`: a time axis across, one row per event (wide). `stack`: a list down a rail (narrow). */
  mode: 'axis' | 'stack';
  rows: TimelineRow[];
  legend: { shape: MarkShape; cx: number; cy: number; texts: PlacedText[] }[];
  /** Year lines of the axis (axis mode). */
  grid: { x: number; y0: number; y1: number; text: PlacedText }[];
  /** The rail between consecutive marks (stack mode); `gap` where a year or more passes between them. */
  rail: { x: number; y0: number; y1: number; gap: boolean }[];
  /** Where the article's date falls: a vertical line (axis) or a rule before the upcoming events (stack). */
  asOf?: { x0: number; y0: number; x1: number; y1: number; text: PlacedText };
}

export interface TimelineOptions {
  width: number;
  /** The end of the period the article was written in (fractional year), with its words. */
  asOf?: { at: number; text: string };
  /** The legend's words for each mark shape. */
  legend: Record<MarkShape, string>;
}

export const MARK_RADIUS = 5;
/** Narrower than this, a time axis leaves too little room beside its marks: the list takes over. */
export const AXIS_MIN_WIDTH = 760;
/** Extents up to about a month are drawn as a dot, longer ones as a bar. */
const POINT_SPAN = 32 / 365;
const ROW_GAP = 12;
/** Wrap a little short of the room: Latin faces set wider than the estimate on some systems. */
const SAFE = 0.95;
const BLOCK_MAX = 440;
const DATE_COLUMN_MAX = 170;

export const shapeOf = (item: TimeExtent & { upcoming: boolean }): MarkShape =>
  item.upcoming ? 'upcoming' : item.end - item.start > POINT_SPAN ? 'span' : 'point';

/**
 * Geometry for `<plan-timeline>`. Each event has a row of its own, in date order, so no
 * two labels can meet however dense a month is: on wide screens the rows hang from a
 * time axis (the 2023–24 crowding is the story), on narrow ones they run down a rail
 * with the date written over each label.
 */
export function layoutPlanTimeline(items: readonly TimelineItem[], options: TimelineOptions): PlanTimelineLayout {
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || items[a].end - items[b].end || a - b);
  const legend = layoutLegend(items, options);
  const top = legend.length ? Math.max(...legend.flatMap((l) => l.texts.map((t) => textBox(t).y1))) + 12 : 0;
  const base = { width: options.width, legend, grid: [], rail: [] };
  return options.width >= AXIS_MIN_WIDTH && items.length
    ? { ...base, ...axisRows(items, order, top, options), mode: 'axis' }
    : { ...base, ...stackRows(items, order, top, options), mode: 'stack' };
}

function axisRows(items: readonly TimelineItem[], order: number[], top: number, { width, asOf }: TimelineOptions) {
  const dateWidth = Math.min(DATE_COLUMN_MAX, width * 0.25, 12 + Math.max(...items.flatMap((i) => [i.date, i.asWritten].map((t) => estimateTextWidth(t, SMALL_SIZE)))));
  const [x0, x1] = [dateWidth + MARK_RADIUS + 4, width - MARK_RADIUS - 2];
  const d0 = Math.floor(Math.min(...items.map((i) => i.start)));
  const d1 = Math.max(d0 + 1, Math.ceil(Math.max(...items.map((i) => i.end))));
  const x = linearScale([d0, d1], [x0, x1]);
  const step = Math.max(1, Math.ceil(44 / (x(d0 + 1) - x(d0))));
  const gridTop = top + SMALL_LINE + 4;
  let y = gridTop + 10;
  const rows = order.map((index): TimelineRow => {
    const item = items[index];
    const point = item.end - item.start <= POINT_SPAN;
    const [m0, m1] = point ? [x((item.start + item.end) / 2), x((item.start + item.end) / 2)] : [x(item.start), x(item.end)];
    const room = { right: x1 - m1 - MARK_RADIUS - 8, left: m0 - MARK_RADIUS - 8 - x0 };
    // Right of the mark when the words fit there at full measure or there is more room; else left.
    const onRight = room.right >= Math.min(room.left, BLOCK_MAX);
    const block = eventText({ label: item.label, figures: item.figures }, 0, y, Math.min(BLOCK_MAX, (onRight ? room.right : room.left) * SAFE));
    // Left of its mark a block is set flush right against it: the browser's measure, not our estimate, decides where lines start.
    const texts = onRight ? shiftTexts(block.texts, m1 + MARK_RADIUS + 8) : block.texts.map((t): PlacedText => ({ ...t, x: m0 - MARK_RADIUS - 8, anchor: 'end' }));
    const dates = [item.date, item.asWritten].filter(Boolean).flatMap((t) => wrapText(t, SMALL_SIZE, dateWidth - 12));
    dates.forEach((text, i) => texts.push({ x: 0, y: baseline(y + i * SMALL_LINE, SMALL_LINE, SMALL_SIZE) + 1, text, role: 'date', size: SMALL_SIZE }));
    const cy = y + LABEL_LINE / 2;
    const mark: TimelineMark = point
      ? { cx: m0, cy, upcoming: item.upcoming }
      : { cx: (m0 + m1) / 2, cy, upcoming: item.upcoming, bar: { x: m0, y: cy - 3, width: Math.max(m1 - m0, 2), height: 6 } };
    y += Math.max(block.height, dates.length * SMALL_LINE, LABEL_LINE) + ROW_GAP;
    return { item: index, mark, texts, box: unionBox(texts.map(textBox)) };
  });
  const bottom = y - ROW_GAP + 4;
  const grid = [];
  for (let year = d0; year <= d1; year += step) {
    // Centred on its line, but kept inside the box at either end: the last year ends at the edge.
    const half = estimateTextWidth(String(year), SMALL_SIZE) / 2;
    const [tx, anchor] = x(year) + half > width ? [width, 'end' as const] : [Math.max(half, x(year)), 'middle' as const];
    grid.push({ x: x(year), y0: gridTop, y1: bottom, text: { x: tx, anchor, y: baseline(top, SMALL_LINE, SMALL_SIZE), text: String(year), role: 'tick', size: SMALL_SIZE } as PlacedText });
  }
  let line: PlanTimelineLayout['asOf'];
  if (asOf && asOf.at > d0 && asOf.at < d1) {
    const ax = x(asOf.at);
    const left = ax - 4 - estimateTextWidth(asOf.text, SMALL_SIZE) >= 0;
    const text: PlacedText = { x: left ? ax - 4 : ax + 4, anchor: left ? 'end' : undefined, y: baseline(bottom + 4, SMALL_LINE, SMALL_SIZE), text: asOf.text, role: 'note', size: SMALL_SIZE };
    line = { x0: ax, x1: ax, y0: gridTop, y1: bottom + 6, text };
  }
  return { rows, grid, asOf: line, height: Math.ceil(line ? bottom + 4 + SMALL_LINE + 4 : bottom + 4) };
}

function stackRows(items: readonly TimelineItem[], order: number[], top: number, { width, asOf }: TimelineOptions) {
  const railX = MARK_RADIUS + 2;
  const textX = railX + MARK_RADIUS + 10;
  const maxWidth = (width - textX) * SAFE;
  let y = top;
  let line: PlanTimelineLayout['asOf'];
  const rows = order.map((index, i): TimelineRow => {
    const item = items[index];
    if (asOf && item.upcoming && !line && i > 0) {
      // A rule between what had happened when the article appeared and what was still to come.
      const text: PlacedText = { x: textX, y: baseline(y, SMALL_LINE, SMALL_SIZE), text: asOf.text, role: 'note', size: SMALL_SIZE };
      const x0 = Math.min(width, textBox(text).x1 + 6);
      line = { x0, x1: width, y0: y + SMALL_LINE / 2, y1: y + SMALL_LINE / 2, text };
      y += SMALL_LINE + 8;
    }
    const date = [item.date, item.asWritten].filter(Boolean).join(' · ');
    const block = eventText({ date, label: item.label, figures: item.figures }, textX, y, maxWidth);
    const cy = y + SMALL_LINE / 2;
    const point = item.end - item.start <= POINT_SPAN;
    const mark: TimelineMark = point ? { cx: railX, cy, upcoming: item.upcoming } : { cx: railX, cy, upcoming: item.upcoming, bar: { x: railX - 4, y: cy - 8, width: 8, height: 16 } };
    y += block.height + ROW_GAP;
    return { item: index, mark, texts: block.texts, box: unionBox(block.texts.map(textBox)) };
  });
  const rail = rows.slice(1).map((row, i) => {
    const prev = rows[i];
    return { x: railX, y0: prev.mark.cy + 9, y1: row.mark.cy - 9, gap: items[row.item].start - items[prev.item].end >= 1 };
  });
  return { rows, rail, asOf: line, height: Math.ceil(Math.max(top, y - ROW_GAP + 4)) };
}

/** One legend entry per mark shape in use, set left to right and onto new lines as the width asks. */
function layoutLegend(items: readonly TimelineItem[], { width, legend }: TimelineOptions): PlanTimelineLayout['legend'] {
  const shapes = (['point', 'span', 'upcoming'] as const).filter((s) => items.some((i) => shapeOf(i) === s));
  const entries: PlanTimelineLayout['legend'] = [];
  let [x, y] = [0, 0];
  for (const shape of shapes) {
    const lines = wrapText(legend[shape], SMALL_SIZE, width - 24);
    const w = 24 + Math.max(...lines.map((l) => estimateTextWidth(l, SMALL_SIZE)));
    if (x > 0 && x + w > width) [x, y] = [0, y + SMALL_LINE];
    const texts = lines.map((text, i): PlacedText => ({ x: x + 24, y: baseline(y + i * SMALL_LINE, SMALL_LINE, SMALL_SIZE), text, role: 'legend', size: SMALL_SIZE }));
    entries.push({ shape, cx: x + 9, cy: y + SMALL_LINE / 2, texts });
    x += w + 16;
    if (lines.length > 1) [x, y] = [0, y + lines.length * SMALL_LINE];
  }
  return entries;
}
