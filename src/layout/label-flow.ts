import { textBlock, type TextBlock } from './text-block.js';
import { lineUnits } from './line-units.js';
import { estimateTextWidth } from './text-width.js';

export interface FlowStyle {
  fontSize: number;
  lineHeight: number;
  /** Radius of the mark drawn before each label. */
  radius: number;
  /** Space between mark and label. */
  gap: number;
  /** Space between one item and the next on a line. */
  itemGap: number;
  /** Space between lines of items. */
  rowGap: number;
}

/** One mark and its label, placed. */
export interface FlowedLabel {
  cx: number;
  cy: number;
  text: TextBlock;
}

const indentOf = (style: FlowStyle) => style.radius * 2 + style.gap;

/**
 * Sets marks with labels beside them one after another inside `width`, like words on a
 * line: each takes its own width and a line that is full starts the next. A label wider
 * than the whole width wraps. Labels never overlap or leave the box.
 */
export function flowLabels(labels: readonly string[], left: number, top: number, width: number, style: FlowStyle): { items: FlowedLabel[]; height: number } {
  const { fontSize, lineHeight, radius, itemGap, rowGap } = style;
  const indent = indentOf(style);
  const items: FlowedLabel[] = [];
  let x = left;
  let y = top;
  let lineBottom = top;
  for (const label of labels) {
    const size = Math.min(width, indent + textBlock(label, 0, 0, width - indent, fontSize, lineHeight).width);
    if (x > left && x + size > left + width + 0.01) {
      x = left;
      y = lineBottom + rowGap;
    }
    const text = textBlock(label, x + indent, y, size - indent, fontSize, lineHeight);
    items.push({ cx: x + radius, cy: y + lineHeight / 2, text });
    lineBottom = Math.max(lineBottom, y + text.height);
    x += size + itemGap;
  }
  return { items, height: items.length ? lineBottom - top : 0 };
}

/**
 * Sets marks with labels in a grid of equal cells, `columns` a line, each label wrapping
 * inside its cell: the marks line up down the grid, the way a short list of equals reads.
 */
export function gridLabels(labels: readonly string[], left: number, top: number, width: number, columns: number, style: FlowStyle): { items: FlowedLabel[]; height: number } {
  const { fontSize, lineHeight, radius, itemGap, rowGap } = style;
  const cell = (width - (columns - 1) * itemGap) / columns;
  const indent = indentOf(style);
  const items: FlowedLabel[] = [];
  let y = top;
  for (let start = 0; start < labels.length; start += columns) {
    let bottom = y;
    labels.slice(start, start + columns).forEach((label, k) => {
      const x = left + k * (cell + itemGap);
      const text = textBlock(label, x + indent, y, cell - indent, fontSize, lineHeight);
      items.push({ cx: x + radius, cy: y + lineHeight / 2, text });
      bottom = Math.max(bottom, y + text.height);
    });
    y = bottom + rowGap;
  }
  return { items, height: items.length ? y - rowGap - top : 0 };
}

/**
 * The fewest lines of a grid for `labels` in `width`: as many cells a line as keep every
 * cell at least `minCell` wide and every label within `maxLines`, with the lines as even
 * as they can be (six labels go 6, 3 + 3, 2 + 2 + 2, never 4 + 2).
 */
export function gridColumns(labels: readonly string[], width: number, style: FlowStyle, minCell: number, maxLines = 2): number {
  const n = labels.length;
  for (let lines = 1; lines <= n; lines++) {
    const columns = Math.ceil(n / lines);
    const cell = (width - (columns - 1) * style.itemGap) / columns;
    if (cell < minCell && columns > 1) continue;
    const room = cell - indentOf(style);
    // A cell too narrow for a word or name of a label ("新一代信息技术") would cut it: more lines, fewer columns.
    const fits = labels.every(
      (label) =>
        textBlock(label, 0, 0, room, style.fontSize, style.lineHeight).lines.length <= maxLines &&
        lineUnits(label).every((unit) => estimateTextWidth(unit.trim(), style.fontSize) <= room),
    );
    if (fits || columns === 1) return columns;
  }
  return 1;
}
