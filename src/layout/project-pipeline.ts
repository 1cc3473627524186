import { linearScale } from './linear-scale.js';
import { bottomOf, runLineWidth, setRuns, type LabelRun, type PlacedRun } from './label-runs.js';
import { placeHighlights, type PipelineHighlight, type PipelineHighlightInput } from './pipeline-highlights.js';
import { placeUnits, unitScale, type PlacedUnits, type UnitCountInput } from './pipeline-units.js';
import { LEADING, SPACE, TYPE } from './scale.js';
import { estimateTextWidth } from './text-width.js';

export type { PipelineHighlight, PipelineHighlightInput, PlacedUnits, UnitCountInput };

/** A bar: its value on the money axis and the words at its end. */
export interface PipelineBarInput {
  value: number;
  text: string;
  /** The true value lies beyond the bar's end (超1300 → `more`) or short of it. */
  open?: 'more' | 'less';
}

/** One programme: its label, its money as a bar and its projects as dots, where it has them. */
export interface PipelineRowInput {
  label: LabelRun[];
  money?: PipelineBarInput;
  count?: UnitCountInput;
}


export interface ProjectPipelineInput {
  moneyTitle: string;
  /** The count panel's title, told how many dots a line holds at this width. */
  countTitle(perLine: number): string;
  rows: PipelineRowInput[];
  moneyTick(value: number): string;
  /** Shown where a programme has no number in a panel (wide layout only). */
  missing: string;
  highlightsTitle: string;
  highlights: PipelineHighlightInput[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PipelineBar {
  row: number;
  rect: Rect;
  /** The value's words: outside the bar's end, inside it (light on dark), or under the bar. */
  value: PlacedRun & { placement: 'outside' | 'inside' | 'below' };
  /** Dashed stub and arrowhead past the end of an open bar: "more than". */
  arrow?: { line: [number, number, number, number]; head: string };
}

/**
 * One panel: money as bars on a labelled axis from zero, or projects as dots (one a
 * project, no axis): two marks that do not look alike, so no reader compares across them.
 */
export interface PipelinePanel {
  kind: 'money' | 'count';
  x: number;
  width: number;
  title: PlacedRun;
  /** Row labels drawn in this panel (the stacked layout repeats them per panel). */
  labels: { row: number; runs: PlacedRun[] }[];
  /** The money panel's bars. */
  bars: PipelineBar[];
  /** The count panel's dots. */
  units: PlacedUnits[];
  missing: PlacedRun[];
  grid: { x: number; y1: number; y2: number }[];
  ticks: PlacedRun[];
}


export interface ProjectPipelineLayout {
  width: number;
  height: number;
  mode: 'columns' | 'stacked';
  /** Row labels in a column of their own (wide layout). */
  labels: { row: number; runs: PlacedRun[] }[];
  panels: PipelinePanel[];
  highlightsTitle?: PlacedRun;
  highlights: PipelineHighlight[];
}

/** From this width the two panels stand side by side, sharing one column of row labels. */
export const COLUMNS_FROM = 640;
const BAR = 18;
const ROW_GAP = SPACE.m;
const PANEL_GAP = SPACE.xxl;
const ARROW = SPACE.xl;
const VALUE_GAP = SPACE.s;
const TICK_ROOM = SPACE.xl;
const SECTION_GAP = SPACE.xl;

/**
 * Geometry for `<project-pipeline>`: money as bars on one linear axis from zero; project
 * counts in a panel of their own as dots, one a project (unlike units never share a scale,
 * nor a mark); the same programmes in the same order; then the key numbers that are neither.
 */
export function layoutProjectPipeline(input: ProjectPipelineInput, { width }: { width: number }): ProjectPipelineLayout {
  const columns = width >= COLUMNS_FROM;
  const hasCounts = input.rows.some((r) => r.count);
  const hasMoney = input.rows.some((r) => r.money);
  const kinds = [...(hasMoney ? (['money'] as const) : []), ...(hasCounts ? (['count'] as const) : [])];
  let y = 0;
  const panels: PipelinePanel[] = [];
  const labels: { row: number; runs: PlacedRun[] }[] = [];
  const emptyPanel = (kind: 'money' | 'count', x: number, panelWidth: number, title: PlacedRun): PipelinePanel => ({
    kind, x, width: panelWidth, title, labels: [], bars: [], units: [], missing: [], grid: [], ticks: [],
  });

  if (columns) {
    const labelWidth = Math.min(280, Math.round(width * 0.26));
    const panelWidth = (width - labelWidth - PANEL_GAP * kinds.length) / Math.max(1, kinds.length);
    // Bands PANEL_GAP apart by hand: d3-scale's scaleBand places them the same way (to 1e-13 px; its
    // paddings as shares of the step) for 864 B gzip on this widget bundled alone (36,686 →
    // 37,550) and 925 B on gba-widgets.min.js (issue 14), so d3-scale is no dependency.
    const xs = kinds.map((_, i) => labelWidth + PANEL_GAP + i * (panelWidth + PANEL_GAP));
    const units = unitScale(panelWidth);
    const titles = kinds.map((kind, i) => setRuns([{ text: kind === 'money' ? input.moneyTitle : input.countTitle(units.perLine), kind: 'name' }], xs[i], 0, panelWidth).runs[0]);
    y = Math.max(...titles.map(bottomOf), 0) + SPACE.m;
    const money = barScale(input.rows, panelWidth);
    const rowsTop = y;
    const built = kinds.map((kind, i) => emptyPanel(kind, xs[i], panelWidth, titles[i]));
    input.rows.forEach((row, r) => {
      const label = setRuns(row.label, 0, y, labelWidth);
      labels.push({ row: r, runs: label.runs });
      let bottom = y + label.height;
      kinds.forEach((kind, i) => {
        if (!row[kind]) {
          built[i].missing.push({ ...setRuns([{ text: input.missing, kind: 'note' }], xs[i], y + 2, panelWidth).runs[0] });
          return;
        }
        const placed = kind === 'money' ? placeBar(row.money!, r, xs[i], y + 1, panelWidth, money) : placeUnits(row.count!, r, xs[i], y + 1, panelWidth, units);
        if ('bar' in placed) built[i].bars.push(placed.bar);
        else built[i].units.push(placed.units);
        bottom = Math.max(bottom, placed.bottom);
      });
      y = bottom + ROW_GAP;
    });
    built.forEach((panel) => panel.kind === 'money' && addAxis(panel, money, rowsTop - SPACE.xs, y - ROW_GAP + SPACE.xs, input.moneyTick));
    panels.push(...built);
    y += hasMoney ? TICK_ROOM : 0;
  } else {
    for (const kind of kinds) {
      const units = unitScale(width);
      const panel = emptyPanel(kind, 0, width, setRuns([{ text: kind === 'money' ? input.moneyTitle : input.countTitle(units.perLine), kind: 'name' }], 0, y, width).runs[0]);
      y = bottomOf(panel.title) + SPACE.m;
      const money = barScale(input.rows, width);
      const rowsTop = y;
      input.rows.forEach((row, r) => {
        if (!row[kind]) return;
        const label = setRuns(row.label, 0, y, width);
        panel.labels.push({ row: r, runs: label.runs });
        const top = y + label.height + SPACE.xs;
        const placed = kind === 'money' ? placeBar(row.money!, r, 0, top, width, money) : placeUnits(row.count!, r, 0, top, width, units);
        if ('bar' in placed) panel.bars.push(placed.bar);
        else panel.units.push(placed.units);
        y = placed.bottom + ROW_GAP;
      });
      if (kind === 'money') addAxis(panel, money, rowsTop - SPACE.xs, y - ROW_GAP + SPACE.xs, input.moneyTick);
      panels.push(panel);
      y += (kind === 'money' ? TICK_ROOM : 0) + SECTION_GAP;
    }
    y -= SECTION_GAP;
  }

  const placed = placeHighlights(input.highlightsTitle, input.highlights, y, width);
  y = placed.bottom;
  const { title: highlightsTitle, highlights } = placed;
  return { width, height: Math.ceil(y + 4), mode: columns ? 'columns' : 'stacked', labels, panels, highlightsTitle, highlights };
}

interface BarScale {
  (value: number): number;
  ticks(count: number): number[];
  max: number;
}

/** Zero to the largest sum of money, leaving room past the end of an open bar for its arrow. */
function barScale(rows: PipelineRowInput[], width: number): BarScale {
  const bars = rows.map((r) => r.money).filter((b): b is PipelineBarInput => b !== undefined);
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const openAtMax = bars.some((b) => b.open === 'more' && b.value === max);
  const range = width - (openAtMax ? ARROW + 2 : 0);
  const scale = linearScale([0, max], [0, range]);
  const result = ((v: number) => scale(v)) as BarScale;
  result.ticks = (count) => scale.ticks(count).filter((t) => t <= max + 1e-9);
  result.max = range;
  return result;
}

function placeBar(bar: PipelineBarInput, row: number, x0: number, top: number, width: number, scale: BarScale): { bar: PipelineBar; bottom: number } {
  const length = Math.max(1, scale(Math.max(0, bar.value)));
  const rect = { x: x0, y: top, width: length, height: BAR };
  const end = x0 + length;
  const mid = top + BAR / 2;
  let arrow: PipelineBar['arrow'];
  let past = end;
  if (bar.open === 'more') {
    arrow = { line: [end, mid, end + ARROW - 7, mid], head: `M${end + ARROW - 8},${mid - 5}L${end + ARROW},${mid}L${end + ARROW - 8},${mid + 5}Z` };
    past = end + ARROW;
  } else if (bar.open === 'less') {
    arrow = { line: [end, mid, Math.max(x0, end - 14), mid], head: `M${end - 6},${mid - 5}L${end - 14},${mid}L${end - 6},${mid + 5}Z` };
  }
  const textWidth = runLineWidth(bar.text, 'name');
  const baseline = mid + 13 * 0.36;
  let value: PipelineBar['value'];
  let bottom = top + BAR;
  if (past + VALUE_GAP + textWidth <= x0 + width) {
    value = { kind: 'name', x: past + VALUE_GAP, y: baseline, lines: [bar.text], fontSize: TYPE.label, lineHeight: Math.round(TYPE.label * LEADING), source: 0, placement: 'outside' };
  } else if (length >= textWidth + 2 * VALUE_GAP + (bar.open === 'less' ? 16 : 0)) {
    value = { kind: 'name', x: end - VALUE_GAP - (bar.open === 'less' ? 16 : 0), y: baseline, lines: [bar.text], fontSize: TYPE.label, lineHeight: Math.round(TYPE.label * LEADING), source: 0, placement: 'inside' };
  } else {
    const below = setRuns([{ text: bar.text, kind: 'name' }], x0, bottom + 4, width).runs[0];
    value = { ...below, placement: 'below' };
    bottom = bottomOf(below);
  }
  return { bar: { row, rect, value, arrow }, bottom };
}

/** Gridlines and tick labels under the rows; as many ticks as fit without touching. */
function addAxis(panel: PipelinePanel, scale: BarScale, y1: number, y2: number, format: (v: number) => string): void {
  for (let count = Math.max(2, Math.floor(scale.max / 70)); count >= 1; count--) {
    const ticks = scale.ticks(count);
    const runs = ticks.map((t) => {
      const text = format(t);
      const w = estimateTextWidth(text, 12);
      const x = Math.min(Math.max(panel.x + scale(t) - w / 2, panel.x), panel.x + panel.width - w);
      return { kind: 'note' as const, x, y: y2 + 15, lines: [text], fontSize: TYPE.small, lineHeight: Math.round(TYPE.small * LEADING), source: 0, w };
    });
    const clear = runs.every((r, i) => i === 0 || r.x >= runs[i - 1].x + runs[i - 1].w + 8);
    if (clear || count === 1) {
      panel.ticks = runs.map(({ w: _w, ...run }) => run);
      panel.grid = ticks.map((t) => ({ x: panel.x + scale(t), y1, y2 }));
      return;
    }
  }
}
