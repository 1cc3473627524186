import { bottomOf, setRuns, type LabelRun, type PlacedRun } from './label-runs.js';
import { SPACE } from './scale.js';

/** A share of a whole whose size the source does not give (江门 = 1/6 of the Bay Area's land). */
export interface LedgerShareInput {
  /** The part's share of the whole, 0–1. */
  share: number;
  /** Share of the part already developed, 0–1. */
  developed?: number;
  /** Which way a hedged `developed` may really lie: `less` for 不足12%. */
  developedOpen?: 'less' | 'more';
  /** Above the bar: the whole's name. */
  whole: string;
  /** Beside the part's slice: "江门：1/6". */
  part: string;
  developedText?: string;
  /** Lines under the bars, each with a number the source gives about the part (one of 5 main platforms). */
  facts?: LabelRun[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LedgerShareLayout {
  whole: PlacedRun;
  wholeBar: Rect;
  partBar: Rect;
  part: PlacedRun & { inside: boolean };
  /** The wedge from the part's slice to the bar of the part alone. */
  zoom?: string;
  partWholeBar?: Rect;
  developedBar?: Rect;
  /** A small arrowhead at the developed bar's end pointing to where the true value lies. */
  developedMarker?: string;
  developed?: PlacedRun & { inside: boolean };
  /** In the order of the input's `facts`. */
  facts: PlacedRun[];
  /** The lowest pixel of the section. */
  bottom: number;
}

const BAR = SPACE.xl;
/** Tall enough for the wedge to read as "this slice, enlarged". */
const WEDGE = SPACE.xl;
/** The open-end arrowhead's width. */
const MARKER = SPACE.m;

/**
 * Part-of-whole bars: the whole (size unknown), the part's slice of it, then the part
 * alone enlarged with its developed share, and under them the lines of other numbers
 * about the part. Explanations live in the widget's "About the data", not here.
 */
export function layoutShare(input: LedgerShareInput, width: number, top = 0): LedgerShareLayout {
  const whole = setRuns([{ text: input.whole, kind: 'name' }], 0, top, width).runs[0];
  const barY = bottomOf(whole) + SPACE.xs;
  const wholeBar = { x: 0, y: barY, width, height: BAR };
  const partWidth = clampShare(input.share) * width;
  const partBar = { x: 0, y: barY, width: partWidth, height: BAR };
  const part = barLabel(input.part, partWidth + SPACE.xs, wholeBar, width);
  let y = part.inside ? barY + BAR : bottomOf(part);
  const layout: LedgerShareLayout = { whole, wholeBar, partBar, part, facts: [], bottom: 0 };
  if (input.developed !== undefined) {
    const barTop = y + WEDGE;
    layout.zoom = `0,${y} ${partWidth},${y} ${width},${barTop} 0,${barTop}`;
    layout.partWholeBar = { x: 0, y: barTop, width, height: BAR };
    const developedWidth = clampShare(input.developed) * width;
    layout.developedBar = { x: 0, y: barTop, width: developedWidth, height: BAR };
    const open = input.developedOpen;
    layout.developed = barLabel(input.developedText ?? '', developedWidth + SPACE.xs + (open ? MARKER : 0), layout.partWholeBar, width);
    // The arrowhead says "the true end lies this way" only beside its words ("不足12%"):
    // with the words set under the bar it would be a glyph on its own.
    if (open && layout.developed.inside) {
      const mid = barTop + BAR / 2;
      const x = developedWidth + 3;
      const tip = MARKER - SPACE.xs;
      layout.developedMarker = open === 'less' ? `M${x + tip},${mid - 5}L${x},${mid}L${x + tip},${mid + 5}Z` : `M${x},${mid - 5}L${x + tip},${mid}L${x},${mid + 5}Z`;
    }
    y = layout.developed.inside ? barTop + BAR : bottomOf(layout.developed);
  }
  layout.bottom = y;
  if (input.facts?.length) {
    const facts = setRuns(input.facts, 0, y + SPACE.s, width);
    layout.facts = facts.runs;
    layout.bottom = y + SPACE.s + facts.height;
  }
  return layout;
}

/** A label inside a bar, right of `x`, when it fits; under the bar otherwise. */
function barLabel(text: string, x: number, bar: Rect, width: number): PlacedRun & { inside: boolean } {
  const probe = setRuns([{ text, kind: 'value' }], 0, 0, Number.POSITIVE_INFINITY);
  if (x + probe.width + SPACE.s <= width) {
    const run = probe.runs[0];
    return { ...run, x, y: bar.y + bar.height / 2 + run.fontSize * 0.36, inside: true };
  }
  return { ...setRuns([{ text, kind: 'value' }], 0, bar.y + bar.height + SPACE.xs, width).runs[0], inside: false };
}

const clampShare = (share: number) => Math.max(0, Math.min(1, share));
