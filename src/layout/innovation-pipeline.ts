// Geometry of <innovation-pipeline>: the headline count at its dates (519 → 705) as thick
// bars, then groups of other counts in the same unit as thinner bars on the SAME scale,
// ranked largest first; then, optionally, numbers of other kinds written out. Scales first,
// then every section set from the top (Observable Plot's order).
import { countScale, layoutChange, layoutCountRow, type CountRowInput, type CountRowLayout, type CountScale, type SetText } from './count-bars.js';
import { layoutNumberGrid, type NumberCellInput, type NumberCellLayout } from './number-grid.js';
import { SPACE, TYPE } from './scale.js';
import { textBlock } from './text-block.js';
import { BOLD } from './text-width.js';

export interface CountSectionInput {
  title: string;
  rows: CountRowInput[];
}

export interface PipelineLayoutInput {
  headline: CountSectionInput & {
    /** The change from the first row to the last, as printed ("+186家（推算）"). */
    change?: string;
  };
  counts: CountSectionInput[];
  numbers: { title: string; cells: NumberCellInput[] }[];
}

export interface CountSectionLayout {
  kind: 'counts';
  title: SetText;
  rows: CountRowLayout[];
}

export interface PipelineLayout {
  width: number;
  height: number;
  scale: CountScale;
  headline: CountSectionLayout & { change?: ReturnType<typeof layoutChange> };
  counts: CountSectionLayout[];
  numbers: { kind: 'numbers'; title: SetText; cells: NumberCellLayout[] }[];
}

/** The headline's bars are thicker: the story; the context's thinner, on the same scale. */
export const HEADLINE_BAR = 20;
export const COUNT_BAR = 12;
const TITLE_LINE = 20;

/** Every count of the widget, ranked within its group and measured on one scale. */
export function layoutInnovationPipeline(input: PipelineLayoutInput, { width }: { width: number }): PipelineLayout {
  const ranked = input.counts.map((section) => ({ ...section, rows: rank(section.rows) }));
  const scale = countScale([...input.headline.rows, ...ranked.flatMap((s) => s.rows)], width);
  let y = 0;

  const section = (title: string, rows: CountRowInput[], barHeight: number, gap: number): CountSectionLayout => {
    const heading = sectionTitle(title, y, width);
    y += heading.height + SPACE.s;
    const laid = rows.map((row) => {
      const r = layoutCountRow(row, y, width, scale, barHeight);
      y = r.bottom + gap;
      return r;
    });
    y -= gap;
    return { kind: 'counts', title: heading, rows: laid };
  };

  const headline: PipelineLayout['headline'] = section(input.headline.title, input.headline.rows, HEADLINE_BAR, SPACE.m);
  const first = headline.rows[0];
  const last = headline.rows[headline.rows.length - 1];
  if (input.headline.change && first && last && first !== last) {
    headline.change = layoutChange(first, last, input.headline.change, width);
    y = Math.max(y, headline.change.bottom);
  }
  const counts = ranked.map((s) => {
    y += SPACE.xl;
    return section(s.title, s.rows, COUNT_BAR, SPACE.s);
  });
  const numbers = input.numbers.map((s) => {
    y += SPACE.xl;
    const title = sectionTitle(s.title, y, width);
    const grid = layoutNumberGrid(s.cells, y + title.height + SPACE.s, width);
    y = grid.bottom;
    return { kind: 'numbers' as const, title, cells: grid.cells };
  });
  return { width, height: Math.ceil(y + SPACE.xs), scale, headline, counts, numbers };
}

/** Largest first; equal values keep the data's order. */
function rank(rows: CountRowInput[]): CountRowInput[] {
  return rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.value - a.row.value || a.i - b.i).map(({ row }) => row);
}

function sectionTitle(text: string, top: number, width: number): SetText {
  return { ...textBlock(text, 0, top, width, TYPE.body, TITLE_LINE, false, BOLD), size: TYPE.body, anchor: 'start' };
}
