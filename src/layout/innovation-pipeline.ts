import { linearScale, type LinearScale } from './linear-scale.js';
import { barTextRoom, layoutPipelineItem, LABEL_LINE, LABEL_SIZE, type PipelineItemInput, type PipelineItemLayout, type TextLine } from './pipeline-item.js';
import { BOLD, wrapText, type TextStyle } from './text-width.js';

/** A stage of the flow or a panel beside it, its words already in the reader's language. */
export interface PipelineBlockInput {
  title: string;
  /** Bars of blocks with the same key share one scale ("stage:firms"); no other bars do. */
  scale: string;
  groups: { label?: string; change?: { text: string; value: number }; items: PipelineItemInput[] }[];
}

export interface PipelineLayoutInput {
  stages: PipelineBlockInput[];
  panels: PipelineBlockInput[];
}

export interface PipelineGroupLayout {
  header: TextLine[];
  /** The derived change of a trend group, with the number it states. */
  change: TextLine[];
  changeValue?: number;
  items: PipelineItemLayout[];
}

export interface PipelineBlockLayout {
  kind: 'stage' | 'panel';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The stage's number in the flow, in a circle; panels have none. */
  step?: { cx: number; cy: number; r: number; text: string };
  title: TextLine[];
  groups: PipelineGroupLayout[];
}

export interface PipelineArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The arrowhead's three corners, at (x2, y2). */
  head: [number, number][];
}

export interface PipelineLayout {
  width: number;
  height: number;
  /** Stages side by side (wide) or one under another (phones). */
  direction: 'across' | 'down';
  stages: PipelineBlockLayout[];
  panels: PipelineBlockLayout[];
  arrows: PipelineArrow[];
  /** The rule between the flow and the panels. */
  rule?: { x1: number; x2: number; y: number };
}

export const TITLE_SIZE = 15;
const TITLE_LINE = 20;
const STEP_RADIUS = 10;
const STEP_INDENT = 2 * STEP_RADIUS + 6;
/** The narrowest stage column: below it the stages stack, since 4 columns at 320 px would leave 60 px each. */
export const MIN_COLUMN = 190;
const FLOW_GAP = 30;
const MIN_PANEL = 340;
const PANEL_GAP = 28;
/** Gauges, unit marks and numbers sit side by side in cells at least this wide; a bar takes a whole row. */
export const MIN_CELL = 170;
const CELL_GAP = 20;
const ITEM_GAP = 12;
const GROUP_GAP = 8;
const ARROW_HEAD = 6;
const INSET = 1;

/**
 * Geometry for `<innovation-pipeline>`: the stages of the flow as columns joined by arrows when
 * each column can be at least {@link MIN_COLUMN} wide, else stacked with arrows down; the panels
 * after it, two abreast when there is room. Scales come first (one per `scale` key, sized so that
 * every bar's value fits beside its longest bar), then every block is set from the top.
 */
export function layoutInnovationPipeline(input: PipelineLayoutInput, { width: outer }: { width: number }): PipelineLayout {
  // A pixel of inset each side: glyphs such as T and Y overhang their origin by about one.
  const width = Math.max(0, outer - 2 * INSET);
  const n = input.stages.length;
  const column = (width - (n - 1) * FLOW_GAP) / Math.max(1, n);
  const direction = n > 1 && column >= MIN_COLUMN ? 'across' : 'down';
  const stageWidth = direction === 'across' ? column : width;
  const panelColumns = input.panels.length > 1 && width >= 2 * MIN_PANEL + PANEL_GAP ? 2 : 1;
  const panelWidth = (width - (panelColumns - 1) * PANEL_GAP) / panelColumns;
  const scales = sharedScales([
    ...input.stages.map((block) => ({ block, width: stageWidth })),
    ...input.panels.map((block) => ({ block, width: panelWidth })),
  ]);

  const stages: PipelineBlockLayout[] = [];
  const arrows: PipelineArrow[] = [];
  let y = 0;
  input.stages.forEach((block, i) => {
    const x = INSET + (direction === 'across' ? i * (column + FLOW_GAP) : 0);
    const top = direction === 'across' ? 0 : y;
    const laid = layoutBlock(block, 'stage', { x, y: top, width: stageWidth, step: String(i + 1) }, scales);
    if (i > 0) {
      const previous = stages[i - 1];
      arrows.push(
        direction === 'across'
          ? arrow(previous.x + previous.width + 4, STEP_RADIUS, x - 4, STEP_RADIUS)
          : arrow(INSET + STEP_RADIUS, previous.y + previous.height + 6, INSET + STEP_RADIUS, top - 4),
      );
    }
    stages.push(laid);
    y = direction === 'across' ? Math.max(y, laid.height) : top + laid.height + FLOW_GAP;
  });
  if (direction === 'down' && n > 0) y -= FLOW_GAP;

  const panels: PipelineBlockLayout[] = [];
  let rule: PipelineLayout['rule'];
  if (input.panels.length) {
    y += n > 0 ? 16 : 0;
    if (n > 0) rule = { x1: INSET, x2: INSET + width, y };
    y += n > 0 ? 18 : 0;
    for (let row = 0; row < input.panels.length; row += panelColumns) {
      const laid = input.panels.slice(row, row + panelColumns).map((block, j) =>
        layoutBlock(block, 'panel', { x: INSET + j * (panelWidth + PANEL_GAP), y, width: panelWidth }, scales),
      );
      panels.push(...laid);
      y += Math.max(...laid.map((b) => b.height)) + PANEL_GAP;
    }
    y -= PANEL_GAP;
  }
  return { width: outer, height: Math.ceil(y + 4), direction, stages, panels, arrows, rule };
}

