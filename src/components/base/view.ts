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
  notes?: string[];
}

/** A layout that cannot draw: the message says why, in the reader's language. */
export interface FatalView {
  error: string;
}
