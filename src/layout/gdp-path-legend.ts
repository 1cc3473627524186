// The key under <gdp-path>'s axis: items set one after another on a line while they fit,
// each with its swatch, so two short keys take one line at 640 px instead of two.
import { labelBox, type PlacedLabel, type Spot } from './label-placement.js';
import { SPACE } from './scale.js';
import { estimateTextWidth, wrapText } from './text-width.js';

/** The drawn path, a step marker, or the dashed comparison path. */
export type LegendSwatch = 'line' | 'marker' | 'comparison';

export interface GdpPathLegendItem {
  swatch: LegendSwatch;
  /** Left edge of the swatch, and the baseline of the item's first line. */
  x: number;
  y: number;
  lines: PlacedLabel[];
}

/** Swatch width, and the gap after it. */
export const SWATCH = 18;
const TEXT_OFFSET = SWATCH + SPACE.s - 2;

/** The items from baseline `top`, flowed into lines no wider than `width`; an item too wide for a line alone wraps. */
export function legendItems(items: [LegendSwatch, string][], top: number, width: number, fontSize: number, lineHeight: number): GdpPathLegendItem[] {
  let x = 0;
  let y = top;
  return items.map(([swatch, text]) => {
    const itemWidth = TEXT_OFFSET + estimateTextWidth(text, fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    const lines = (x === 0 && itemWidth > width ? wrapText(text, fontSize, width - TEXT_OFFSET) : [text]).map((line, i): PlacedLabel => {
      const spot: Spot = { x: x + TEXT_OFFSET, y: y + i * lineHeight, anchor: 'start' };
      return { text: line, ...spot, box: labelBox(line, spot, fontSize) };
    });
    const item = { swatch, x, y, lines };
    y += (lines.length - 1) * lineHeight;
    x = lines.length > 1 ? width : x + itemWidth + SPACE.l;
    return item;
  });
}
