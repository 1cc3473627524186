// Labels of one or more lines, set where they touch nothing: `placeLabels` for blocks.
// A label too long for the room beside a point can break into two short lines there
// instead of moving away from the point it names.
import { boxesOverlap, labelBox, segmentCrossesBox, type Box, type PlacedLabel, type PlacementContext, type Point } from './label-placement.js';
import { unionBox } from './placed-text.js';
import type { TextStyle } from './text-width.js';

/**
 * Where a block may stand: `x` is its left (`start`) or right (`end`) edge, `y` its top
 * (`top`), bottom (`bottom`) or middle (`middle`) edge.
 */
export interface BlockSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  from: 'top' | 'bottom' | 'middle';
}

/** A block to place: its forms (each a list of lines, best first) and its spots, best first. */
export interface BlockRequest {
  forms: string[][];
  spots: BlockSpot[];
  bold?: boolean;
  /** Never crosses a reference line: left out rather than set across one (its words then go elsewhere). */
  strict?: boolean;
  /** Room kept clear to the left and right of the block from other labels, besides the usual 2 px: a row of like labels never crowds. */
  margin?: number;
}

// Chromium's text box for CJK faces runs from 1.2 em above the baseline to 0.3 em below
// (as in label-placement.ts); lines of a block sit that far apart, so that no two lines'
// boxes overlap.
const ASCENT = 1.2;
const DESCENT = 0.3;
const LINE = ASCENT + DESCENT;
const GAP = 2;

/** The lines of `form` set at `spot`, each with its box. */
export function setBlock(form: string[], spot: BlockSpot, fontSize: number, style: TextStyle = {}): PlacedLabel[] {
  const height = (ASCENT + DESCENT) * fontSize + (form.length - 1) * LINE * fontSize;
  const top = spot.from === 'top' ? spot.y : spot.from === 'bottom' ? spot.y - height : spot.y - height / 2;
  return form.map((text, i) => {
    const line = { x: spot.x, y: top + ASCENT * fontSize + i * LINE * fontSize, anchor: spot.anchor };
    return { text, ...line, box: labelBox(text, line, fontSize, style) };
  });
}

const inside = (box: Box, bounds: Box): boolean => box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
const crossesAny = (lines: Point[][], box: Box): boolean => lines.some((line) => line.some((p, i) => i > 0 && segmentCrossesBox(line[i - 1], p, box)));

/**
 * Places blocks in order of importance, as `placeLabels` does single lines: each at the
 * first spot where one of its forms stays inside the bounds and touches no mark, no earlier
 * label and no data line, avoiding reference lines while a spot off them is free. Every form
 * is tried at every spot before a shorter one, so a label keeps its full words where it can.
 * A block with no free spot is left out (undefined).
 */
export function placeBlocks(requests: BlockRequest[], context: PlacementContext): (PlacedLabel[] | undefined)[] {
  const { fontSize, bounds, lines, softLines = [] } = context;
  const placed: Box[] = [];
  const fits = (box: Box, strict: boolean, margin: number) =>
    inside(box, bounds) &&
    !context.boxes.some((t) => boxesOverlap(t, box, GAP)) &&
    !placed.some((t) => boxesOverlap(t, { ...box, x0: box.x0 - margin, x1: box.x1 + margin }, GAP)) &&
    !crossesAny(lines, box) &&
    !(strict && crossesAny(softLines, box));
  return requests.map(({ forms, spots, bold, strict: strictOnly, margin = 0 }) => {
    for (const strict of strictOnly ? [true] : [true, false]) {
      for (const form of forms) {
        for (const spot of spots) {
          const set = setBlock(form, spot, fontSize, bold ? { bold } : {});
          const box = unionBox(set.map((l) => l.box));
          if (fits(box, strict, margin)) {
            placed.push(box);
            return set;
          }
        }
      }
    }
    return undefined;
  });
}
