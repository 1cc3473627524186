import { textBlock, type TextBlock } from './text-block.js';

export interface FlowStyle {
  fontSize: number;
  lineHeight: number;
  /** Radius of the mark drawn before each label. */
  radius: number;
  /** Space between mark and label. */
  gap: number;
  /** Space between one item and the next on a line, and between lines. */
  itemGap: number;
  rowGap: number;
  /** Line items up in columns (marks); otherwise set them one after another (a legend). */
  grid?: boolean;
}

/** One mark and its label, placed. */
export interface FlowedLabel {
  cx: number;
  cy: number;
  text: TextBlock;
}

/**
 * Sets marks with labels beside them in a grid inside `width`: as many columns as the
 * widest label allows, so marks line up down the cell; a label wider than the whole
 * width wraps. Width estimates err wide (see `text-width.ts`), and a grid makes the
 * spare room regular instead of ragged. Labels never overlap or leave the box.
 */
export function flowLabels(labels: readonly string[], left: number, top: number, width: number, style: FlowStyle): { items: FlowedLabel[]; height: number } {
  const { fontSize, lineHeight, radius, gap, itemGap, rowGap, grid = true } = style;
  const indent = radius * 2 + gap;
  const widths = labels.map((label) => indent + textBlock(label, 0, 0, width - indent, fontSize, lineHeight).width);
  const slot = Math.min(width, Math.max(0, ...widths));
  const items: FlowedLabel[] = [];
  let x = left;
  let y = top;
  let lineBottom = top;
  labels.forEach((label, i) => {
    const size = grid ? slot : Math.min(width, widths[i]);
    if (x > left && x + size > left + width + 0.01) {
      x = left;
      y = lineBottom + rowGap;
    }
    const text = textBlock(label, x + indent, y, size - indent, fontSize, lineHeight);
    items.push({ cx: x + radius, cy: y + lineHeight / 2, text });
    lineBottom = Math.max(lineBottom, y + text.height);
    x += size + itemGap;
  });
  return { items, height: items.length ? lineBottom - top : 0 };
}
