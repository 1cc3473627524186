/** What a widget's layout step hands the shared frame: words, table and marks. */

/** One cell of the data table; `value` marks a number the chart draws. */
export interface TableCell {
  text: string;
  value?: number;
  /** Id of the dataset figure this cell shows: how the coverage test finds every figure drawn. */
  figure?: string;
}

export interface DataTable {
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
}

/** A mark the keyboard can step to: its words and where its tooltip points (chart px). */
export interface MarkTip {
  label: string;
  x: number;
  y: number;
}

export interface FrameView {
  title: string;
  takeaway: string;
  /** The chart described in sentences, for screen readers (the SVG's `<desc>`). */
  description: string;
  width: number;
  height: number;
  /** Made when the table is drawn: most readers never open it. */
  table: () => DataTable;
  marks: MarkTip[];
  /** At most two short lines under the drawing (GRAPHICS.md, point 3): what a reader needs to read it right. */
  notes?: string[];
  /**
   * The "关于数据 / About the data" disclosure beside the table, closed by default: every
   * derivation, resolved date, unit conversion and doubt about the article, one paragraph each.
   * Provenance moves here from the drawing; it is never dropped.
   */
  about?: string[];
  /**
   * The source line. Absent: the article's ("来源：羊城晚报…"). A widget drawing a reader's
   * own data passes that data's source, or `null` when it names none: the article is
   * never credited for numbers it did not print.
   */
  source?: string | null;
}

/** A layout that cannot draw: the message says why, in the reader's language. */
export interface FatalView {
  error: string;
}
