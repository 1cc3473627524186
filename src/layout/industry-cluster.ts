import { flowLabels, gridColumns, gridLabels, type FlowedLabel, type FlowStyle } from './label-flow.js';
import { SPACE, TYPE } from './scale.js';
import { textBlock, type TextBlock } from './text-block.js';
import { BOLD } from './text-width.js';

/** A row of one kind (新赛道, 未来产业…) inside a section: its heading and its industries. */
export interface ClusterRowInput {
  /** Empty: a row without a heading (the band of shared industries). */
  heading: string;
  items: string[];
}

/** A block of the drawing: the shared industries (on a band), or one side's own. */
export interface ClusterSectionInput {
  title: string;
  subtitle: string;
  /** The finding: set on a neutral band, its industries larger and in an even grid. */
  highlight?: boolean;
  rows: ClusterRowInput[];
}

export interface IndustryClusterInput {
  sections: ClusterSectionInput[];
  /** Words for the mark shapes; each gets a mark before it, like an item. */
  legend: string[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRow {
  heading?: TextBlock;
  items: FlowedLabel[];
}

export interface PlacedSection {
  title: TextBlock;
  subtitle: TextBlock;
  band?: Rect;
  rows: PlacedRow[];
}

/** A hairline across the drawing between one section and the next. */
export interface Rule {
  x1: number;
  x2: number;
  y: number;
}

export interface IndustryClusterLayout {
  width: number;
  height: number;
  /** The two sides' own sections stand side by side (wide) rather than one under the other. */
  sideBySide: boolean;
  sections: PlacedSection[];
  rules: Rule[];
  /** Every item in reading order: section by section, row by row. */
  items: FlowedLabel[];
  legend: FlowedLabel[];
}

/** From this width a row's heading may stand in a column left of its industries. */
export const HEADINGS_BESIDE_FROM = 480;
/** From this width two sides' own sections stand side by side under the band. */
export const SIDE_BY_SIDE_FROM = 960;
/** The widest share of a section a column of row headings may take. */
const HEADING_SHARE = 0.32;
/** The band's inner padding. */
const PAD = SPACE.m;
const TITLE = { size: TYPE.lead, line: 22 };
const SUBTITLE = { size: TYPE.small, line: 16 };
const HEADING = { size: TYPE.small, line: 16 };
/** Industries on one side. */
export const ITEM_STYLE: FlowStyle = { fontSize: TYPE.body, lineHeight: 20, radius: 7, gap: SPACE.s, itemGap: SPACE.l, rowGap: SPACE.xs };
/** Industries on the band: the finding, a step larger. */
export const SHARED_STYLE: FlowStyle = { fontSize: TYPE.lead, lineHeight: 22, radius: 8, gap: SPACE.s, itemGap: SPACE.l, rowGap: SPACE.s };
const LEGEND_STYLE: FlowStyle = { ...ITEM_STYLE, fontSize: TYPE.small, lineHeight: 16, itemGap: SPACE.xl };
/** A grid cell on the band is never narrower than this. */
const MIN_CELL = 120;

/**
 * Geometry for `<industry-cluster>`: first the industries both sides name, across the whole
 * width on a band in an even grid; then each side's own, in rows by kind — one side under
 * the other, or side by side from {@link SIDE_BY_SIDE_FROM} px. A row's heading stands left
 * of its industries where it fits on two lines in a column of its own (from
 * {@link HEADINGS_BESIDE_FROM} px) and above them otherwise, so every width is filled by
 * marks rather than by empty columns, and nothing scrolls sideways on a phone.
 */
export function layoutIndustryCluster(input: IndustryClusterInput, { width }: { width: number }): IndustryClusterLayout {
  const plain = input.sections.filter((sec) => !sec.highlight);
  const sideBySide = width >= SIDE_BY_SIDE_FROM && plain.length === 2 && input.sections.length - plain.length <= 1 && !input.sections[1]?.highlight;
  const sectionWidth = sideBySide ? (width - SPACE.xl) / 2 : width;
  // One column of headings for every side, so the marks of both sides line up.
  const headingWidth = headingColumn(plain, sectionWidth);
  const sections: PlacedSection[] = [];
  const rules: Rule[] = [];
  let y = 0;
  let s = 0;
  while (s < input.sections.length) {
    const section = input.sections[s];
    if (s > 0) y += SPACE.xl;
    // Two plain sections one under the other need a line between them; a band is its own boundary.
    if (s > 0 && !section.highlight && !input.sections[s - 1].highlight) rules.push({ x1: 0, x2: width, y: y - SPACE.m });
    if (section.highlight) {
      const placed = bandSection(section, y, width);
      sections.push(placed.section);
      y = placed.bottom;
      s += 1;
    } else if (sideBySide) {
      const pair = [0, 1].map((k) => plainSection(input.sections[s + k], k * (sectionWidth + SPACE.xl), y, sectionWidth, headingWidth));
      sections.push(...pair.map((p) => p.section));
      y = Math.max(...pair.map((p) => p.bottom));
      s += 2;
    } else {
      const placed = plainSection(section, 0, y, width, headingWidth);
      sections.push(placed.section);
      y = placed.bottom;
      s += 1;
    }
  }
  const legendTop = y + (input.legend.length ? SPACE.l : 0);
  const legend = flowLabels(input.legend, 0, legendTop, width, LEGEND_STYLE);
  return {
    width,
    height: Math.ceil(legendTop + legend.height + SPACE.xs),
    sideBySide,
    sections,
    rules,
    items: sections.flatMap((sec) => sec.rows.flatMap((row) => row.items)),
    legend: legend.items,
  };
}

/**
 * The width of a column of row headings beside the industries: as wide as the widest
 * heading, within {@link HEADING_SHARE} of a section; 0 (headings above) on a phone or
 * when a heading would take more than two lines there.
 */
function headingColumn(sections: ClusterSectionInput[], width: number): number {
  if (width < HEADINGS_BESIDE_FROM) return 0;
  const cap = Math.round(width * HEADING_SHARE);
  const blocks = sections.flatMap((section) => section.rows).map((row) => textBlock(row.heading, 0, 0, cap, HEADING.size, HEADING.line, false, BOLD));
  if (blocks.some((b) => b.lines.length > 2)) return 0;
  return Math.ceil(Math.max(0, ...blocks.map((b) => b.width)));
}

/** Title and subtitle of a section, from `top` at `left`; the subtitle takes no room when empty. */
function heading(section: ClusterSectionInput, left: number, top: number, width: number): { title: TextBlock; subtitle: TextBlock; bottom: number } {
  const title = textBlock(section.title, left, top, width, TITLE.size, TITLE.line, false, BOLD);
  const gap = section.subtitle ? SPACE.xs : 0;
  const subtitle = textBlock(section.subtitle, left, top + title.height + gap, width, SUBTITLE.size, SUBTITLE.line);
  return { title, subtitle, bottom: top + title.height + gap + subtitle.height };
}

/** The shared industries: a neutral band, every row's items in one even grid of larger marks. */
function bandSection(section: ClusterSectionInput, top: number, width: number): { section: PlacedSection; bottom: number } {
  const inner = width - 2 * PAD;
  const head = heading(section, PAD, top + PAD, inner);
  let y = head.bottom + SPACE.s;
  const rows: PlacedRow[] = [];
  const labels = section.rows.flatMap((row) => row.items);
  const columns = gridColumns(labels, inner, SHARED_STYLE, MIN_CELL);
  for (const row of section.rows) {
    const grid = gridLabels(row.items, PAD, y, inner, columns, SHARED_STYLE);
    rows.push({ items: grid.items });
    y += grid.height + (grid.height ? SHARED_STYLE.rowGap : 0);
  }
  const bottom = y - (labels.length ? SHARED_STYLE.rowGap : 0) + PAD;
  return { section: { title: head.title, subtitle: head.subtitle, band: { x: 0, y: top, width, height: bottom - top }, rows }, bottom };
}

/** One side's own industries from `left`, `width` wide: a row per kind, its heading beside (`headingWidth` > 0) or above. */
function plainSection(section: ClusterSectionInput, left: number, top: number, width: number, headingWidth: number): { section: PlacedSection; bottom: number } {
  const head = heading(section, left, top, width);
  let y = head.bottom + SPACE.s;
  const rows: PlacedRow[] = [];
  const itemsLeft = left + (headingWidth ? headingWidth + SPACE.l : 0);
  section.rows.forEach((row, r) => {
    if (r > 0) y += SPACE.s;
    let rowTop = y;
    let headingBlock: TextBlock | undefined;
    let headingBottom = y;
    if (row.heading) {
      // Beside: centred on the first line of marks, so both share a baseline.
      const headingTop = headingWidth ? y + (ITEM_STYLE.lineHeight - HEADING.line) / 2 : y;
      headingBlock = textBlock(row.heading, left, headingTop, headingWidth || width, HEADING.size, HEADING.line, false, BOLD);
      headingBottom = headingTop + headingBlock.height;
      if (!headingWidth) rowTop = headingBottom + SPACE.xs;
    }
    const flow = flowLabels(row.items, itemsLeft, rowTop, left + width - itemsLeft, ITEM_STYLE);
    rows.push({ ...(headingBlock ? { heading: headingBlock } : {}), items: flow.items });
    y = Math.max(rowTop + flow.height, headingBottom);
  });
  return { section: { title: head.title, subtitle: head.subtitle, rows }, bottom: y };
}

