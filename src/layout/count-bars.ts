// Rows of labelled bars that all hang from ONE zero-based scale: the headline's 519 and 705
// and every context count (超300, 约40, 10 …) are measured with the same pixels per unit, so a
// smaller number can never draw the longer bar.
import { SPACE, TYPE } from './scale.js';
import { textBlock, type TextBlock } from './text-block.js';
import { BOLD, estimateTextWidth } from './text-width.js';

/** One count as the widget draws it, its words in the reader's language. */
export interface CountRowInput {
  value: number;
  /** The value as printed: "超300家", "more than 300". */
  text: string;
  label: string;
  /** 超 / 多: the true value lies past the bar's end, which runs on as a dashed tail. */
  open?: boolean;
  /** The story's figure (the latest headline count): the accent colour. */
  accent?: boolean;
}

/** A block of text with its size: `y` is the first baseline. */
export type SetText = TextBlock & { size: number; anchor: 'start' | 'end' };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CountRowLayout {
  value: number;
  accent: boolean;
  label: SetText;
  bar: Box;
  /** The dashed run past an open (超) bar's end. */
  tail?: { x1: number; x2: number; y: number };
  valueText: SetText;
  /** Where the focus ring and the tooltip point. */
  mark: { x: number; y: number };
  /** Top and bottom of the whole row. */
  top: number;
  bottom: number;
}

/** Labels above their bars (phones), or in a column to their left (wider). */
export type RowMode = 'stacked' | 'aside';

/** The one scale: a bar of `value` runs from `x0` to `x0 + value * perUnit`. */
export interface CountScale {
  mode: RowMode;
  x0: number;
  perUnit: number;
  /** The label column's width when labels sit beside their bars. */
  labelWidth: number;
}

export const LABEL_LINE = 17;
export const TAIL = 10;
/** The shortest bar drawn for a count above zero. */
export const MIN_BAR = 1;
const VALUE_GAP = SPACE.xs + 1;
/** Below this width the labels go above their bars: a label column would starve the bars. */
export const ASIDE_MIN = 480;
const MAX_LABEL_SHARE = 0.36;

/** Room a bar's value needs past the bar's end: a gap, the dashed tail when open, the bold words. */
export function valueRoom(row: Pick<CountRowInput, 'text' | 'open'>): number {
  return VALUE_GAP + (row.open ? TAIL : 0) + estimateTextWidth(row.text, TYPE.label, BOLD);
}

/**
 * The largest pixels-per-unit at which every row's bar and its value fit in `width`: the
 * scale is shared, so the row that needs the most room sets it for all.
 */
export function countScale(rows: readonly CountRowInput[], width: number): CountScale {
  const widest = Math.max(0, ...rows.map((r) => estimateTextWidth(r.label, TYPE.label)));
  const mode: RowMode = width >= ASIDE_MIN ? 'aside' : 'stacked';
  const labelWidth = mode === 'aside' ? Math.min(Math.ceil(widest), Math.floor(width * MAX_LABEL_SHARE)) : 0;
  const x0 = mode === 'aside' ? labelWidth + SPACE.m : 0;
  const fits = rows.filter((r) => r.value > 0).map((r) => (width - x0 - valueRoom(r)) / r.value);
  return { mode, x0, perUnit: fits.length ? Math.max(0, Math.min(...fits)) : 0, labelWidth };
}

/** One row from `top`: its label, its bar on `scale`, its value after the bar (and tail). */
export function layoutCountRow(row: CountRowInput, top: number, width: number, scale: CountScale, barHeight: number): CountRowLayout {
  // A count too small for a pixel still gets a one-pixel stub: a bar that is there.
  const length = row.value > 0 ? Math.max(MIN_BAR, row.value * scale.perUnit) : 0;
  let barTop: number;
  let label: SetText;
  let bottom: number;
  if (scale.mode === 'stacked') {
    label = { ...textBlock(row.label, 0, top, width, TYPE.label, LABEL_LINE), size: TYPE.label, anchor: 'start' };
    barTop = top + label.height + SPACE.xs;
    bottom = barTop + barHeight;
  } else {
    const block = textBlock(row.label, 0, top, scale.labelWidth, TYPE.label, LABEL_LINE);
    const height = Math.max(block.height, barHeight);
    // The label's lines and the bar share one middle.
    label = { ...block, y: block.y + (height - block.height) / 2, size: TYPE.label, anchor: 'start' };
    barTop = top + (height - barHeight) / 2;
    bottom = top + height;
  }
  const bar = { x: scale.x0, y: barTop, width: length, height: barHeight };
  const middle = barTop + barHeight / 2;
  const end = scale.x0 + length;
  const tail = row.open ? { x1: end, x2: end + TAIL, y: middle } : undefined;
  const valueX = end + (tail ? TAIL : 0) + VALUE_GAP;
  const valueText: SetText = {
    x: valueX,
    y: middle + TYPE.label * 0.35,
    lines: [row.text],
    lineHeight: LABEL_LINE,
    width: estimateTextWidth(row.text, TYPE.label, BOLD),
    height: LABEL_LINE,
    size: TYPE.label,
    anchor: 'start',
  };
  return { value: row.value, accent: row.accent ?? false, label, bar, tail, valueText, mark: { x: end, y: middle }, top, bottom };
}

/**
 * The change between two rows of one scale (519 → 705): a bracket under the later bar from
 * the earlier value to the later one, its words beside the bracket's end when they fit,
 * else under it, never past the right edge.
 */
export function layoutChange(from: CountRowLayout, to: CountRowLayout, text: string, width: number): { line: { x1: number; x2: number; y: number }; text: SetText; bottom: number } {
  const x1 = from.bar.x + from.bar.width;
  const x2 = to.bar.x + to.bar.width;
  const y = to.bar.y + to.bar.height + SPACE.xs + 2;
  const textWidth = estimateTextWidth(text, TYPE.label);
  const beside = Math.max(x1, x2) + SPACE.s;
  const fitsBeside = beside + textWidth <= width;
  const x = fitsBeside ? beside : Math.max(0, Math.min(Math.min(x1, x2), width - textWidth));
  const baseline = fitsBeside ? y + TYPE.label * 0.35 : y + SPACE.xs + TYPE.label;
  const block: SetText = { x, y: baseline, lines: [text], lineHeight: LABEL_LINE, width: textWidth, height: LABEL_LINE, size: TYPE.label, anchor: 'start' };
  return { line: { x1, x2, y }, text: block, bottom: fitsBeside ? y + LABEL_LINE / 2 : baseline + TYPE.label * 0.3 };
}
