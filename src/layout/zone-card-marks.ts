// The words on a zone's marks: one area's name and value, set as a label, and the
// rectangle arithmetic the zone layout checks its labels with.
import { SPACE, TYPE } from './scale.js';
import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import type { Rect } from './treemap.js';

/** An area with the words drawn on it: its name and its value, already formatted. */
export interface ZoneAreaText {
  area: number;
  name: string;
  value: string;
}

/** A mark's words: name lines, then the value, or both on one line when `inline`. */
export interface MarkLabel {
  x: number;
  /** First baseline. */
  y: number;
  name: string[];
  value: string;
  inline: boolean;
  fontSize: number;
  lineHeight: number;
  /** The label's box, for collision checks. */
  box: Rect;
}

export const FONT = TYPE.label;
/** CJK fonts' boxes are ~1.45 em tall (Noto Sans CJK: ascent 1.16, descent 0.29): 20 px keeps 13 px lines apart. */
export const LINE = Math.round(FONT * 1.5);

/** The first baseline of text whose line box starts at `top`: the ascent, with a little half-leading. */
export const baseline = (top: number, fontSize: number) => top + Math.round(fontSize * 1.2);

/** A name and value set at (x, top) within `maxWidth`: on one line when it fits, else name lines then the value. */
export function markLabel(text: ZoneAreaText, x: number, top: number, maxWidth: number): MarkLabel {
  // The value is set in bold.
  const valueWidth = estimateTextWidth(text.value, FONT, BOLD);
  const oneLineWidth = estimateTextWidth(`${text.name} `, FONT) + valueWidth;
  const inline = oneLineWidth <= maxWidth;
  const name = inline ? [text.name] : wrapText(text.name, FONT, maxWidth);
  const lines = inline ? 1 : name.length + 1;
  const width = inline ? oneLineWidth : Math.max(0, valueWidth, ...name.map((l) => estimateTextWidth(l, FONT)));
  return { x, y: baseline(top, FONT), name, value: text.value, inline, fontSize: FONT, lineHeight: LINE, box: { x, y: top, width, height: lines * LINE } };
}

export function moveLabel(label: MarkLabel, x: number, top: number): MarkLabel {
  return { ...label, x, y: baseline(top, FONT), box: { ...label.box, x, y: top } };
}

/** True when `a` and `b` share more than `slack` px in both directions. */
export function rectsOverlap(a: Rect, b: Rect, slack = 0.5): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > slack && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > slack;
}

export function rectInside(inner: Rect, outer: Rect, slack = 0.5): boolean {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
}

/** `rect` shrunk by `by` on every side. */
export const insetRect = (rect: Rect, by: number): Rect => ({ x: rect.x + by, y: rect.y + by, width: Math.max(0, rect.width - 2 * by), height: Math.max(0, rect.height - 2 * by) });

/** Padding of a label set inside a part of the treemap. */
export const IN_PAD = SPACE.s;
