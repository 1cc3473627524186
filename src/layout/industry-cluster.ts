import { flowLabels, type FlowedLabel, type FlowStyle } from './label-flow.js';
import { baselineIn, textBlock, type TextBlock } from './text-block.js';
import { BOLD, estimateTextWidth } from './text-width.js';

/** A column as the reader sees it: who it is about (words already in the reader's language). */
export interface ClusterColumnInput {
  title: string;
  subtitle: string;
  /** Drawn on a band: the middle column, where the finding is. */
  highlight?: boolean;
  /** Set above the column's key numbers, when it has any: "中山：关键数字". */
  factsHeading?: string;
}

export interface ClusterItemInput {
  /** Index into `columns`. */
  column: number;
  /** Index into `rows`. */
  row: number;
  label: string;
}

/** A number set under a column's marks: "超85%" and what it counts. */
export interface ClusterAnnotationInput {
  column: number;
  value: string;
  text: string;
}

/** A key number about a column's side as a whole: "38个" with "国家级产业基地" beside it. */
export interface ClusterFactInput {
  column: number;
  value: string;
  text: string;
}

export interface IndustryClusterInput {
  columns: ClusterColumnInput[];
  /** Row headings, top to bottom; rows without items are left out. */
  rows: string[];
  items: ClusterItemInput[];
  annotations: ClusterAnnotationInput[];
  /** Key numbers, set as a strip under their column's annotations, in the order given. */
  facts?: ClusterFactInput[];
  /** Words for the mark shapes; each gets a mark before it, like an item. */
  legend: string[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedColumn {
  title: TextBlock;
  subtitle: TextBlock;
  band?: Rect;
  /** The heading over the column's key numbers, when it has both. */
  factsHeading?: TextBlock;
}

/** A key number placed: the number, and its words beside it (under it where the column is too narrow). */
export interface PlacedFact {
  value: TextBlock;
  text: TextBlock;
}

export interface PlacedRowHeading {
  row: number;
  text: TextBlock;
}

/** A hairline across the drawing between one row or block and the next. */
export interface Rule {
  x1: number;
  x2: number;
  y: number;
}

export interface IndustryClusterLayout {
  width: number;
  height: number;
  /** Columns stacked as blocks (Jiangmen, both, Zhongshan) rather than side by side. */
  stacked: boolean;
  columns: PlacedColumn[];
  rowHeadings: PlacedRowHeading[];
  rules: Rule[];
  /** In the order of `items`. */
  items: FlowedLabel[];
  annotations: { value: TextBlock; text: TextBlock }[];
  /** In the order of `facts`. */
  facts: PlacedFact[];
  legend: FlowedLabel[];
}

export interface IndustryClusterOptions {
  /** Below this width the columns become blocks, one under another. */
  stackBelow?: number;
}

const INSET = 8;
/** The most lines a label may take in a column before the columns stack. */
const MAX_LINES = 2;
const COLUMN_GAP = 12;
const TITLE = { size: 15, line: 20 };
const SUBTITLE = { size: 12, line: 16 };
const ROW = { size: 12, line: 16 };
const VALUE = { size: 22, line: 26 };
const NOTE = { size: 12, line: 16 };
const FACT = { size: 18, line: 24, gap: 8, gutterGap: 8 };
/** Beyond this share of the column, the numbers go above their words rather than beside them. */
const FACT_GUTTER_MAX = 0.45;
export const ITEM_STYLE: FlowStyle = { fontSize: 14, lineHeight: 20, radius: 7, gap: 6, itemGap: 18, rowGap: 6 };
const LEGEND_STYLE: FlowStyle = { ...ITEM_STYLE, fontSize: 12, lineHeight: 16, itemGap: 20, grid: false };

/**
 * Geometry for `<industry-cluster>`: columns (Jiangmen's side, both, Zhongshan's side)
 * crossed with stage rows, each cell's marks set in a grid with their labels beside
 * them; under a column, its annotations and then its strip of key numbers. Below `stackBelow` px, or when a label would take more than two lines in a column,
 * the columns become blocks one under another, each with its own row headings, so a
 * phone never scrolls sideways and no label shrinks under 12 px.
 */
export function layoutIndustryCluster(input: IndustryClusterInput, { width }: { width: number }, { stackBelow = 560 }: IndustryClusterOptions = {}): IndustryClusterLayout {
  const stacked = input.columns.length > 1 && (width < stackBelow || !labelsFit(input, width));
  const layout = stacked ? stackedColumns(input, width) : sideBySide(input, width);
  const legendTop = layout.bottom + (input.legend.length ? 12 : 0);
  const legend = flowLabels(input.legend, INSET, legendTop, width - 2 * INSET, LEGEND_STYLE);
  return {
    width,
    height: Math.ceil(legendTop + legend.height + 4),
    stacked,
    columns: layout.columns,
    rowHeadings: layout.rowHeadings,
    rules: layout.rules,
    items: layout.items,
    annotations: layout.annotations,
    facts: layout.facts,
    legend: legend.items,
  };
}

/**
 * Whether every label fits on two lines inside a column set side by side. Narrow
 * columns of names broken over three lines read worse than the same names in a block,
 * so long English names stack the columns well above `stackBelow`.
 */
function labelsFit(input: IndustryClusterInput, width: number): boolean {
  const n = input.columns.length;
  const inner = (width - COLUMN_GAP * (n - 1)) / n - 2 * INSET;
  const indent = ITEM_STYLE.radius * 2 + ITEM_STYLE.gap;
  return input.items.every((item) => textBlock(item.label, 0, 0, inner - indent, ITEM_STYLE.fontSize, ITEM_STYLE.lineHeight).lines.length <= MAX_LINES);
}

/** What both arrangements place; the legend goes under either. */
type LayoutBody = Omit<IndustryClusterLayout, 'width' | 'height' | 'stacked' | 'legend'> & { bottom: number };

/** Rows that hold at least one item of `column` (or of any column when it is undefined). */
function usedRows(input: IndustryClusterInput, column?: number): number[] {
  return input.rows.map((_, r) => r).filter((r) => input.items.some((it) => it.row === r && (column === undefined || it.column === column)));
}

function heading(column: ClusterColumnInput, left: number, top: number, inner: number): { title: TextBlock; subtitle: TextBlock; height: number } {
  const title = textBlock(column.title, left, top, inner, TITLE.size, TITLE.line, false, BOLD);
  const subtitle = textBlock(column.subtitle, left, top + title.height + 2, inner, SUBTITLE.size, SUBTITLE.line, true);
  return { title, subtitle, height: title.height + 2 + subtitle.height };
}

/** Flows the items of one cell, writing each into `items` at its input index. */
function cell(input: IndustryClusterInput, column: number, row: number, left: number, top: number, inner: number, items: FlowedLabel[]): number {
  const indices = input.items.map((it, i) => (it.column === column && it.row === row ? i : -1)).filter((i) => i >= 0);
  const flow = flowLabels(indices.map((i) => input.items[i].label), left, top, inner, ITEM_STYLE);
  indices.forEach((i, k) => (items[i] = flow.items[k]));
  return flow.height;
}

/** What goes under a column's marks: its annotations, then its strip of key numbers. */
interface ColumnNotes {
  annotations: IndustryClusterLayout['annotations'];
  facts: PlacedFact[];
  factsHeadings: (TextBlock | undefined)[];
}

/** Stacks a column's annotations, then its key numbers, from `top`; returns their height. */
function annotate(input: IndustryClusterInput, column: number, left: number, top: number, inner: number, out: ColumnNotes): number {
  let y = top;
  input.annotations.forEach((a, i) => {
    if (a.column !== column) return;
    if (y > top) y += 10;
    const value = textBlock(a.value, left, y, inner, VALUE.size, VALUE.line, false, BOLD);
    const text = textBlock(a.text, left, y + value.height + 4, inner, NOTE.size, NOTE.line, true);
    out.annotations[i] = { value, text };
    y += value.height + 4 + text.height;
  });
  const facts = (input.facts ?? []).map((f, i) => ({ ...f, i })).filter((f) => f.column === column);
  if (facts.length === 0) return y - top;
  // Apart from the annotation or the last row of marks above: a strip of its own.
  y += y > top ? 14 : 4;
  const heading = input.columns[column]?.factsHeading;
  if (heading) {
    out.factsHeadings[column] = textBlock(heading, left, y, inner, ROW.size, ROW.line, false, BOLD);
    y += out.factsHeadings[column]!.height + 6;
  }
  y = factStrip(facts, left, y, inner, out.facts);
  return y - top;
}

/**
 * A column's key numbers as a list: each number bold in a gutter as wide as the widest,
 * its words beside it on the same baseline. Where the gutter would take too much of a
 * narrow column, each number goes above its words instead. Returns the strip's bottom.
 */
function factStrip(facts: (ClusterFactInput & { i: number })[], left: number, top: number, inner: number, out: PlacedFact[]): number {
  const widest = Math.max(...facts.map((f) => estimateTextWidth(f.value, FACT.size, BOLD)));
  const beside = widest <= inner * FACT_GUTTER_MAX;
  const textLeft = beside ? left + widest + FACT.gutterGap : left;
  const textWidth = beside ? inner - widest - FACT.gutterGap : inner;
  // Words beside a number share its baseline.
  const drop = baselineIn(FACT.line, FACT.size) - baselineIn(NOTE.line, NOTE.size);
  let y = top;
  facts.forEach((f, k) => {
    if (k > 0) y += FACT.gap;
    const value = textBlock(f.value, left, y, beside ? widest : inner, FACT.size, FACT.line, false, BOLD);
    const textTop = beside ? y + drop : y + value.height + 2;
    const text = textBlock(f.text, textLeft, textTop, textWidth, NOTE.size, NOTE.line);
    out[f.i] = { value, text };
    y = Math.max(y + value.height, textTop + text.height);
  });
  return y;
}

function sideBySide(input: IndustryClusterInput, width: number): LayoutBody {
  const n = Math.max(1, input.columns.length);
  const columnWidth = (width - COLUMN_GAP * (n - 1)) / n;
  const inner = columnWidth - 2 * INSET;
  const xs = input.columns.map((_, c) => c * (columnWidth + COLUMN_GAP));
  const heads = input.columns.map((column, c) => heading(column, xs[c] + INSET, INSET, inner));
  let y = INSET + Math.max(0, ...heads.map((h) => h.height)) + 10;

  const items: FlowedLabel[] = [];
  const rowHeadings: PlacedRowHeading[] = [];
  const rules: Rule[] = [];
  for (const r of usedRows(input)) {
    rules.push({ x1: 0, x2: width, y });
    // Within the first column: a heading running on would cross the middle column's band.
    const text = textBlock(input.rows[r], INSET, y + 6, inner, ROW.size, ROW.line, false, BOLD);
    rowHeadings.push({ row: r, text });
    const top = y + 6 + text.height + 6;
    const heights = input.columns.map((_, c) => cell(input, c, r, xs[c] + INSET, top, inner, items));
    y = top + Math.max(0, ...heights) + 12;
  }
  const out: ColumnNotes = { annotations: [], facts: [], factsHeadings: [] };
  const notes = input.columns.map((_, c) => annotate(input, c, xs[c] + INSET, y, inner, out));
  y += Math.max(0, ...notes) + (Math.max(0, ...notes) > 0 ? INSET : 0);
  const columns = input.columns.map((column, c) => ({
    title: heads[c].title,
    subtitle: heads[c].subtitle,
    ...(column.highlight ? { band: { x: xs[c], y: 0, width: columnWidth, height: y } } : {}),
    ...(out.factsHeadings[c] ? { factsHeading: out.factsHeadings[c] } : {}),
  }));
  return { columns, rowHeadings, rules, items, annotations: out.annotations, facts: out.facts, bottom: y };
}

function stackedColumns(input: IndustryClusterInput, width: number): LayoutBody {
  const inner = width - 2 * INSET;
  const items: FlowedLabel[] = [];
  const rowHeadings: PlacedRowHeading[] = [];
  const rules: Rule[] = [];
  const out: ColumnNotes = { annotations: [], facts: [], factsHeadings: [] };
  const columns: PlacedColumn[] = [];
  let y = 0;
  input.columns.forEach((column, c) => {
    if (c > 0) y += 12;
    const top = y;
    // Blocks on bands need no line between them; two plain blocks in a row do.
    if (c > 0 && !column.highlight && !input.columns[c - 1].highlight) rules.push({ x1: 0, x2: width, y: top });
    const head = heading(column, INSET, top + INSET, inner);
    y = top + INSET + head.height + 8;
    for (const r of usedRows(input, c)) {
      const text = textBlock(input.rows[r], INSET, y, inner, ROW.size, ROW.line, false, BOLD);
      rowHeadings.push({ row: r, text });
      y += text.height + 4;
      y += cell(input, c, r, INSET, y, inner, items) + 10;
    }
    const notes = annotate(input, c, INSET, y, inner, out);
    y += notes + (notes > 0 ? 10 : 0);
    const block = { x: 0, y: top, width, height: y - top };
    const factsHeading = out.factsHeadings[c];
    columns.push({ title: head.title, subtitle: head.subtitle, ...(column.highlight ? { band: block } : {}), ...(factsHeading ? { factsHeading } : {}) });
  });
  return { columns, rowHeadings, rules, items, annotations: out.annotations, facts: out.facts, bottom: y };
}
