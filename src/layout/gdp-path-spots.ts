// Where <gdp-path>'s labels may stand: beside a mark, along a reference line, and where
// the drawn line meets a level. Pure geometry in chart pixels (y grows downwards).
import { labelBox, type PlacedLabel, type Point, type Spot } from './label-placement.js';
import { SPACE } from './scale.js';
import { estimateTextWidth } from './text-width.js';
import type { BlockSpot } from './stacked-labels.js';

/** Radius of a step marker (the diamond's half-diagonal is one more). */
export const MARKER_R = 5;

/** A year under the axis, with the year it stands for. */
export type YearTick = PlacedLabel & { year: number };

type Side = 'left' | 'right' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

/** Spots beside a point, `pad` clear of it. */
export function around(m: { x: number; y: number }, sides: Side[], pad = MARKER_R + SPACE.xs): BlockSpot[] {
  return sides.map((side): BlockSpot => {
    if (side === 'left') return { x: m.x - pad, y: m.y, anchor: 'end', from: 'middle' };
    if (side === 'right') return { x: m.x + pad, y: m.y, anchor: 'start', from: 'middle' };
    const from = side.startsWith('above') ? 'bottom' : 'top';
    const y = from === 'bottom' ? m.y - pad : m.y + pad;
    return side.endsWith('left') ? { x: m.x - 3, y, anchor: 'end', from } : { x: m.x + 3, y, anchor: 'start', from };
  });
}

/** Spots along a horizontal reference line: above or below it, at either end. */
export function alongLine(lineY: number, x0: number, x1: number): BlockSpot[] {
  const { xs } = SPACE;
  return [
    { x: x0 + xs, y: lineY - xs, anchor: 'start', from: 'bottom' },
    { x: x0 + xs, y: lineY + xs, anchor: 'start', from: 'top' },
    { x: x1 - xs, y: lineY - xs, anchor: 'end', from: 'bottom' },
    { x: x1 - xs, y: lineY + xs, anchor: 'end', from: 'top' },
  ];
}

/** Where the polyline first climbs to height `lineY` (pixels, y down), or undefined when it never does. */
export function crossingX(points: Point[], lineY: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    if (y0 > lineY + 1e-6 && y1 <= lineY + 1e-6) return x0 + ((y0 - lineY) / (y0 - y1)) * (x1 - x0);
  }
  return undefined;
}


/** Year labels centred on their ticks, skipping any that would come within SPACE.s of the one before. */
export function yearTicks(years: number[], at: (year: number) => number, baseline: number, format: (year: number) => string, fontSize: number): YearTick[] {
  const ticks: YearTick[] = [];
  for (const year of years.filter(Number.isInteger)) {
    const text = format(year);
    const spot: Spot = { x: at(year) - estimateTextWidth(text, fontSize) / 2, y: baseline, anchor: 'start' };
    const box = labelBox(text, spot, fontSize);
    if (!ticks.length || box.x0 >= ticks[ticks.length - 1].box.x1 + SPACE.s) ticks.push({ text, year, ...spot, box });
  }
  return ticks;
}