/**
 * One linear scale per key, from 0 to the largest bar, over the width every bar of the key can
 * take with its value's words beside it: so 705 and 约40 are drawn to one measure.
 */
function sharedScales(blocks: { block: PipelineBlockInput; width: number }[]): Map<string, LinearScale> {
  const extent = new Map<string, { max: number; room: number }>();
  for (const { block, width } of blocks) {
    for (const group of block.groups) {
      for (const item of group.items) {
        if (item.form !== 'bar') continue;
        const known = extent.get(block.scale) ?? { max: 0, room: Infinity };
        known.max = Math.max(known.max, item.value);
        known.room = Math.min(known.room, width - barTextRoom(item));
        extent.set(block.scale, known);
      }
    }
  }
  const scales = new Map<string, LinearScale>();
  for (const [key, { max, room }] of extent) scales.set(key, linearScale([0, max || 1], [0, Math.max(0, room)]));
  return scales;
}

function layoutBlock(
  block: PipelineBlockInput,
  kind: 'stage' | 'panel',
  { x, y, width, step }: { x: number; y: number; width: number; step?: string },
  scales: Map<string, LinearScale>,
): PipelineBlockLayout {
  const indent = step ? STEP_INDENT : 0;
  const titleWidth = Math.max(TITLE_SIZE, width - indent);
  const title = wrapText(block.title, TITLE_SIZE, titleWidth, BOLD).map(
    (text, i): TextLine => ({ x: x + indent, y: y + i * TITLE_LINE + 15, text, size: TITLE_SIZE, anchor: 'start' }),
  );
  let cursor = y + Math.max(title.length * TITLE_LINE, step ? 2 * STEP_RADIUS : 0) + 6;
  const scale = scales.get(block.scale);
  const groups = block.groups.map((group): PipelineGroupLayout => {
    const header = textLines(group.label ?? '', x, cursor, width, BOLD);
    cursor += header.length * LABEL_LINE;
    const change = textLines(group.change?.text ?? '', x, cursor, width);
    cursor += change.length * LABEL_LINE + (header.length || change.length ? 4 : 0);
    const items: PipelineItemLayout[] = [];
    const columns = Math.max(1, Math.floor((width + CELL_GAP) / (MIN_CELL + CELL_GAP)));
    // Runs of gauges, unit marks and numbers share rows of `columns` cells; a row that is
    // not full shares out the width, so a lone unit grid or number gets the whole line.
    let run: PipelineItemInput[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i += columns) {
        const row = run.slice(i, i + columns);
        const cell = (width - (row.length - 1) * CELL_GAP) / row.length;
        const at = (item: PipelineItemInput, j: number, labelLines = 0) => layoutPipelineItem(item, { x: x + j * (cell + CELL_GAP), y: cursor, width: cell, labelLines });
        const labelLines = Math.max(...row.map((item, j) => at(item, j).label.length));
        const laid = row.map((item, j) => at(item, j, labelLines));
        items.push(...laid);
        cursor += Math.max(...laid.map((it) => it.height)) + ITEM_GAP;
      }
      run = [];
    };
    for (const item of group.items) {
      if (item.form !== 'bar') {
        run.push(item);
        continue;
      }
      flush();
      const laid = layoutPipelineItem(item, { x, y: cursor, width, scale });
      items.push(laid);
      cursor += laid.height + ITEM_GAP;
    }
    flush();
    cursor += GROUP_GAP - ITEM_GAP;
    return { header, change, changeValue: group.change?.value, items };
  });
  cursor -= GROUP_GAP;
  return {
    kind,
    x,
    y,
    width,
    height: cursor - y,
    step: step ? { cx: x + STEP_RADIUS, cy: y + STEP_RADIUS, r: STEP_RADIUS, text: step } : undefined,
    title,
    groups,
  };
}

function textLines(text: string, x: number, top: number, width: number, style: TextStyle = {}): TextLine[] {
  if (!text) return [];
  const max = Math.max(LABEL_SIZE, width);
  return wrapText(text, LABEL_SIZE, max, style).map((t, i) => ({ x, y: top + i * LABEL_LINE + 12, text: t, size: LABEL_SIZE, anchor: 'start' }));
}

function arrow(x1: number, y1: number, x2: number, y2: number): PipelineArrow {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const corner = (turn: number): [number, number] => [x2 - ARROW_HEAD * Math.cos(angle + turn), y2 - ARROW_HEAD * Math.sin(angle + turn)];
  return { x1, y1, x2, y2, head: [[x2, y2], corner(Math.PI / 6), corner(-Math.PI / 6)] };
}
