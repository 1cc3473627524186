import { bottomOf, setRuns, type LabelRun, type PlacedRun } from './label-runs.js';
import { zoomLadder, type ZoomStep } from './zoom-ladder.js';

/** One square: an area in m² and the words beside it. */
export interface LedgerSquareInput {
  area: number;
  runs: LabelRun[];
}

/** A parcel: its squares, outermost first, each inside the one before (启动区 ⊃ 可用). */
export interface LedgerParcelInput {
  squares: LedgerSquareInput[];
}

/** A share of a whole whose size the article does not give (江门 = 1/6 of the Bay Area's land). */
export interface LedgerShareInput {
  /** The part's share of the whole, 0–1. */
  share: number;
  /** Share of the part already developed, 0–1. */
  developed?: number;
  /** Which way a hedged `developed` may really lie: `less` for 不足12%. */
  developedOpen?: 'less' | 'more';
  heading: string;
  whole: string;
  part: string;
  developedText?: string;
  /** Runs under the bars: what the percentage is of, and what follows from it. */
  notes: LabelRun[];
  /** Lines after the notes, each with a number the source gives about the part (one of 5 main platforms). */
  facts?: LabelRun[];
}

export interface LandLedgerInput {
  share?: LedgerShareInput;
  areasHeading: string;
  parcels: LedgerParcelInput[];
  /** The heading of zoom step `index` of `count`: "第2级：按面积再放大25倍（边长×5）". */
  stepText(step: ZoomStep, index: number, count: number): string;
  /** The words beside a dashed square that stands for step `index`: "↓ 第2级". */
  ghostText?(index: number): string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LedgerShareLayout {
  heading: PlacedRun;
  whole: PlacedRun;
  wholeBar: Rect;
  partBar: Rect;
  part: PlacedRun & { inside: boolean };
  /** The zoom from the part's slice to the bar of the part alone. */
  zoom?: string;
  partWholeBar?: Rect;
  developedBar?: Rect;
  /** A small arrowhead at the developed bar's end pointing to where the true value lies. */
  developedMarker?: string;
  developed?: PlacedRun & { inside: boolean };
  notes: PlacedRun[];
  /** In the order of the input's `facts`. */
  facts: PlacedRun[];
  /** The lowest pixel of the section. */
  bottom: number;
}

export interface LedgerSquare {
  parcel: number;
  /** 0 for the parcel's outer square, 1… for the nested ones. */
  index: number;
  step: number;
  x: number;
  y: number;
  side: number;
  runs: PlacedRun[];
  /** From the square's top-right corner to its label, for nested squares. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LedgerStep {
  zoom: number;
  sideZoom: number;
  header: PlacedRun;
  /** The next step's largest square at this step's scale, inside this step's largest square. */
  ghost?: Rect;
  /** Its label, when it fits inside the square beside it. */
  ghostLabel?: PlacedRun;
}

export interface LandLedgerLayout {
  width: number;
  height: number;
  share?: LedgerShareLayout;
  areasHeading: PlacedRun;
  steps: LedgerStep[];
  squares: LedgerSquare[];
}

const BAR = 24;
const ZOOM_GAP = 26;
const SECTION_GAP = 22;
const LABEL_GAP = 8;
const CELL_GAP = 28;
const ROW_GAP = 18;
const RUN_GAP = 6;
const FACT_GAP = 6;
const LABEL_MAX = 230;
const LABEL_MIN = 150;
const MIN_VISIBLE = 2;

/** The largest square's side: as big as leaves room for a label column beside it. */
export function maxSquareSide(width: number): number {
  return Math.max(96, Math.min(210, width - 170));
}

/**
 * Geometry for `<land-ledger>`: first the shares (a whole of unknown size, the part's
 * slice, then the part alone with its developed share, its notes and the lines of
 * other numbers about the part), then every parcel as a square
 * whose area is proportional to its land, on a zoom ladder when the areas span orders
 * of magnitude. Parcels are drawn largest first; labels stand right of their squares.
 */
export function layoutLandLedger(input: LandLedgerInput, { width }: { width: number }): LandLedgerLayout {
  let y = 0;
  let share: LedgerShareLayout | undefined;
  if (input.share) {
    share = layoutShare(input.share, width);
    y = share.bottom + SECTION_GAP;
  }
  const areasHeading = setRuns([{ text: input.areasHeading, kind: 'name' }], 0, y, width).runs[0];
  y = bottomOf(areasHeading) + 10;

  const order = input.parcels.map((_, i) => i).sort((a, b) => outerArea(input.parcels[b]) - outerArea(input.parcels[a]) || a - b);
  const maxSide = maxSquareSide(width);
  const ladder = zoomLadder(order.map((i) => outerArea(input.parcels[i])), { maxSide, minSide: maxSide / 4 });

  const steps: LedgerStep[] = [];
  const squares: LedgerSquare[] = [];
  ladder.forEach((step, s) => {
    const header = setRuns([{ text: input.stepText(step, s, ladder.length), kind: 'note' }], 0, y, width).runs[0];
    y = bottomOf(header) + 8;
    const layoutStep: LedgerStep = { zoom: step.zoom, sideZoom: step.sideZoom, header };
    steps.push(layoutStep);
    const cells = step.members.map((m) => parcelCell(input.parcels[order[m]], order[m], s, step.k, width));
    let row: ParcelCell[] = [];
    let rowWidth = 0;
    const flush = () => {
      if (row.length === 0) return;
      y = placeRow(row, y, squares) + ROW_GAP;
      row = [];
      rowWidth = 0;
    };
    for (let cell of cells) {
      if (row.length && rowWidth + CELL_GAP + cell.width > width) {
        // A narrower label column, wrapped onto more lines, may still fit beside the row.
        const room = width - rowWidth - CELL_GAP - cell.sides[0] - LABEL_GAP;
        const narrower = room >= LABEL_MIN ? parcelCell(cell.input, cell.parcel, s, step.k, width, room) : undefined;
        if (narrower && rowWidth + CELL_GAP + narrower.width <= width) cell = narrower;
        else flush();
      }
      cell.x = row.length ? rowWidth + CELL_GAP : 0;
      rowWidth = cell.x + cell.width;
      row.push(cell);
    }
    flush();
    const next = ladder[s + 1];
    const lead = squares.find((q) => q.step === s && q.index === 0);
    if (next && lead) {
      const side = Math.sqrt(outerArea(input.parcels[order[next.members[0]]])) * step.k;
      if (side >= MIN_VISIBLE) {
        layoutStep.ghost = { x: lead.x, y: lead.y + lead.side - side, width: side, height: side };
        const alone = !squares.some((q) => q.parcel === lead.parcel && q.index > 0);
        const text = input.ghostText?.(s + 1);
        if (text && alone) {
          const room = lead.side - side - 10;
          const block = setRuns([{ text, kind: 'note' }], lead.x + side + 4, 0, room);
          const run = block.runs[0];
          const fits = run.lines.length === 1 && block.width <= room && run.fontSize + 8 <= lead.side;
          if (fits) layoutStep.ghostLabel = { ...run, y: lead.y + lead.side - 5 };
        }
      }
    }
  });
  const height = Math.ceil(y - ROW_GAP + 2);
  return { width, height, share, areasHeading, steps, squares };
}

interface ParcelCell {
  parcel: number;
  step: number;
  x: number;
  width: number;
  sides: number[];
  labelWidth: number;
  input: LedgerParcelInput;
}

function parcelCell(input: LedgerParcelInput, parcel: number, step: number, k: number, width: number, labelMax = LABEL_MAX): ParcelCell {
  const sides = input.squares.map((q) => Math.sqrt(Math.max(q.area, 0)) * k);
  const room = Math.min(labelMax, width - sides[0] - LABEL_GAP);
  const labelWidth = Math.max(...input.squares.map((q) => setRuns(q.runs, 0, 0, room).width), 0);
  return { parcel, step, x: 0, width: sides[0] + LABEL_GAP + labelWidth, sides, labelWidth: room, input };
}

/** Squares of one row on a common baseline, labels stacked right of each; returns the row's bottom. */
function placeRow(row: ParcelCell[], top: number, out: LedgerSquare[]): number {
  const baseline = top + Math.max(...row.map((c) => c.sides[0]));
  let bottom = baseline;
  for (const cell of row) {
    const labelX = cell.x + cell.sides[0] + LABEL_GAP;
    let next = baseline - cell.sides[0];
    cell.input.squares.forEach((square, index) => {
      const side = cell.sides[index];
      const squareTop = baseline - side;
      const blockTop = Math.max(squareTop, next);
      const block = setRuns(square.runs, labelX, blockTop, cell.labelWidth);
      next = blockTop + block.height + RUN_GAP;
      bottom = Math.max(bottom, blockTop + block.height);
      out.push({
        parcel: cell.parcel,
        index,
        step: cell.step,
        x: cell.x,
        y: squareTop,
        side,
        runs: block.runs,
        leader: index === 0 ? undefined : { x1: cell.x + side, y1: squareTop, x2: labelX - 3, y2: blockTop + block.runs[0].fontSize * 0.6 },
      });
    });
  }
  return bottom;
}

function layoutShare(input: LedgerShareInput, width: number): LedgerShareLayout {
  const heading = setRuns([{ text: input.heading, kind: 'name' }], 0, 0, width).runs[0];
  const whole = setRuns([{ text: input.whole, kind: 'value' }], 0, bottomOf(heading) + 4, width).runs[0];
  const barY = bottomOf(whole) + 4;
  const wholeBar = { x: 0, y: barY, width, height: BAR };
  const partWidth = clampShare(input.share) * width;
  const partBar = { x: 0, y: barY, width: partWidth, height: BAR };
  const part = barLabel(input.part, partWidth + 6, wholeBar, width);
  let y = part.inside ? barY + BAR : bottomOf(part);
  const layout: LedgerShareLayout = { heading, whole, wholeBar, partBar, part, notes: [], facts: [], bottom: 0 };
  if (input.developed !== undefined) {
    const top = y + ZOOM_GAP;
    layout.zoom = `0,${y} ${partWidth},${y} ${width},${top} 0,${top}`;
    layout.partWholeBar = { x: 0, y: top, width, height: BAR };
    const developedWidth = clampShare(input.developed) * width;
    layout.developedBar = { x: 0, y: top, width: developedWidth, height: BAR };
    const marker = input.developedOpen ? 12 : 0;
    if (input.developedOpen) {
      const mid = top + BAR / 2;
      const x = Math.min(developedWidth + 3, width - 10);
      layout.developedMarker =
        input.developedOpen === 'less' ? `M${x + 8},${mid - 5}L${x},${mid}L${x + 8},${mid + 5}Z` : `M${x},${mid - 5}L${x + 8},${mid}L${x},${mid + 5}Z`;
    }
    layout.developed = barLabel(input.developedText ?? '', developedWidth + 6 + marker, layout.partWholeBar, width);
    y = layout.developed.inside ? top + BAR : bottomOf(layout.developed);
  }
  // Without notes or facts the section ends with its last bar or the label under it.
  layout.bottom = y;
  y += 6;
  const notes = setRuns(input.notes, 0, y, width);
  layout.notes = notes.runs;
  y += notes.height;
  if (input.facts?.length) {
    // The facts are the article's words, apart from the notes that explain the bars.
    y += notes.height > 0 ? FACT_GAP : 0;
    const facts = setRuns(input.facts, 0, y, width);
    layout.facts = facts.runs;
    y += facts.height;
  }
  if (layout.notes.length || layout.facts.length) layout.bottom = y;
  return layout;
}

/** A label inside a bar, right of `x`, when it fits; under the bar otherwise. */
function barLabel(text: string, x: number, bar: Rect, width: number): PlacedRun & { inside: boolean } {
  const probe = setRuns([{ text, kind: 'value' }], 0, 0, Number.POSITIVE_INFINITY);
  if (x + probe.width + 6 <= width) {
    const run = probe.runs[0];
    return { ...run, x, y: bar.y + bar.height / 2 + run.fontSize * 0.36, inside: true };
  }
  return { ...setRuns([{ text, kind: 'value' }], 0, bar.y + bar.height + 4, width).runs[0], inside: false };
}

const clampShare = (share: number) => Math.max(0, Math.min(1, share));
const outerArea = (parcel: LedgerParcelInput) => parcel.squares[0]?.area ?? 0;
