// What lies inside one zone's square: its parts as a treemap, its nested areas as squares
// in a corner, areas of unknown place dashed beside them, and every label set where it
// crosses no other mark: inside its part, beside its square, or in a key under the whole.
import { stackLabels } from './label-stack.js';
import { SPACE } from './scale.js';
import { squareSide } from './area-square.js';
import { squarify, type Rect } from './treemap.js';
import { IN_PAD, LINE, insetRect, markLabel, moveLabel, rectInside, rectsOverlap, type MarkLabel, type ZoneAreaText } from './zone-card-marks.js';

export type AreaKind = 'whole' | 'part' | 'nested' | 'unplaced';

export interface AreaMark {
  kind: AreaKind;
  /** Index into the zone's list of this kind. */
  index: number;
  rect: Rect;
  label: MarkLabel;
  /** On its part; above its square; beside its square; in the key under the whole. */
  placement: 'inside' | 'above' | 'beside' | 'key';
  /** For a part labelled in the key: the line from the part down to its label, crossing only dividers. */
  leader?: [number, number][];
  /** For a small area labelled in the key: a sample of its look before the label. */
  swatch?: Rect;
  /** Where the keyboard's focus ring and tooltip point. */
  tip: { x: number; y: number };
}

/** The marks inside a whole, as the layout needs them. */
export interface ZoneAreas {
  whole: ZoneAreaText;
  parts: ZoneAreaText[];
  nested: ZoneAreaText[];
  unplaced: ZoneAreaText[];
}

export interface InsideLayout {
  marks: AreaMark[];
  /** The empty part of the whole when parts do not cover it. */
  rest?: Rect;
  /** Lines between the parts (x1, y1, x2, y2): the parts share the whole's fill, so only these tell them apart. */
  dividers: [number, number, number, number][];
  /** Height taken under the square by the key. */
  below: number;
}

const SWATCH = SPACE.m;
const MAX_NAME_LINES = 3;
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Parts, nested and unplaced areas inside `square`, with their labels; `keyWidth` is the room for the key under it. */
export function layoutInside(zone: ZoneAreas, square: Rect, k: number, keyWidth: number): InsideLayout {
  const { rest, dividers, inside, keyed } = layoutParts(zone, square);
  const small = layoutSmall(zone, square, k, inside.map((m) => m.label.box));
  const marks = [...inside, ...(small.fits ? small.marks : [])];

  // The key under the square: parts first, the rightmost highest so that no leader runs
  // down through a label set further left; then the small areas, each behind a swatch.
  let top = square.y + square.height + SPACE.m;
  for (const p of [...keyed].sort((a, b) => b.tip.x - a.tip.x)) {
    const x = Math.max(square.x, Math.min(p.tip.x + SPACE.s, square.x + keyWidth - 96));
    const label = markLabel(p.text, x, top, square.x + keyWidth - x);
    const mid = top + LINE / 2;
    marks.push({ kind: 'part', index: p.index, rect: p.rect, label, placement: 'key', leader: [[p.tip.x, p.tip.y], [p.tip.x, mid], [x - SPACE.xs, mid]], tip: p.tip });
    top += label.box.height + SPACE.xs;
  }
  if (!small.fits) {
    for (const mark of small.marks) {
      const x = square.x + SWATCH + SPACE.s;
      const label = markLabel(textOf(zone, mark), x, top, square.x + keyWidth - x);
      const swatch = { x: square.x, y: top + (LINE - SWATCH) / 2, width: SWATCH, height: SWATCH };
      marks.push({ ...mark, label, placement: 'key', swatch });
      top += label.box.height + SPACE.xs;
    }
  }
  const order: AreaKind[] = ['part', 'nested', 'unplaced'];
  marks.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.index - b.index);
  const used = top - (square.y + square.height);
  return { marks, rest, dividers, below: used > SPACE.m ? used : 0 };
}

const textOf = (zone: ZoneAreas, mark: Pick<AreaMark, 'kind' | 'index'>) => (mark.kind === 'part' ? zone.parts : mark.kind === 'nested' ? zone.nested : zone.unplaced)[mark.index];

/**
 * Parts tile the whole in proportion to the whole, not to their sum: parts that leave
 * some of it undivided leave that much of the square as a rest. A label goes on its part
 * when it fits there, else to the key.
 */
