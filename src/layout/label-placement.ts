import { estimateTextWidth, type TextStyle } from './text-width.js';

/** A rectangle in chart pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label may stand: its SVG `x`, baseline `y` and `text-anchor`. */
export interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** A label set in the drawing, with the room it takes. */
export interface PlacedLabel extends Spot {
  text: string;
  box: Box;
}

/** A label to place: its text (or shorter forms of it, best first) and its spots, best first. */
export interface LabelRequest {
  text: string | string[];
  spots: Spot[];
  /** Set bold: its box is measured for bold text. */
  bold?: boolean;
}

export type Point = readonly [number, number];

export interface PlacementContext {
  fontSize: number;
  /** Labels must stay inside this box. */
  bounds: Box;
  /** Room already taken: marks, other text. */
  boxes: Box[];
  /** Lines no label may cross (the data line). */
  lines: Point[][];
  /** Lines a label should avoid but may cross when nothing else is free (reference lines). */
  softLines?: Point[][];
}

// Chromium's text box for CJK faces runs from 1.17 em above the baseline to 0.25 em below.
const ASCENT = 1.2;
const DESCENT = 0.3;
const GAP = 2;

/** The box `text` takes when set at a spot. */
export function labelBox(text: string, { x, y, anchor }: Spot, fontSize: number, style: TextStyle = {}): Box {
  const width = estimateTextWidth(text, fontSize, style);
  const x0 = anchor === 'start' ? x : x - width;
  return { x0, y0: y - ASCENT * fontSize, x1: x0 + width, y1: y + DESCENT * fontSize };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

const inside = (box: Box, bounds: Box): boolean =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

/** Whether the segment a–b passes through `box` (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.x0],
    [dx, box.x1 - a[0]],
    [-dy, a[1] - box.y0],
    [dy, box.y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const crossesAny = (lines: Point[][], box: Box): boolean =>
  lines.some((line) => line.some((point, i) => i > 0 && segmentCrossesBox(line[i - 1], point, box)));

/**
 * Sets labels the way a newsroom artist does: in order of importance, each at the first
 * of its spots that stays inside the bounds and touches no mark, no earlier label and no
 * data line; reference lines are avoided when a spot off them is free. A label too long
 * for any spot tries its shorter forms; one with no free spot at all is left out
 * (undefined): its words are still in the tooltip and the table.
 */
export function placeLabels(requests: LabelRequest[], context: PlacementContext): (PlacedLabel | undefined)[] {
  const { fontSize, bounds, lines, softLines = [] } = context;
  const taken = [...context.boxes];
  const fits = (box: Box, strict: boolean) =>
    inside(box, bounds) && !taken.some((t) => boxesOverlap(t, box, GAP)) && !crossesAny(lines, box) && !(strict && crossesAny(softLines, box));
  return requests.map(({ text, spots, bold }) => {
    for (const form of [text].flat()) {
      for (const strict of [true, false]) {
        for (const spot of spots) {
          const box = labelBox(form, spot, fontSize, { bold });
          if (fits(box, strict)) {
            taken.push(box);
            return { text: form, ...spot, box };
          }
        }
      }
    }
    return undefined;
  });
}
