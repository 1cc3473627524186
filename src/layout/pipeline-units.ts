import { bottomOf, runLineWidth, setRuns, type PlacedRun } from './label-runs.js';
import { LEADING, SPACE, TYPE } from './scale.js';

/** A count drawn as dots, one per project; a part of it (122 of 193) drawn first and solid. */
export interface UnitCountInput {
  value: number;
  text: string;
  part?: { value: number; text: string };
}

/** Dots in one line, `pitch` apart, from the centre `x1` to the centre `x2`: one SVG line with a dotted stroke. */
export interface UnitRun {
  x1: number;
  x2: number;
  y: number;
  count: number;
  /** Dots of the part (solid in the place's colour) rather than of the rest. */
  part: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedUnits {
  row: number;
  pitch: number;
  radius: number;
  /** The box of every dot. */
  box: Rect;
  runs: UnitRun[];
  /** The count's words: right of the dots where they fit, else under them. */
  value: PlacedRun & { placement: 'outside' | 'below' };
  /** The part's key under the dots: a swatch dot, then its words. */
  part?: { swatch: { cx: number; cy: number }; label: PlacedRun };
}

/** Dot spacing: the same in every row of a panel, so equal counts take equal room. */
export interface UnitScale {
  perLine: number;
  pitch: number;
  radius: number;
}

/** Dots per line a panel may use, largest first: round numbers a reader can count by. */
const PER_LINE = [100, 50, 25, 10];
const MAX_PITCH = 6;
const MIN_PITCH = 5;

/** The largest round number of dots a line that fits `width`, and their spacing. */
export function unitScale(width: number): UnitScale {
  const perLine = PER_LINE.find((n) => n * MIN_PITCH <= width) ?? PER_LINE[PER_LINE.length - 1];
  const pitch = Math.min(MAX_PITCH, width / perLine);
  return { perLine, pitch, radius: pitch * 0.36 };
}

/**
 * A count as lines of dots from `x0`, `top` down: the part's dots first, then the rest,
 * `perLine` a line. The words of the count stand right of the dots when they fit in
 * `width`, else under them; the part's key goes under everything, so no text sits on a dot.
 */
export function placeUnits(count: UnitCountInput, row: number, x0: number, top: number, width: number, scale: UnitScale): { units: PlacedUnits; bottom: number } {
  const { perLine, pitch, radius } = scale;
  const total = Math.max(0, Math.round(count.value));
  const part = count.part ? Math.min(total, Math.max(0, Math.round(count.part.value))) : 0;
  const runs: UnitRun[] = [];
  const lines = Math.max(1, Math.ceil(total / perLine));
  for (let line = 0; line < lines; line++) {
    const first = line * perLine;
    const last = Math.min(total, first + perLine);
    const y = top + radius + line * pitch;
    // Split a line where the part ends.
    const cuts = [first, ...(part > first && part < last ? [part] : []), last];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const n = cuts[k + 1] - cuts[k];
      if (n <= 0) continue;
      const x1 = x0 + radius + (cuts[k] - first) * pitch;
      runs.push({ x1, x2: x1 + (n - 1) * pitch, y, count: n, part: cuts[k] < part });
    }
  }
  const wide = Math.min(total, perLine);
  const box = { x: x0, y: top, width: Math.max(0, (wide - 1) * pitch + 2 * radius), height: (lines - 1) * pitch + 2 * radius };
  let bottom = top + box.height;
  const lastRun = runs[runs.length - 1];
  // Beside the dots only clear of every line: after the last dot of a single line, else
  // right of the whole block (a number beside a short last line would sit on the line above).
  const after = (lines === 1 && lastRun ? lastRun.x2 + radius : x0 + box.width) + SPACE.s;
  let value: PlacedUnits['value'];
  if (after + runLineWidth(count.text, 'name') <= x0 + width) {
    // Its middle on the last line of dots, but never reaching above the dots' top.
    const y = Math.max((lastRun?.y ?? top) + 13 * 0.36, top + 13 * 0.75);
    value = { kind: 'name', x: after, y, lines: [count.text], fontSize: TYPE.label, lineHeight: Math.round(TYPE.label * LEADING), source: 0, placement: 'outside' };
    bottom = Math.max(bottom, y + 13 * 0.3);
  } else {
    const below = setRuns([{ text: count.text, kind: 'name' }], x0, bottom + SPACE.xs, width).runs[0];
    value = { ...below, placement: 'below' };
    bottom = bottomOf(below);
  }
  let partKey: PlacedUnits['part'];
  if (count.part) {
    const keyTop = bottom + SPACE.xs;
    // The swatch is a pixel larger than a dot, so it reads as a key.
    const swatch = radius + 1;
    const label = setRuns([{ text: count.part.text, kind: 'value' }], x0 + 2 * swatch + SPACE.xs, keyTop, width - 2 * swatch - SPACE.xs).runs[0];
    partKey = { swatch: { cx: x0 + swatch, cy: label.y - 13 * 0.36 }, label };
    bottom = bottomOf(label);
  }
  return { units: { row, pitch, radius, box, runs, value, ...(partKey ? { part: partKey } : {}) }, bottom };
}
