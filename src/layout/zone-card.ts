import { areaScale, keyArea, squareSide } from './area-square.js';
import { flowItems } from './flow-text.js';
import { stackLabels } from './label-stack.js';
import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import { squarify, type Rect } from './treemap.js';

export type { Rect };

/** An area with the words drawn on it: its name and its value, already formatted. */
export interface ZoneAreaText {
  area: number;
  name: string;
  value: string;
}

/** A list under (or beside) a zone's square: industries, models, milestones. */
export interface ZoneListText {
  heading: string;
  /** `lead` is set in bold on a line of its own (a milestone's date). */
  items: { lead?: string; text: string }[];
  /** Items run on in lines ("A · B · C") rather than one under another. */
  flow: boolean;
}

/** One zone as the layout needs it: numbers for the scale, words for the labels. */
export interface ZoneText {
  /** Set large and bold above the drawing (the zone's name when several are shown). */
  title?: string;
  /** Set small under the title (another name of the place). */
  subtitle?: string;
  whole: ZoneAreaText;
  parts: ZoneAreaText[];
  nested: ZoneAreaText[];
  unplaced: ZoneAreaText[];
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

export type AreaKind = 'whole' | 'part' | 'nested' | 'unplaced';

export interface AreaMark {
  kind: AreaKind;
  /** Index into the zone's list of this kind. */
  index: number;
  rect: Rect;
  label: MarkLabel;
  /** On the mark; above the square (the whole); in a lane beside the small marks; in a list below the square. */
  placement: 'inside' | 'above' | 'lane' | 'below';
  /** Polyline from the mark to a label set apart from it. */
  leader?: [number, number][];
  /** Where the keyboard's focus ring and tooltip point. */
  tip: { x: number; y: number };
}

export interface ZoneList {
  heading: TextBlock;
  blocks: TextBlock[];
}

export interface ZonePanel {
  x: number;
  width: number;
  /** The whole planned area's square. */
  square: Rect;
  heading: TextBlock[];
  /** Whole first, then parts, nested and unplaced areas, each in input order. */
  marks: AreaMark[];
  /** The empty part of the whole when parts do not cover it. */
  rest?: Rect;
  lists: ZoneList[];
}

export interface ZoneCardLayout {
  width: number;
  height: number;
  /** px per √km²: one square side per √area for every square in the drawing. */
  k: number;
  columns: number;
  scale: TextBlock;
  /** A key square of a round area ("□ 1 km²"). */
  key: { area: number; rect: Rect; labelX: number; labelY: number };
  panels: ZonePanel[];
}

const FONT = 13;
/** CJK fonts' boxes are ~1.45 em tall (Noto Sans CJK: ascent 1.16, descent 0.29): 20 px keeps 13 px lines apart. */
const LINE = 20;
const HEAD_FONT = 16;
const HEAD_LINE = 24;
/** Between columns of zones. */
const GAP = 32;
/** Narrowest column that still holds a square with its labels: below it, zones stack. */
const MIN_COLUMN = 280;
/** Largest square: beyond it a 66 km² square only takes space from the lists. */
const MAX_SIDE = 400;
/** Half the outline, so the square's stroke stays inside the box; text starts there too (a "J" overhangs its origin). */
const STROKE = 1;
/** Inset of the small marks from the whole's outline, and their gap to each other. */
const INSET = 12;
const STACK_GAP = 16;
/** From the column of small marks to their labels. */
const LEADER = 16;
const MIN_LANE = 96;
const IN_PAD = 6;
const LISTS_BESIDE = 220;
const LIST_GAP = 12;

/** The first baseline of text whose line box starts at `top`: the ascent, with a little half-leading. */
const baseline = (top: number, fontSize: number) => top + Math.round(fontSize * 1.2);
const widest = (lines: string[], fontSize: number) => Math.max(0, ...lines.map((l) => estimateTextWidth(l, fontSize)));

/**
 * Geometry for `<zone-card>`: one square per zone for its planned area, all at one
 * scale (side = √area × k, one k), so two 66 km² zones are two equal squares. Parts of
 * the whole tile its square as an area-true treemap; nested areas are squares inside
 * each other at the same scale; areas whose place is unknown stand apart, dashed. Zones
 * sit side by side while each column keeps 280 px, and stack (same k) below that.
 */
export function layoutZoneCard(
  zones: readonly ZoneText[],
  { width }: { width: number },
  { scaleText, separator = ' · ' }: { scaleText: string; separator?: string },
): ZoneCardLayout {
  const count = Math.max(1, zones.length);
  let columns = count;
  while (columns > 1 && (width - GAP * (columns - 1)) / columns < MIN_COLUMN) columns--;
  const colWidth = (width - GAP * (columns - 1)) / columns;
  const side = Math.max(0, Math.min(colWidth - 2 * STROKE, MAX_SIDE));
  const k = areaScale(Math.max(0, ...zones.map((z) => z.whole.area)), side);
  const listsBeside = colWidth - side - GAP >= LISTS_BESIDE;

  const scaleLines = wrapText(scaleText, FONT, width - STROKE);
  const scale: TextBlock = { x: STROKE, y: baseline(0, FONT), lines: scaleLines, fontSize: FONT, lineHeight: LINE };
  let y = scaleLines.length * LINE + 6;
  const area = keyArea(k);
  const keySide = squareSide(area, k);
  const key = { area, rect: { x: STROKE, y, width: keySide, height: keySide }, labelX: keySide + 8, labelY: y + keySide / 2 + FONT * 0.35 };
  y += keySide + 16;

  const panels: ZonePanel[] = [];
  for (let start = 0; start < zones.length; start += columns) {
    const row = zones.slice(start, start + columns);
    const xs = row.map((_, c) => c * (colWidth + GAP));

    const headings = row.map((zone, c) => headingBlocks(zone, xs[c] + STROKE, y, colWidth - STROKE));
    y += Math.max(0, ...headings.map((h) => h.height));

    const wholeLabels = row.map((zone, c) => markLabel(zone.whole, xs[c] + STROKE, y, colWidth - STROKE, true));
    const wholeHeight = Math.max(...wholeLabels.map((l) => l.box.height));
    const squareTop = y + wholeHeight + 6;
    const insides = row.map((zone, c) => {
      const s = squareSide(zone.whole.area, k);
      const square = { x: xs[c] + STROKE, y: squareTop, width: s, height: s };
      return { square, ...layoutInside(zone, square, k, xs[c] + STROKE, xs[c] + colWidth) };
    });
    const drawingBottom = Math.max(...insides.map((inside) => inside.square.y + inside.square.height + inside.below));

    const listX = listsBeside ? side + 2 * STROKE + GAP : STROKE;
    const listWidth = colWidth - listX;
    let listTop = listsBeside ? y : drawingBottom + 14;
    const lists: ZoneList[][] = row.map(() => []);
    const slots = Math.max(0, ...row.map((z) => z.lists.length));
    for (let j = 0; j < slots; j++) {
      const laid = row.map((zone, c) => layoutList(zone.lists[j], xs[c] + listX, listTop, listWidth, separator));
      laid.forEach((l, c) => l.list && lists[c].push(l.list));
      const tallest = Math.max(...laid.map((l) => l.height));
      if (tallest > 0) listTop += tallest + LIST_GAP;
    }

    row.forEach((_, c) => {
      const { square, marks, rest } = insides[c];
      const whole: AreaMark = {
        kind: 'whole',
        index: 0,
        rect: square,
        label: wholeLabels[c],
        placement: 'above',
        // Top-right inside the square: empty in both zones (labels sit top-left), and the
        // focus ring stays inside the widget.
        tip: { x: square.x + Math.max(square.width / 2, square.width - 12), y: square.y + Math.min(square.height / 2, 12) },
      };
      panels.push({ x: xs[c], width: colWidth, square, heading: headings[c].blocks, marks: [whole, ...marks], rest, lists: lists[c] });
    });
    y = Math.max(drawingBottom, listTop) + 24;
  }
  return { width, height: Math.ceil(y - 16), k, columns, scale, key, panels };
}

function headingBlocks({ title, subtitle }: ZoneText, x: number, top: number, width: number): { blocks: TextBlock[]; height: number } {
  const blocks: TextBlock[] = [];
  let y = top;
  const add = (text: string | undefined, fontSize: number, lineHeight: number, bold: boolean) => {
    const wrapped = text ? wrapText(text, fontSize, width, { bold }) : [];
    if (!wrapped.length) return;
    blocks.push({ x, y: baseline(y, fontSize), lines: wrapped, fontSize, lineHeight, bold });
    y += wrapped.length * lineHeight;
  };
  add(title, HEAD_FONT, HEAD_LINE, true);
  add(subtitle, FONT, LINE, false);
  return { blocks, height: y > top ? y - top + 6 : 0 };
}

/** A name and value set at (x, top) within `maxWidth`: on one line when `inline` and it fits. */
function markLabel(text: ZoneAreaText, x: number, top: number, maxWidth: number, inline = false): MarkLabel {
  // The value is set in bold.
  const valueWidth = estimateTextWidth(text.value, FONT, BOLD);
  const oneLineWidth = estimateTextWidth(`${text.name} `, FONT) + valueWidth;
  const fits = inline && oneLineWidth <= maxWidth;
  const name = fits ? [text.name] : wrapText(text.name, FONT, maxWidth);
  const lines = fits ? 1 : name.length + 1;
  const width = fits ? oneLineWidth : Math.max(widest(name, FONT), valueWidth);
  return {
    x,
    y: baseline(top, FONT),
    name,
    value: text.value,
    inline: fits,
    fontSize: FONT,
    lineHeight: LINE,
    box: { x, y: top, width, height: lines * LINE },
  };
}

function moveLabel(label: MarkLabel, x: number, top: number): MarkLabel {
  return { ...label, x, y: baseline(top, FONT), box: { ...label.box, x, y: top } };
}

interface Pending {
  kind: AreaKind;
  index: number;
  rect: Rect;
  text: ZoneAreaText;
  anchor: { x: number; y: number };
}

/** Parts, nested and unplaced areas inside one whole square, with their labels. */
function layoutInside(zone: ZoneText, square: Rect, k: number, panelLeft: number, panelRight: number): { marks: AreaMark[]; rest?: Rect; below: number } {
  const marks: AreaMark[] = [];
  const callouts: Pending[] = [];

  // Parts tile the whole in proportion to the whole, not to their sum: parts that leave
  // some of the whole undivided leave that much of the square empty.
  const partSum = zone.parts.reduce((s, p) => s + p.area, 0);
  const restArea = Math.max(0, zone.whole.area - partSum);
  const tiles = squarify([...zone.parts.map((p) => p.area), restArea], square);
  zone.parts.forEach((part, index) => {
    const rect = tiles[index];
    const room = rect.width - 2 * IN_PAD;
    const label = markLabel(part, rect.x + IN_PAD, rect.y + IN_PAD, Math.max(1, room));
    const fits = label.box.width <= room && label.box.height <= rect.height - 2 * IN_PAD && label.name.length <= 3;
    const anchor = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    if (fits) marks.push({ kind: 'part', index, rect, label, placement: 'inside', tip: anchor });
    else callouts.push({ kind: 'part', index, rect, text: part, anchor });
  });
  const rest = restArea > zone.whole.area * 1e-6 ? tiles[zone.parts.length] : undefined;

  // Nested squares share their bottom-left corner, inset from the whole's.
  const sides = zone.nested.map((n) => squareSide(n.area, k));
  const nestSide = sides[0] ?? 0;
  const inset = Math.max(0, Math.min(INSET, (square.width - nestSide) / 2));
  const left = square.x + inset;
  const bottom = square.y + square.height - inset;
  const small: Pending[] = zone.nested.map((text, index) => {
    const s = sides[index];
    const rect = { x: left, y: bottom - s, width: s, height: s };
    const inner = sides[index + 1];
    // The anchor sits in the band this square does not share with the next one in.
    const band = inner === undefined ? s : s - inner;
    const anchor = inner === undefined ? { x: left + s / 2, y: bottom - s / 2 } : { x: left + s - band / 2, y: bottom - s + band / 2 };
    return { kind: 'nested', index, rect, text, anchor };
  });

  // Unplaced areas stack above the nest; when they cannot, beside it.
  let cursor = nestSide > 0 ? bottom - nestSide - STACK_GAP : bottom;
  let besideX = left + nestSide + STACK_GAP;
  zone.unplaced.forEach((text, index) => {
    const s = squareSide(text.area, k);
    let rect = { x: left, y: cursor - s, width: s, height: s };
    if (rect.y < square.y + inset) {
      rect = { x: besideX, y: bottom - s, width: s, height: s };
      besideX += s + STACK_GAP;
    } else cursor = rect.y - STACK_GAP;
    small.push({ kind: 'unplaced', index, rect, text, anchor: { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } });
  });

  // Labels of the small marks: in a lane to their right inside the whole, or below it.
  if (small.length) {
    const columnRight = Math.max(...small.map((p) => p.rect.x + p.rect.width));
    const laneX = columnRight + LEADER;
    const laneWidth = square.x + square.width - 6 - laneX;
    const ordered = [...small].sort((a, b) => a.anchor.y - b.anchor.y);
    const labels = ordered.map((p) => markLabel(p.text, laneX, 0, Math.max(1, laneWidth)));
    const heights = labels.map((l) => l.box.height);
    const tops = stackLabels(
      ordered.map((p, i) => p.anchor.y - heights[i] / 2),
      heights,
      { top: square.y + 4, bottom: square.y + square.height - 4, gap: 4 },
    );
    const fits =
      laneWidth >= MIN_LANE &&
      labels.every((l) => l.box.width <= laneWidth + 0.5) &&
      tops.every((t, i) => i === 0 || t >= tops[i - 1] + heights[i - 1] + 3.5) &&
      tops[tops.length - 1] + heights[heights.length - 1] <= square.y + square.height - 3.5;
    if (fits) {
      ordered.forEach((p, i) => {
        const label = moveLabel(labels[i], laneX, tops[i]);
        const mid = tops[i] + Math.min(heights[i], 2 * LINE) / 2;
        const leader: [number, number][] = [
          [p.anchor.x, p.anchor.y],
          [columnRight + 4, p.anchor.y],
          [laneX - 4, mid],
        ];
        marks.push({ kind: p.kind, index: p.index, rect: p.rect, label, placement: 'lane', leader, tip: p.anchor });
      });
    } else callouts.push(...small);
  }

  // Callouts below the square: the rightmost mark's label highest, so that no leader
  // runs down through a label set further left.
  let top = square.y + square.height + 10;
  for (const p of [...callouts].sort((a, b) => b.anchor.x - a.anchor.x)) {
    const x0 = Math.max(panelLeft, Math.min(p.anchor.x + 8, panelRight - MIN_LANE));
    let label = markLabel(p.text, x0, top, panelRight - x0);
    const mid = top + LINE / 2;
    let leader: [number, number][];
    if (x0 - 4 > p.anchor.x) leader = [[p.anchor.x, p.anchor.y], [p.anchor.x, mid], [x0 - 4, mid]];
    else {
      // No room to the right of the mark: the label hangs under it.
      const x = Math.max(panelLeft, Math.min(p.anchor.x - 10, panelRight - label.box.width));
      label = moveLabel(label, x, top);
      leader = [[p.anchor.x, p.anchor.y], [p.anchor.x, top - 3]];
    }
    marks.push({ kind: p.kind, index: p.index, rect: p.rect, label, placement: 'below', leader, tip: p.anchor });
    top += label.box.height + 6;
  }
  const order: AreaKind[] = ['part', 'nested', 'unplaced'];
  marks.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.index - b.index);
  return { marks, rest, below: top - (square.y + square.height) - (callouts.length ? 0 : 10) };
}

function layoutList(list: ZoneListText | undefined, x: number, top: number, width: number, separator: string): { list?: ZoneList; height: number } {
  if (!list || list.items.length === 0) return { height: 0 };
  const heading: TextBlock = { x, y: baseline(top, FONT), lines: wrapText(list.heading, FONT, width, BOLD), fontSize: FONT, lineHeight: LINE, bold: true };
  let y = top + heading.lines.length * LINE;
  const blocks: TextBlock[] = [];
  const add = (lines: string[], bold = false) => {
    if (!lines.length) return;
    blocks.push({ x, y: baseline(y, FONT), lines, fontSize: FONT, lineHeight: LINE, bold });
    y += lines.length * LINE;
  };
  if (list.flow) add(flowItems(list.items.map((i) => i.text), FONT, width, separator));
  else {
    list.items.forEach((item, i) => {
      if (i > 0) y += 4;
      if (item.lead) add(wrapText(item.lead, FONT, width, BOLD), true);
      add(wrapText(item.text, FONT, width));
    });
  }
  return { list: { heading, blocks }, height: y - top };
}
