import type { LinearScale } from './linear-scale.js';
import { BOLD, estimateTextWidth, wrapText, type TextStyle } from './text-width.js';
import { unitGrid, type UnitMark } from './unit-grid.js';

export type PipelineItemForm = 'bar' | 'gauge' | 'units' | 'number';

/** One number as `<innovation-pipeline>` draws it, with every word already in the reader's language. */
export interface PipelineItemInput {
  form: PipelineItemForm;
  value: number;
  /** The value as printed: "超300家", "more than 300". */
  text: string;
  /** Short words naming it. */
  label: string;
  /** 超 / 多: the true value lies past the bar's end, so the bar ends in a dashed tail. */
  open?: boolean;
  /** Segments of the bar in order, each with its own words ("2022年 24家"). */
  parts?: { value: number; text: string }[];
  /** One name per unit mark, written on it. */
  names?: string[];
  /** A gauge's own scale, 0 to `max`, with its two ends as printed ("0%", "100%"). */
  gauge?: { max: number; startText: string; endText: string };
}

/** A line of text: `y` is its baseline; `anchor` end means `x` is its right edge. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'end';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PipelineItemLayout {
  form: PipelineItemForm;
  x: number;
  y: number;
  width: number;
  height: number;
  label: TextLine[];
  /** The value's words: beside a bar, above a gauge or unit marks, set large for a number. */
  value: TextLine[];
  bar?: Box;
  /** The dashed continuation of an open (超 / 多) bar. */
  tail?: { x1: number; x2: number; y: number };
  segments: { box: Box; text: TextLine[]; swatch?: Box; mark: { x: number; y: number } }[];
  track?: Box;
  fill?: Box;
  ticks: TextLine[];
  units: UnitMark[];
  chips: { box: Box; text: TextLine[] }[];
  /** Where the focus ring and the tooltip point. */
  mark: { x: number; y: number };
}

export const LABEL_SIZE = 13;
export const LABEL_LINE = 17;
export const VALUE_SIZE = 13;
export const GAUGE_VALUE_SIZE = 18;
export const NUMBER_SIZE = 28;
export const TICK_SIZE = 12;
export const BAR_HEIGHT = 14;
export const PARTS_BAR_HEIGHT = 22;
export const TAIL = 10;
const VALUE_GAP = 5;
const TRACK_HEIGHT = 12;
const CHIP_PAD = 6;
const CHIP_GAP = 6;

/** Room a bar's value needs past the bar's end: the gap, a dashed tail when open, the (bold) words. */
export function barTextRoom(item: Pick<PipelineItemInput, 'text' | 'open'>): number {
  return VALUE_GAP + (item.open ? TAIL : 0) + estimateTextWidth(item.text, VALUE_SIZE, BOLD);
}

const line = (x: number, y: number, text: string, size: number, anchor: 'start' | 'end' = 'start'): TextLine => ({ x, y, text, size, anchor });

/** Wrapped lines from `top`, one `lineHeight` apart, baselines placed for `size`. */
function lines(text: string, x: number, top: number, width: number, size: number, lineHeight: number, style: TextStyle = {}): TextLine[] {
  const wrapped = text ? wrapText(text, size, Math.max(size, width), style) : [];
  return wrapped.map((t, i) => line(x, top + i * lineHeight + Math.round(size * 0.95), t, size));
}

/**
 * Geometry of one item inside a `width`-wide cell at (`x`, `y`): its label on top (wrapped, never
 * rotated), then its mark from `labelLines` lines down at least. A bar needs the `scale` it
 * shares with other bars of its measure.
 */
export function layoutPipelineItem(
  item: PipelineItemInput,
  { x, y, width, scale, labelLines = 0 }: { x: number; y: number; width: number; scale?: LinearScale; labelLines?: number },
): PipelineItemLayout {
  const label = lines(item.label, x, y, width, LABEL_SIZE, LABEL_LINE);
  // Items side by side start their marks at one height, however many lines their labels take.
  const top = y + Math.max(label.length, labelLines) * LABEL_LINE + 3;
  const base: PipelineItemLayout = {
    form: item.form, x, y, width, height: 0, label, value: [], segments: [], ticks: [], units: [], chips: [], mark: { x, y: top },
  };
  if (item.form === 'gauge') return gauge(item, base, top);
  if (item.form === 'units') return units(item, base, top);
  if (item.form === 'number') return number(item, base, top);
  return bar(item, base, top, scale);
}

