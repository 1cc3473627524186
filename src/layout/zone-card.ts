import { areaScale, squareSide } from './area-square.js';
import { flowItems } from './flow-text.js';
import { SPACE, TYPE } from './scale.js';
import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import type { Rect } from './treemap.js';
import { layoutInside, type AreaKind, type AreaMark, type ZoneAreas } from './zone-card-inside.js';
import { FONT, LINE, baseline, markLabel, type MarkLabel, type ZoneAreaText } from './zone-card-marks.js';

export type { AreaKind, AreaMark, MarkLabel, Rect, ZoneAreaText };

/** A list set under (or beside) a zone's square in running lines: "六大领域产业：新一代信息技术、新能源…". */
export interface ZoneListText {
  /** Set muted before the first item, its colon included. */
  lead: string;
  items: string[];
}

/** One zone as the layout needs it: numbers for the scale, words for the labels. */
export interface ZoneText extends ZoneAreas {
  /** Set large and bold above the drawing (the zone's name when several are shown). */
  title?: string;
  /** Set small under the title (another name of the place). */
  subtitle?: string;
  /** The same lists, in the same order, for every zone, so rows line up side by side. */
  lists: ZoneListText[];
}

/** Lines of text; `y` is the first baseline. */
export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  bold?: boolean;
}

/** A line of a list: `lead` (muted) then `text`. */
export interface ListLine {
  lead?: string;
  text: string;
}

export interface ZoneList {
  x: number;
  /** First baseline. */
  y: number;
  lineHeight: number;
  lines: ListLine[];
}

export interface ZonePanel {
  x: number;
  width: number;
  /** A rule in the zone's city colour above its name, as wide as its square. */
  band: Rect;
  /** The whole planned area's square. */
  square: Rect;
  heading: TextBlock[];
  /** Whole first, then parts, nested and unplaced areas, each in input order. */
  marks: AreaMark[];
  /** The empty part of the whole when parts do not cover it. */
  rest?: Rect;
  dividers: [number, number, number, number][];
  lists: ZoneList[];
}

export interface ZoneCardLayout {
  width: number;
  height: number;
  /** px per √km²: one square side per √area for every square in the drawing. */
  k: number;
  columns: number;
  panels: ZonePanel[];
}

const HEAD_FONT = TYPE.lead;
const HEAD_LINE = SPACE.xl;
/** Between columns of zones, and between rows of them. */
const GAP = SPACE.xxl;
/** Narrowest column that still holds a square with its labels: below it, zones stack. */
const MIN_COLUMN = 280;
/** Largest square: at 1280 px a 66 km² square of 360 px leaves its lists room beside it. */
const MAX_SIDE = 360;
/** Half the outline, so the square's stroke stays inside the box; text starts there too. */
const STROKE = 1;
const LISTS_BESIDE = 220;

/**
 * Geometry for `<zone-card>`: one square per zone for its planned area, all at one
 * scale (side = √area × k, one k), so two 66 km² zones are two equal squares. Parts of
 * the whole tile its square as an area-true treemap; nested areas are squares inside
 * each other at the same scale; areas whose place is unknown stand apart, dashed. Zones
 * sit side by side while each column keeps 280 px, and stack (same k) below that.
 */
