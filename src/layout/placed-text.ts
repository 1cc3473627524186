import { TYPE } from './scale.js';
import { BOLD, estimateTextWidth } from './text-width.js';

/** What a piece of text is, so a component can style it. */
export type TextRole = 'date' | 'label' | 'figure' | 'tick' | 'note' | 'legend' | 'heading' | 'link' | 'circle' | 'chip';

/** One line of text with its baseline at `y`, starting at `x` (or centred on it, or ending at it). */
export interface PlacedText {
  x: number;
  y: number;
  /** SVG `text-anchor`: where the browser's own measure of the text puts it, however the estimate errs. */
  anchor?: 'middle' | 'end';
  text: string;
  role: TextRole;
  size: number;
  /** A figure's value, set bold before `text` (the start of its name) in the same line. */
  lead?: string;
  /** For a figure's value and name: which of the item's figures. */
  figure?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const LABEL_SIZE = TYPE.label;
export const SMALL_SIZE = TYPE.small;
export const LABEL_LINE = 18;
export const SMALL_LINE = 17;
/** Space between a figure's value and its name. */
export const VALUE_GAP = 6;

/** The room a line of text takes, from its ascent to its descent. */
export function textBox(t: PlacedText): Box {
  // The lead (a figure's value) is set bold.
  const lead = t.lead ? estimateTextWidth(t.lead, t.size, BOLD) + (t.text ? VALUE_GAP : 0) : 0;
  const width = lead + estimateTextWidth(t.text, t.size);
  const x0 = t.anchor === 'end' ? t.x - width : t.anchor === 'middle' ? t.x - width / 2 : t.x;
  return { x0, y0: t.y - t.size * 0.85, x1: x0 + width, y1: t.y + t.size * 0.25 };
}

/** Where the baseline sits in a line box: centred for CJK and Latin faces alike. */
export function baseline(top: number, lineHeight: number, size: number): number {
  return top + lineHeight / 2 + size * 0.35;
}

/** Moves texts by (dx, dy), for a block measured at one place and set at another. */
export function shiftTexts(texts: PlacedText[], dx: number, dy = 0): PlacedText[] {
  return texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy }));
}

/** The smallest box around `boxes`. */
export function unionBox(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