function layoutParts(zone: ZoneAreas, square: Rect) {
  const sum = zone.parts.reduce((s, p) => s + p.area, 0);
  const restArea = zone.parts.length ? Math.max(0, zone.whole.area - sum) : 0;
  const tiles = zone.parts.length ? squarify([...zone.parts.map((p) => p.area), restArea], square) : [];
  const inside: AreaMark[] = [];
  const keyed: { index: number; rect: Rect; text: ZoneAreaText; tip: { x: number; y: number } }[] = [];
  zone.parts.forEach((text, index) => {
    const rect = tiles[index];
    const room = insetRect(rect, IN_PAD);
    const label = markLabel(text, room.x, room.y, Math.max(1, room.width));
    const tip = centre(rect);
    if (rectInside(label.box, room) && label.name.length <= MAX_NAME_LINES) inside.push({ kind: 'part', index, rect, label, placement: 'inside', tip });
    else keyed.push({ index, rect, text, tip });
  });
  const right = square.x + square.width;
  const bottom = square.y + square.height;
  const dividers: [number, number, number, number][] = [];
  for (const t of tiles) {
    if (t.width <= 0 || t.height <= 0) continue;
    if (t.x + t.width < right - 0.5) dividers.push([t.x + t.width, t.y, t.x + t.width, t.y + t.height]);
    if (t.y + t.height < bottom - 0.5) dividers.push([t.x, t.y + t.height, t.x + t.width, t.y + t.height]);
  }
  const rest = restArea > zone.whole.area * 1e-6 ? tiles[zone.parts.length] : undefined;
  return { rest, dividers, inside, keyed };
}

/**
 * Nested squares sit in the whole's bottom-left corner, each inner one in the bottom-right
 * corner of the one it lies in. The outermost is labelled above itself, the inner ones to
 * the right of the nest (they share its right edge), so no label or line crosses a mark.
 * Areas of unknown place stack above, dashed, each labelled to its right. When any of it
 * does not fit, `fits` is false and the labels go to the key.
 */
function layoutSmall(zone: ZoneAreas, square: Rect, k: number, taken: Rect[]): { marks: AreaMark[]; fits: boolean } {
  const room = insetRect(square, SPACE.m);
  const right = room.x + room.width;
  const bottom = room.y + room.height;
  const marks: AreaMark[] = [];
  const sides = zone.nested.map((n) => squareSide(n.area, k));
  const outer: Rect | undefined = sides.length ? { x: room.x, y: bottom - sides[0], width: sides[0], height: sides[0] } : undefined;
  let cursor = bottom;
  if (outer) {
    const rects = sides.map((s) => ({ x: outer.x + outer.width - s, y: outer.y + outer.height - s, width: s, height: s }));
    const first = markLabel(zone.nested[0], outer.x, 0, right - outer.x);
    const firstLabel = moveLabel(first, outer.x, outer.y - SPACE.xs - first.box.height);
    marks.push({ kind: 'nested', index: 0, rect: rects[0], label: firstLabel, placement: 'above', tip: { x: outer.x + SPACE.xs, y: outer.y + SPACE.xs } });
    const laneX = outer.x + outer.width + SPACE.s;
    const labels = zone.nested.slice(1).map((text) => markLabel(text, laneX, 0, Math.max(1, right - laneX)));
    const heights = labels.map((l) => l.box.height);
    // Each inner square's label centres on the band it does not share with the next one in.
    const wanted = labels.map((_, j) => {
      const r = rects[j + 1];
      const next = rects[j + 2];
      return (r.y + (next ? next.y : r.y + r.height)) / 2 - heights[j] / 2;
    });
    const tops = stackLabels(wanted, heights, { top: outer.y, bottom: outer.y + outer.height, gap: SPACE.xs });
    labels.forEach((label, j) => {
      const r = rects[j + 1];
      marks.push({ kind: 'nested', index: j + 1, rect: r, label: moveLabel(label, laneX, tops[j]), placement: 'beside', tip: centre(r) });
    });
    cursor = firstLabel.box.y - SPACE.m;
  }
  zone.unplaced.forEach((text, index) => {
    const s = squareSide(text.area, k);
    const x = room.x + s + SPACE.s;
    const label = markLabel(text, x, 0, Math.max(1, right - x));
    const height = Math.max(s, label.box.height);
    const rect = { x: room.x, y: cursor - height / 2 - s / 2, width: s, height: s };
    marks.push({ kind: 'unplaced', index, rect, label: moveLabel(label, x, cursor - height / 2 - label.box.height / 2), placement: 'beside', tip: centre(rect) });
    cursor -= height + SPACE.m;
  });
  return { marks, fits: smallFits(marks, room, taken) };
}

/** Every small mark and label inside the room, each label clear of every other mark, label and of `taken`. */
function smallFits(marks: AreaMark[], room: Rect, taken: Rect[]): boolean {
  const boxes = marks.map((m) => m.label.box);
  return marks.every((m, i) => {
    const box = m.label.box;
    if (!rectInside(m.rect, room) || !rectInside(box, room) || m.label.name.length > MAX_NAME_LINES) return false;
    if (taken.some((t) => rectsOverlap(t, box) || rectsOverlap(t, m.rect))) return false;
    if (marks.some((other) => rectsOverlap(box, other.rect, 0))) return false;
    return boxes.every((b, j) => j === i || !rectsOverlap(b, box, 0));
  });
}