export function layoutZoneCard(zones: readonly ZoneText[], { width }: { width: number }, { separator = ' · ' }: { separator?: string } = {}): ZoneCardLayout {
  const count = Math.max(1, zones.length);
  let columns = count;
  while (columns > 1 && (width - GAP * (columns - 1)) / columns < MIN_COLUMN) columns--;
  const colWidth = (width - GAP * (columns - 1)) / columns;
  const side = Math.max(0, Math.min(colWidth - 2 * STROKE, MAX_SIDE));
  const k = areaScale(Math.max(0, ...zones.map((z) => z.whole.area)), side);
  const listsBeside = colWidth - side - GAP >= LISTS_BESIDE;

  const panels: ZonePanel[] = [];
  let y = 0;
  for (let start = 0; start < zones.length; start += columns) {
    const row = zones.slice(start, start + columns);
    const xs = row.map((_, c) => c * (colWidth + GAP) + STROKE);
    const bandTop = y;
    y += SPACE.xs + SPACE.s;
    const headings = row.map((zone, c) => headingBlocks(zone, xs[c], y, colWidth - STROKE));
    y += Math.max(0, ...headings.map((h) => h.height));

    const wholeLabels = row.map((zone, c) => markLabel(zone.whole, xs[c], y, colWidth - STROKE));
    const squareTop = y + Math.max(...wholeLabels.map((l) => l.box.height)) + SPACE.xs;
    const insides = row.map((zone, c) => {
      const s = squareSide(zone.whole.area, k);
      const square = { x: xs[c], y: squareTop, width: s, height: s };
      return { square, ...layoutInside(zone, square, k, colWidth - STROKE) };
    });
    const drawingBottom = Math.max(...insides.map((inside) => inside.square.y + inside.square.height + inside.below));

    const listX = listsBeside ? side + STROKE + GAP : 0;
    const listWidth = colWidth - listX - STROKE;
    let listTop = listsBeside ? squareTop : drawingBottom + SPACE.m;
    const lists: ZoneList[][] = row.map(() => []);
    const slots = Math.max(0, ...row.map((z) => z.lists.length));
    for (let j = 0; j < slots; j++) {
      const laid = row.map((zone) => listLines(zone.lists[j], listWidth, separator));
      laid.forEach((lines, c) => lines.length && lists[c].push({ x: xs[c] + listX, y: baseline(listTop, FONT), lineHeight: LINE, lines }));
      const tallest = Math.max(...laid.map((l) => l.length));
      if (tallest > 0) listTop += tallest * LINE + SPACE.xs;
    }

    row.forEach((_, c) => {
      const { square, marks, rest, dividers } = insides[c];
      const whole: AreaMark = {
        kind: 'whole',
        index: 0,
        rect: square,
        label: wholeLabels[c],
        placement: 'above',
        // Top-right inside the square: empty in both zones, and the focus ring stays inside the widget.
        tip: { x: square.x + Math.max(square.width / 2, square.width - SPACE.m), y: square.y + Math.min(square.height / 2, SPACE.m) },
      };
      const band = { x: xs[c], y: bandTop, width: square.width, height: SPACE.xs };
      panels.push({ x: xs[c] - STROKE, width: colWidth, band, square, heading: headings[c].blocks, marks: [whole, ...marks], rest, dividers, lists: lists[c] });
    });
    y = Math.max(drawingBottom, listTop) + GAP;
  }
  return { width, height: Math.ceil(y - GAP + STROKE), k, columns, panels };
}

function headingBlocks({ title, subtitle }: ZoneText, x: number, top: number, width: number): { blocks: TextBlock[]; height: number } {
  const blocks: TextBlock[] = [];
  let y = top;
  const add = (text: string | undefined, fontSize: number, lineHeight: number, bold: boolean) => {
    const wrapped = text ? wrapText(text, fontSize, width, bold ? BOLD : {}) : [];
    if (!wrapped.length) return;
    blocks.push({ x, y: baseline(y, fontSize), lines: wrapped, fontSize, lineHeight, bold });
    y += wrapped.length * lineHeight;
  };
  add(title, HEAD_FONT, HEAD_LINE, true);
  add(subtitle, FONT, LINE, false);
  return { blocks, height: y > top ? y - top + SPACE.xs : 0 };
}

/**
 * A list in running lines, broken only between items: the lead shares the first line
 * with the first item when both fit, else stands on a line of its own.
 */
function listLines(list: ZoneListText | undefined, width: number, separator: string): ListLine[] {
  if (!list || list.items.length === 0) return [];
  const [first, ...rest] = list.items;
  if (estimateTextWidth(list.lead + first, FONT) <= width) {
    const lines = flowItems([list.lead + first, ...rest], FONT, width, separator);
    return lines.map((text, i) => (i === 0 ? { lead: list.lead, text: text.slice(list.lead.length) } : { text }));
  }
  return [...wrapText(list.lead, FONT, width).map((lead) => ({ lead, text: '' })), ...flowItems(list.items, FONT, width, separator).map((text) => ({ text }))];
}