function bar(item: PipelineItemInput, base: PipelineItemLayout, top: number, scale?: LinearScale): PipelineItemLayout {
  const { x, width } = base;
  const parts = item.parts ?? [];
  const height = parts.length ? PARTS_BAR_HEIGHT : BAR_HEIGHT;
  const max = Math.max(0, width - barTextRoom(item));
  const length = Math.min(max, Math.max(item.value > 0 ? 2 : 0, scale ? scale(item.value) - scale(0) : max));
  const end = x + length;
  const middle = top + height / 2;
  const tail = item.open ? { x1: end, x2: end + TAIL, y: middle } : undefined;
  const value = [line(end + (tail ? TAIL : 0) + VALUE_GAP, middle + VALUE_SIZE * 0.35, item.text, VALUE_SIZE)];
  // Segments carry their words inside when they fit, else on lines under the bar, each
  // after a swatch of its fill: their order, not their colour, says which is which.
  const segments: PipelineItemLayout['segments'] = [];
  let cursor = x;
  let below = top + height + 4;
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const perUnit = item.value > 0 ? length / Math.max(item.value, total) : 0;
  for (const part of parts) {
    const box = { x: cursor, y: top, width: part.value * perUnit, height };
    cursor += box.width;
    const fits = estimateTextWidth(part.text, VALUE_SIZE, BOLD) + 8 <= box.width;
    if (fits) {
      segments.push({ box, text: [line(box.x + 4, middle + VALUE_SIZE * 0.35, part.text, VALUE_SIZE)], mark: { x: box.x + box.width / 2, y: middle } });
    } else {
      const swatch = { x, y: below + 3, width: 10, height: 10 };
      const text = lines(part.text, x + 16, below, width - 16, VALUE_SIZE, LABEL_LINE, BOLD);
      segments.push({ box, text, swatch, mark: { x: box.x + box.width / 2, y: middle } });
      below += text.length * LABEL_LINE;
    }
  }
  return {
    ...base,
    bar: { x, y: top, width: length, height },
    tail,
    value,
    segments,
    height: below - 4 - base.y,
    mark: { x: end, y: middle },
  };
}

function gauge(item: PipelineItemInput, base: PipelineItemLayout, top: number): PipelineItemLayout {
  const { x, width } = base;
  const value = lines(item.text, x, top, width, GAUGE_VALUE_SIZE, GAUGE_VALUE_SIZE + 4, BOLD);
  const trackTop = top + value.length * (GAUGE_VALUE_SIZE + 4) + 4;
  const max = item.gauge?.max ?? 100;
  const filled = max > 0 ? (Math.min(item.value, max) / max) * width : 0;
  const tickY = trackTop + TRACK_HEIGHT + TICK_SIZE + 3;
  const ticks = item.gauge ? [line(x, tickY, item.gauge.startText, TICK_SIZE), line(x + width, tickY, item.gauge.endText, TICK_SIZE, 'end')] : [];
  return {
    ...base,
    value,
    track: { x, y: trackTop, width, height: TRACK_HEIGHT },
    fill: { x, y: trackTop, width: filled, height: TRACK_HEIGHT },
    ticks,
    height: tickY + 4 - base.y,
    mark: { x: x + filled, y: trackTop + TRACK_HEIGHT / 2 },
  };
}

function units(item: PipelineItemInput, base: PipelineItemLayout, top: number): PipelineItemLayout {
  const { x, width } = base;
  const value = lines(item.text, x, top, width, VALUE_SIZE, LABEL_LINE, BOLD);
  const marksTop = top + value.length * LABEL_LINE + 4;
  const mark = { x: x + Math.min(width, estimateTextWidth(value[0]?.text ?? '', VALUE_SIZE, BOLD)), y: top + LABEL_LINE / 2 };
  if (item.names?.length) {
    const chips = chipFlow(item.names, x, marksTop, width);
    const bottom = Math.max(marksTop, ...chips.map((c) => c.box.y + c.box.height));
    return { ...base, value, chips, height: bottom - base.y, mark };
  }
  const grid = unitGrid(Math.round(item.value), x, marksTop, width);
  return { ...base, value, units: grid.marks, height: marksTop + grid.height - base.y, mark };
}

/** Named unit marks as chips, left to right, wrapping to new rows; a name too long for a row wraps inside its chip. */
function chipFlow(names: string[], x: number, top: number, width: number): PipelineItemLayout['chips'] {
  const chips: PipelineItemLayout['chips'] = [];
  let cx = x;
  let rowTop = top;
  let rowHeight = 0;
  for (const name of names) {
    const wrapped = wrapText(name, LABEL_SIZE, Math.max(LABEL_SIZE, width - 2 * CHIP_PAD));
    const chipWidth = Math.min(width, Math.max(...wrapped.map((t) => estimateTextWidth(t, LABEL_SIZE))) + 2 * CHIP_PAD);
    const chipHeight = wrapped.length * LABEL_LINE + 6;
    if (cx > x && cx + chipWidth > x + width) {
      cx = x;
      rowTop += rowHeight + CHIP_GAP;
      rowHeight = 0;
    }
    const text = wrapped.map((t, i) => line(cx + CHIP_PAD, rowTop + 3 + i * LABEL_LINE + Math.round(LABEL_SIZE * 0.95), t, LABEL_SIZE));
    chips.push({ box: { x: cx, y: rowTop, width: chipWidth, height: chipHeight }, text });
    cx += chipWidth + CHIP_GAP;
    rowHeight = Math.max(rowHeight, chipHeight);
  }
  return chips;
}

function number(item: PipelineItemInput, base: PipelineItemLayout, top: number): PipelineItemLayout {
  const { x, width } = base;
  const value = lines(item.text, x, top, width, NUMBER_SIZE, NUMBER_SIZE + 4, BOLD);
  const last = value[value.length - 1];
  const mark = { x: x + Math.min(width, estimateTextWidth(last?.text ?? '', NUMBER_SIZE, BOLD)), y: (last?.y ?? top) - NUMBER_SIZE / 3 };
  return { ...base, value, height: top + value.length * (NUMBER_SIZE + 4) + 2 - base.y, mark };
}
