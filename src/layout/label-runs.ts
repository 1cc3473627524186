import { BOLD, estimateTextWidth, wrapText, type TextStyle } from './text-width.js';

/**
 * A label as a few runs of one style each ("中山连片工业用地" bold, "1.24万亩",
 * "≈8.27平方公里（推算）" muted), every run starting on its own line and wrapping within
 * the room it has. A run that shows a number stays one `<text>`, so it can carry the
 * number's `data-value`.
 */
export interface LabelRun {
  text: string;
  /** Its style: `name` bold 13 px, `value` 13 px, `derived` and `note` 12 px muted, `big` bold 28 px (a key number). */
  kind: 'name' | 'value' | 'derived' | 'note' | 'big';
}

/** A run set in the drawing: `y` is the first line's baseline. */
export interface PlacedRun {
  kind: LabelRun['kind'];
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** The run's index in its label, so the widget finds what number it shows. */
  source: number;
}

export interface RunBlock {
  runs: PlacedRun[];
  width: number;
  height: number;
}

const FONT: Record<LabelRun['kind'], number> = { name: 13, value: 13, derived: 12, note: 12, big: 28 };
/** `name` and `big` runs are set bold. */
const STYLE: Record<LabelRun['kind'], TextStyle> = { name: BOLD, value: {}, derived: {}, note: {}, big: BOLD };

export const runFontSize = (kind: LabelRun['kind']): number => FONT[kind];
export const runLineHeight = (kind: LabelRun['kind']): number => Math.round(FONT[kind] * (kind === 'big' ? 1.2 : 1.38));

/** The width `line` of a `kind` run takes: what collision checks measure. */
export function runLineWidth(line: string, kind: LabelRun['kind']): number {
  return estimateTextWidth(line, FONT[kind], STYLE[kind]);
}

/** Wraps `runs` into `maxWidth` and stacks them from `top`, left edge `x`. */
export function setRuns(runs: readonly LabelRun[], x: number, top: number, maxWidth: number): RunBlock {
  let y = top;
  let width = 0;
  const placed = runs.map((run, source): PlacedRun => {
    const fontSize = FONT[run.kind];
    const lineHeight = runLineHeight(run.kind);
    const lines = wrapText(run.text, fontSize, maxWidth, STYLE[run.kind]);
    for (const line of lines) width = Math.max(width, runLineWidth(line, run.kind));
    const baseline = y + fontSize;
    y += lines.length * lineHeight;
    return { kind: run.kind, x, y: baseline, lines, fontSize, lineHeight, source };
  });
  return { runs: placed, width, height: y - top };
}

/** The lowest pixel a run reaches. */
export function bottomOf(run: PlacedRun): number {
  return run.y - run.fontSize + run.lines.length * run.lineHeight;
}
