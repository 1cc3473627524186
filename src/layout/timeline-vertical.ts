import { dodge } from './dodge.js';
import { LABEL_LINE, SMALL_LINE, SMALL_SIZE, baseline, shiftTexts, textBox, unionBox, type PlacedText } from './placed-text.js';
import { SPACE } from './scale.js';
import { MARK_RADIUS, eventText } from './timeline-text.js';
import { axisInterval, type EventKind } from './timeline-order.js';
import type { PlanTimelineLayout, TimelineItem, TimelineOptions, TimelineRow } from './plan-timeline.js';

/** More empty time than this (years) between two events breaks the axis, with a gap mark saying what is left out. */
const BREAK_MIN = 0.9;
const BREAK_HEIGHT = SPACE.xl;
/** Room for a year ("2024") right-aligned left of the axis. */
const TICK_WIDTH = 28;
const LANE = 5;
/** The busiest stretch's axis is this share of the height its words take. */
const SCALE_SHARE = 0.6;
const SAFE = 0.95;

/** Events that share a date share a heading and one stamp on the axis; the article's date is a group of its own. */
interface Group {
  items: number[];
  kind: EventKind | 'as-of';
  a: number;
  b: number;
  date: string;
  lane: number;
}

/**
 * Time runs down. The axis is to scale (one scale for every stretch drawn solid) except
 * where a long empty stretch is cut out, with a gap mark naming it, or where a stretch holds
 * only events known to the year, whose time inside cannot be drawn anyway (drawn dashed).
 * Beside the axis each date's events are listed under their date, as near their time as
 * the words above them allow, and a leader joins each heading to its time.
 */
export function layoutVertical(items: readonly TimelineItem[], order: number[], { width, asOf, gap }: TimelineOptions) {
  const groups = groupsOf(items, order, asOf);
  const lanes = assignLanes(groups);
  const axisX = TICK_WIDTH + SPACE.xs + 2;
  const laneX = (lane: number) => axisX + SPACE.xs + 2 + lane * LANE;
  const labelX = laneX(lanes) + SPACE.m;
  const textX = labelX + 2 * MARK_RADIUS + SPACE.xs + 2;
  const maxWidth = (width - textX) * SAFE;

  // Each group's words, set at y = 0 and moved into place once the dodge has spoken.
  const blocks = groups.map((g) => {
    let h = SMALL_LINE;
    const events = g.items.map((index) => {
      const block = eventText({ ...items[index], date: undefined }, textX, h, maxWidth);
      const top = h;
      h += block.height + SPACE.xs;
      return { index, top, texts: block.texts };
    });
    return { events, height: g.items.length ? h - SPACE.xs : h };
  });

  const clusters = clustersOf(groups);
  const scaled = (c: number[]) => groups.some((_, i) => c.includes(i) && ['point', 'upcoming', 'as-of'].includes(groups[i].kind));
  const need = (c: number[]) => c.reduce((sum, i) => sum + blocks[i].height, 0) + SPACE.m * (c.length - 1);
  const span = (c: number[]) => Math.max(...c.map((i) => groups[i].b)) - Math.min(...c.map((i) => groups[i].a));
  // One scale for every solid stretch, from the busiest stretch: its axis a share of its words'
  // height, so quiet months keep their words near their time and a crowded week fans out.
  const k = SCALE_SHARE * Math.max(0, ...clusters.filter((c) => scaled(c) && span(c) > 1 / 24).map((c) => need(c) / span(c)));

  const layout: Pick<PlanTimelineLayout, 'rows' | 'grid' | 'rail' | 'breaks' | 'stamps' | 'headings' | 'leaders' | 'asOf'> = { rows: [], grid: [], rail: [], breaks: [], stamps: [], headings: [], leaders: [] };
  let y = 0;
  clusters.forEach((c, ci) => {
    const c0 = Math.min(...c.map((i) => groups[i].a));
    const c1 = Math.max(...c.map((i) => groups[i].b));
    const solid = scaled(c);
    const scale = solid ? k : span(c) > 0 ? need(c) / span(c) : 0;
    const top = y;
    const at = (t: number) => top + (t - c0) * scale;
    // A year-only group wishes for no place: it follows the year's dated events.
    const weights = c.map((i) => (groups[i].kind === 'year' ? 0 : 1));
    const tops = dodge(c.map((i) => at(groups[i].a) - SMALL_LINE / 2), c.map((i) => blocks[i].height), weights, SPACE.m, top);
    c.forEach((gi, j) => place(gi, tops[j], at));
    const bottom = Math.max(at(c1), tops[tops.length - 1] + blocks[c[c.length - 1]].height);
    layout.rail.push({ x0: axisX, x1: axisX, y0: top, y1: ci === clusters.length - 1 ? at(c1) : bottom, scaled: solid });
    yearTicks(c0, c1, solid, at);
    y = bottom;
    const next = clusters[ci + 1];
    if (next) {
      const nextStart = Math.min(...next.map((i) => groups[i].a));
      const [from, to] = [Math.ceil(c1), Math.floor(nextStart) - 1];
      const words = gap?.(to >= from ? { from, to } : { months: Math.round((nextStart - c1) * 12) }) ?? '';
      const [y0, y1] = [y + SPACE.xs, y + SPACE.xs + BREAK_HEIGHT];
      layout.breaks.push({ x: axisX, y0, y1, text: { x: axisX + SPACE.m, y: baseline((y0 + y1 - SMALL_LINE) / 2, SMALL_LINE, SMALL_SIZE), text: words, role: 'note', size: SMALL_SIZE } });
      y = y1 + SPACE.xs;
    }
  });
  return { ...layout, height: Math.ceil(Math.max(y, ...layout.rows.map((r) => r.box.y1)) + SPACE.xs) };

  function place(gi: number, top: number, at: (t: number) => number) {
    const g = groups[gi];
    const heading: PlacedText = { x: labelX, y: baseline(top, SMALL_LINE, SMALL_SIZE), text: g.date, role: g.kind === 'as-of' ? 'note' : 'date', size: SMALL_SIZE };
    layout.headings.push(heading);
    const hy = top + SMALL_LINE / 2;
    const [ya, yb] = [at(g.a), at(g.b)];
    const spanMark = g.kind === 'span' || g.kind === 'year';
    const fx = spanMark ? laneX(g.lane) + 2 : axisX + 3;
    const ay = spanMark ? Math.min(Math.max(hy, ya), yb) : ya;
    layout.leaders.push(Math.abs(ay - hy) < 0.5 ? [[fx, ay], [labelX - 2, hy]] : [[fx, ay], [fx + SPACE.xs, ay], [labelX - SPACE.s, hy], [labelX - 2, hy]]);
    if (g.kind === 'as-of') {
      layout.asOf = { x0: Math.min(width, textBox(heading).x1 + SPACE.s), x1: width, y0: hy, y1: hy, text: heading };
      layout.stamps.push({ cx: axisX, y0: ya, y1: ya, a: g.a, b: g.a, kind: 'upcoming' });
      return;
    }
    layout.stamps.push({ cx: spanMark ? laneX(g.lane) : axisX, y0: ya, y1: yb, a: g.a, b: g.b, kind: g.kind });
    for (const e of blocks[gi].events) {
      const texts = shiftTexts(e.texts, 0, top);
      const cy = top + e.top + LABEL_LINE / 2;
      const item = items[e.index];
      const bar = item.kind === 'span' || item.kind === 'year' ? { x: labelX, y: cy - 4, width: 2 * MARK_RADIUS, height: 8 } : undefined;
      const row: TimelineRow = { item: e.index, mark: { cx: labelX + MARK_RADIUS, cy, kind: item.kind, place: item.place, bar }, texts, box: unionBox(texts.map(textBox)) };
      layout.rows.push(row);
    }
  }

  function yearTicks(c0: number, c1: number, solid: boolean, at: (t: number) => number) {
    const years = solid ? range(Math.ceil(c0), Math.floor(c1)) : [Math.floor(c0)];
    if (!years.length) years.push(Math.floor(c0));
    let last = -Infinity;
    for (const year of years) {
      const ty = Math.max(at(Math.max(year, c0)), at(c0));
      if (ty - last < SMALL_LINE) continue;
      last = ty;
      const text: PlacedText = { x: TICK_WIDTH, anchor: 'end', y: ty + SMALL_SIZE * 0.35, text: String(year), role: 'tick', size: SMALL_SIZE };
      layout.grid.push({ x0: axisX - SPACE.xs, x1: axisX, y0: ty, y1: ty, text });
    }
  }
}

