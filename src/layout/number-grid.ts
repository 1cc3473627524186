// Figures that share no scale with the bars (a rate, an amount, counts of other things) are
// written out, not drawn: a 63 % growth rate set as "63%" cannot be mistaken for a share.
import { LEADING, SPACE, TYPE } from './scale.js';
import { textBlock } from './text-block.js';
import type { SetText } from './count-bars.js';
import { BOLD } from './text-width.js';

export interface NumberCellInput {
  value: number;
  /** The value as printed: "460.4亿元", "63%". */
  text: string;
  label: string;
}

export interface NumberCellLayout {
  value: number;
  valueText: SetText;
  label: SetText;
  mark: { x: number; y: number };
}

/** Cells are at least this wide, and at most three abreast: two at 320 px, three from 640. */
export const MIN_CELL = 136;
const MAX_COLUMNS = 3;
const CELL_GAP = SPACE.l;
const VALUE_LINE = Math.round(TYPE.lead * LEADING);
const LABEL_LINE = 17;

/** Cells in rows from `top`, each row as tall as its tallest cell. */
export function layoutNumberGrid(cells: readonly NumberCellInput[], top: number, width: number): { cells: NumberCellLayout[]; bottom: number } {
  const columns = Math.max(1, Math.min(cells.length, MAX_COLUMNS, Math.floor((width + CELL_GAP) / (MIN_CELL + CELL_GAP))));
  const cellWidth = (width - (columns - 1) * CELL_GAP) / columns;
  const laid: NumberCellLayout[] = [];
  let y = top;
  for (let start = 0; start < cells.length; start += columns) {
    let rowBottom = y;
    cells.slice(start, start + columns).forEach((cell, j) => {
      const x = j * (cellWidth + CELL_GAP);
      const value = { ...textBlock(cell.text, x, y, cellWidth, TYPE.lead, VALUE_LINE, false, BOLD), size: TYPE.lead, anchor: 'start' as const };
      const label = { ...textBlock(cell.label, x, y + value.height, cellWidth, TYPE.label, LABEL_LINE), size: TYPE.label, anchor: 'start' as const };
      laid.push({ value: cell.value, valueText: value, label, mark: { x, y: y + VALUE_LINE / 2 } });
      rowBottom = Math.max(rowBottom, y + value.height + label.height);
    });
    y = rowBottom + SPACE.m;
  }
  return { cells: laid, bottom: cells.length ? y - SPACE.m : top };
}
