import { bottomOf, setRuns, type LabelRun, type PlacedRun } from './label-runs.js';
import { layoutShare, type LedgerShareInput, type LedgerShareLayout } from './land-share.js';
import { SPACE } from './scale.js';

export type { LedgerShareInput, LedgerShareLayout, Rect } from './land-share.js';

/** A parcel: its areas in m², outermost first, each inside the one before (启动区 ⊃ 可用). */
export interface LedgerParcelInput {
  areas: number[];
  /** The words under its square: name, the article's value, the conversion, then the inner areas'. */
  runs: LabelRun[];
}

export interface LandLedgerInput {
  /** Drawn above the squares when given. */
  share?: LedgerShareInput;
  /** A heading over the squares, when there is a share above them to tell them apart from. */
  areasHeading?: string;
  parcels: LedgerParcelInput[];
}

export interface LedgerSquare {
  parcel: number;
  /** 0 for the parcel's outer square, 1… for the nested ones. */
  index: number;
  x: number;
  y: number;
  side: number;
}

export interface LedgerLabel {
  parcel: number;
  runs: PlacedRun[];
}

export interface LandLedgerLayout {
  width: number;
  height: number;
  /** Pixels per √m²: every square's side is √area × k, one `k` for the whole drawing. */
  k: number;
  share?: LedgerShareLayout;
  areasHeading?: PlacedRun;
  squares: LedgerSquare[];
  labels: LedgerLabel[];
  /**
   * `row`: every square stands on one baseline (`edge` is its y), labels under them.
   * `list`: one parcel a line, squares right-aligned on one edge (`edge` is its x), tops
   * level with their labels beside them.
   */
  mode: 'row' | 'list';
  edge: number;
}

/** The largest square's side never grows past this, however wide the page. */
export const MAX_SIDE = 240;
/** All parcels stand in one row when the largest square can still be this big. */
export const MIN_ROW_SIDE = 96;
/** Label columns: at least this wide on a phone, at most this on a desktop. */
const LABEL_MIN = 84;
const LABEL_MAX = 168;
const CELL_GAP = SPACE.l;
/** In a list, the largest square takes this share of the width, leaving the labels at least LIST_LABEL_MIN. */
const LIST_SIDE = 0.45;
const LIST_LABEL_MIN = 140;
/** A list is read line by line: a larger square would only make it longer. */
const LIST_MAX_SIDE = 160;
const LIST_GAP = SPACE.l;

/**
 * Geometry for `<land-ledger>`: every parcel a square whose area is proportional to its
 * land, all on one scale (one `k`). They stand in one row on a common baseline, labels
 * under them, when the largest square can still be `MIN_ROW_SIDE` there; on a phone they
 * become a list, squares right-aligned on one edge and labels beside them. Nested areas
 * share their outer square's bottom-left corner. With a share, its bars come first.
 */
export function layoutLandLedger(input: LandLedgerInput, { width }: { width: number }): LandLedgerLayout {
  let y = 0;
  let share: LedgerShareLayout | undefined;
  let areasHeading: PlacedRun | undefined;
  if (input.share) {
    share = layoutShare(input.share, width);
    y = share.bottom + SPACE.xl;
    if (input.areasHeading) {
      areasHeading = setRuns([{ text: input.areasHeading, kind: 'name' }], 0, y, width).runs[0];
      y = bottomOf(areasHeading) + SPACE.s;
    }
  }
  const n = input.parcels.length;
  const roots = input.parcels.map((p) => Math.sqrt(Math.max(0, p.areas[0] ?? 0)));
  const largest = Math.max(...roots, 0);
  const labelMin = clamp((width - (n - 1) * CELL_GAP) / Math.max(n, 1), LABEL_MIN, LABEL_MAX);
  // No cell is narrower than its label's longest unbreakable piece (a long English word).
  const widest = input.parcels.map((p) => Math.min(width, setRuns(p.runs, 0, 0, 1).width));
  const cellWidths = (side: number) => roots.map((r, i) => Math.max(largest > 0 ? (r / largest) * side : 0, Math.min(labelMin, width), widest[i]));
  const rowWidth = (side: number) => cellWidths(side).reduce((sum, w) => sum + w, 0) + (n - 1) * CELL_GAP;

  // The largest side that keeps every parcel in one row, found by halving.
  let lo = 0;
  let hi = MAX_SIDE;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (rowWidth(mid) <= width) lo = mid;
    else hi = mid;
  }
  const squares: LedgerSquare[] = [];
  const labels: LedgerLabel[] = [];
  const place = (i: number, x: number, bottom: number) =>
    input.parcels[i].areas.forEach((area, index) => {
      const side = Math.sqrt(Math.max(0, area)) * k;
      squares.push({ parcel: i, index, x, y: bottom - side, side });
    });

  const oneRow = lo >= MIN_ROW_SIDE || (n <= 1 && lo > 0);
  let k: number;
  let edge: number;
  if (oneRow) {
    // One row: every square on one baseline, its label under it.
    k = largest > 0 ? lo / largest : 0;
    const widths = cellWidths(lo);
    const baseline = y + lo;
    edge = baseline;
    let x = 0;
    let bottom = baseline;
    widths.forEach((w, i) => {
      place(i, x, baseline);
      const block = setRuns(input.parcels[i].runs, x, baseline + SPACE.s, w);
      labels.push({ parcel: i, runs: block.runs });
      bottom = Math.max(bottom, baseline + SPACE.s + block.height);
      x += w + CELL_GAP;
    });
    y = bottom;
  } else {
    // A list, as a phone reads it: one parcel a line, squares right-aligned on a common
    // edge with their tops level with their labels, the labels in one column beside them.
    const labelMin = Math.max(LIST_LABEL_MIN, ...widest);
    const side = Math.max(0, Math.min(LIST_MAX_SIDE, width * LIST_SIDE, width - labelMin - CELL_GAP));
    k = largest > 0 ? side / largest : 0;
    edge = side;
    const labelX = side + CELL_GAP;
    input.parcels.forEach((parcel, i) => {
      if (i > 0) y += LIST_GAP;
      const own = roots[i] * k;
      const block = setRuns(parcel.runs, labelX, y, width - labelX);
      place(i, Math.max(0, side - own), y + own);
      labels.push({ parcel: i, runs: block.runs });
      y += Math.max(own, block.height);
    });
  }
  return { width, height: Math.ceil(y), k, share, areasHeading, squares, labels, mode: oneRow ? 'row' : 'list', edge };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));