function groupsOf(items: readonly TimelineItem[], order: number[], asOf: TimelineOptions['asOf']): Group[] {
  const groups: Group[] = [];
  for (const index of order) {
    const item = items[index];
    const [a, b] = axisInterval(item);
    const last = groups[groups.length - 1];
    if (last && last.kind === item.kind && last.a === a && last.b === b && last.date === item.date) {
      last.items.push(index);
      continue;
    }
    // A rule between what had happened when the article appeared and what was still to come.
    if (asOf && item.kind === 'upcoming' && groups.length && !groups.some((g) => g.kind === 'as-of')) {
      groups.push({ items: [], kind: 'as-of', a: asOf.at, b: asOf.at, date: asOf.text, lane: 0 });
    }
    groups.push({ items: [index], kind: item.kind, a, b, date: item.date, lane: 0 });
  }
  return groups;
}

/** Runs of groups with no long empty stretch inside: each is drawn as one piece of axis. */
function clustersOf(groups: Group[]): number[][] {
  const clusters: number[][] = [];
  let reach = -Infinity;
  groups.forEach((g, i) => {
    if (!clusters.length || g.a - reach > BREAK_MIN) clusters.push([]);
    clusters[clusters.length - 1].push(i);
    reach = Math.max(reach, g.b);
  });
  return clusters;
}

/** Side-by-side lanes for brackets that overlap in time (a year and its 年初): returns how many. */
function assignLanes(groups: Group[]): number {
  const ends: number[] = [];
  for (const g of groups) {
    if (g.kind !== 'span' && g.kind !== 'year') continue;
    const lane = ends.findIndex((end) => end < g.a - 1e-9);
    g.lane = lane < 0 ? ends.length : lane;
    ends[g.lane] = g.b;
  }
  return Math.max(1, ends.length);
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

