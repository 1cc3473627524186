import { bottomOf, runLineWidth, setRuns, type LabelRun, type PlacedRun } from './label-runs.js';
import { SPACE } from './scale.js';

/** A number shown large (300多家), with the runs that say what it counts. */
export interface PipelineHighlightInput {
  value: string;
  runs: LabelRun[];
}

export interface PipelineHighlight {
  value: PlacedRun;
  runs: PlacedRun[];
}

const GAP = SPACE.xxl;
/** Words narrower than this beside a key number go under it instead. */
const MIN_BESIDE = 120;

/**
 * The key numbers that are neither money nor a count of projects, under a heading after
 * `top`: up to three a line from 560 px, one a line below, each number large with its words
 * beside it where they have room, else under it. Nothing when there are none.
 */
export function placeHighlights(heading: string, items: PipelineHighlightInput[], top: number, width: number): { title?: PlacedRun; highlights: PipelineHighlight[]; bottom: number } {
  const highlights: PipelineHighlight[] = [];
  if (!items.length) return { highlights, bottom: top };
  let y = top + SPACE.xl;
  const title = setRuns([{ text: heading, kind: 'name' }], 0, y, width).runs[0];
  y = bottomOf(title) + SPACE.s;
  const perRow = width >= 560 ? Math.min(items.length, 3) : 1;
  const cellWidth = (width - (perRow - 1) * GAP) / perRow;
  for (let i = 0; i < items.length; i += perRow) {
    let bottom = y;
    items.slice(i, i + perRow).forEach((h, j) => {
      const x = j * (cellWidth + GAP);
      const value = setRuns([{ text: h.value, kind: 'big' }], x, y, cellWidth).runs[0];
      const valueWidth = Math.max(...value.lines.map((l) => runLineWidth(l, 'big')));
      const room = cellWidth - valueWidth - SPACE.m;
      const beside = room >= MIN_BESIDE;
      const runs = setRuns(h.runs, beside ? x + valueWidth + SPACE.m : x, beside ? y + 2 : bottomOf(value) + SPACE.xs, beside ? room : cellWidth);
      highlights.push({ value, runs: runs.runs });
      bottom = Math.max(bottom, bottomOf(value), ...runs.runs.map(bottomOf));
    });
    y = bottom + SPACE.m;
  }
  return { title, highlights, bottom: y - SPACE.m };
}
