import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import { LABEL_LINE, LABEL_SIZE, SMALL_LINE, SMALL_SIZE, baseline, type PlacedText } from './placed-text.js';

export type { PlacedText } from './placed-text.js';

/** A role with its words: short beside a column that names the city ("基地"), long on its own ("江门基地"). */
export interface RoleWords {
  short: string;
  long: string;
}

/** One Shenzhen role and the partner roles it pairs with; `column` is the partner city's, west to east. */
export interface BridgeGroup {
  hub: RoleWords;
  partners: (RoleWords & { column: number })[];
}

export interface BridgeOptions {
  width: number;
  /** Partner cities' names, west to east. */
  columns: string[];
  hub: string;
  banks: { west: string; east: string };
  link: string;
  /** The one-line heading of the stacked form ("深圳（东岸）经深中通道 ↓ 江门、中山（西岸）"). */
  stackHeading: string;
  /** A travel time across the Link, from one partner city to Shenzhen. */
  circle?: { column: number; text: string };
  schematic: string;
}

/** A rounded box with words in it. */
export interface Chip {
  x: number;
  y: number;
  width: number;
  height: number;
  texts: PlacedText[];
  /** The partner city's column, or -1 for a Shenzhen role. */
  column: number;
}

export interface BridgeModelsLayout {
  width: number;
  height: number;
  /** `across`: the two banks side by side with the Link between. `stack`: each Shenzhen role over its partners. */
  mode: 'across' | 'stack';
  texts: PlacedText[];
  band?: { x: number; y: number; width: number; height: number };
  hubs: Chip[];
  /** One per pairing, in group order; `links[i]` joins `partners[i]` to its Shenzhen role. */
  partners: Chip[];
  links: { d: string; arrow: string; tip: { x: number; y: number } }[];
  /** A measuring line from the partner city to Shenzhen, under the drawing (across); its words are a `circle` text. */
  circle?: { x0: number; x1: number; y: number };
  /** Where the travel time's tooltip points. */
  circleAt?: { x: number; y: number };
}

const PAD = 9;
const CHIP = 26;
const ROW = 34;
const GROUP_GAP = 12;
const COLUMN_GAP = 16;
/** Room between a column and the Link for a curve's straight run and its arrowhead. */
const RUN = 28;
const MIN_BAND = 72;
/** Narrower than this the banks are not set side by side at all: a phone gets the stacked form. */
export const STACK_BELOW = 480;
const MAX_BAND = 420;
const ARROW = 7;

/** Chip words are set bold (weight 600), as are the column headings. */
const chipWidth = (text: string) => estimateTextWidth(text, LABEL_SIZE, BOLD) + 2 * PAD;

/**
 * Geometry for `<bridge-models>`, a schematic: the west bank's partner cities at left
 * (west), Shenzhen at right (east), the Link between; each "深圳X+城市Y" pairing an arrow
 * across it. Every pairing has a row of its own, so a Shenzhen role fans out to all its
 * partners (研发 → three) and no arrow crosses a box. When the banks cannot stand side by
 * side (a phone, long English words), each Shenzhen role stands over its partners.
 */
export function layoutBridgeModels(groups: readonly BridgeGroup[], options: BridgeOptions): BridgeModelsLayout {
  if (options.width < STACK_BELOW) return stack(groups, options);
  return across(groups, options, 'long') ?? across(groups, options, 'short') ?? stack(groups, options);
}

function across(groups: readonly BridgeGroup[], o: BridgeOptions, words: keyof RoleWords): BridgeModelsLayout | undefined {
  const { width } = o;
  const columns = o.columns.map((name, c) => Math.max(estimateTextWidth(name, LABEL_SIZE, BOLD), ...groups.flatMap((g) => g.partners.filter((p) => p.column === c).map((p) => chipWidth(p[words])))));
  const hubWidth = Math.max(estimateTextWidth(o.hub, LABEL_SIZE, BOLD), estimateTextWidth(o.banks.east, SMALL_SIZE), ...groups.map((g) => chipWidth(g.hub[words])));
  const left = columns.map((_, c) => columns.slice(0, c).reduce((sum, w) => sum + w + COLUMN_GAP, 0));
  const westWidth = (left[columns.length - 1] ?? 0) + (columns[columns.length - 1] ?? 0);
  // Wide screens do not stretch the Link past MAX_BAND: the pairs stay close enough to read across.
  const bandWidth = Math.min(MAX_BAND, width - westWidth - hubWidth - 2 * RUN);
  const band = { x0: westWidth + RUN, x1: westWidth + RUN + bandWidth };
  const linkX = band.x0 + (bandWidth - estimateTextWidth(o.link, SMALL_SIZE)) / 2;
  // The Link's name must fit its band, and the west bank's name must end before it.
  if (bandWidth < MIN_BAND || linkX < band.x0 + 4 || estimateTextWidth(o.banks.west, SMALL_SIZE) + 8 > linkX) return undefined;
  const hubX = band.x1 + RUN;
  const right = hubX + hubWidth;
  const texts: PlacedText[] = [
    ...o.columns.map((name, c): PlacedText => ({ x: left[c], y: baseline(0, LABEL_LINE, LABEL_SIZE), text: name, role: 'heading', size: LABEL_SIZE })),
    { x: hubX, y: baseline(0, LABEL_LINE, LABEL_SIZE), text: o.hub, role: 'heading', size: LABEL_SIZE },
    { x: 0, y: baseline(LABEL_LINE, SMALL_LINE, SMALL_SIZE), text: o.banks.west, role: 'note', size: SMALL_SIZE },
    { x: hubX, y: baseline(LABEL_LINE, SMALL_LINE, SMALL_SIZE), text: o.banks.east, role: 'note', size: SMALL_SIZE },
    { x: linkX, y: baseline(LABEL_LINE, SMALL_LINE, SMALL_SIZE), text: o.link, role: 'link', size: SMALL_SIZE },
  ];
  const top = LABEL_LINE + SMALL_LINE + 12;
  let y = top;
  const hubs: Chip[] = [];
  const partners: Chip[] = [];
  const links: BridgeModelsLayout['links'] = [];
  const mid = (band.x0 + band.x1) / 2;
  for (const group of groups) {
    const hub = chip(group.hub[words], hubX, y + (group.partners.length * ROW - CHIP) / 2, -1);
    hubs.push(hub);
    const hy = hub.y + CHIP / 2;
    group.partners.forEach((p, j) => {
      const partner = chip(p[words], left[p.column], y + j * ROW + (ROW - CHIP) / 2, p.column);
      partners.push(partner);
      const py = partner.y + CHIP / 2;
      const tip = partner.x + partner.width + 2;
      // Straight out of the Shenzhen box, the bend only inside the Link, straight into the partner's row:
      // the run crosses only its own row, where no other box stands.
      links.push({
        d: `M${hubX - 2},${hy}H${band.x1}C${mid},${hy} ${mid},${py} ${band.x0},${py}H${tip + ARROW}`,
        arrow: `${tip},${py} ${tip + ARROW},${py - 4} ${tip + ARROW},${py + 4}`,
        tip: { x: tip, y: py },
      });
    });
    y += group.partners.length * ROW + GROUP_GAP;
  }
  const bottom = y - GROUP_GAP;
  let circle: BridgeModelsLayout['circle'];
  let end = bottom + 8;
  if (o.circle) {
    const cy = bottom + 18;
    circle = { x0: left[o.circle.column] + columns[o.circle.column] / 2, x1: hubX + hubWidth / 2, y: cy };
    // Centred under the Link; where that would cross an edge of the drawing, set from that
    // edge instead, so the browser's own measure of the words keeps them inside it.
    const half = estimateTextWidth(o.circle.text, SMALL_SIZE) / 2;
    const place: Pick<PlacedText, 'x' | 'anchor'> = mid - half < 0 ? { x: 0 } : mid + half > right ? { x: right, anchor: 'end' } : { x: mid, anchor: 'middle' };
    texts.push({ ...place, y: baseline(cy + 4, SMALL_LINE, SMALL_SIZE), text: o.circle.text, role: 'circle', size: SMALL_SIZE });
    end = cy + 4 + SMALL_LINE + 4;
  }
  texts.push({ x: right, anchor: 'end', y: baseline(end, SMALL_LINE, SMALL_SIZE), text: o.schematic, role: 'note', size: SMALL_SIZE });
  return {
    width, mode: 'across', texts, hubs, partners, links, circle,
    circleAt: circle && { x: mid, y: circle.y },
    band: { x: band.x0, y: top - 8, width: band.x1 - band.x0, height: bottom - top + 16 },
    height: Math.ceil(end + SMALL_LINE + 2),
  };
}

function stack(groups: readonly BridgeGroup[], o: BridgeOptions): BridgeModelsLayout {
  const { width } = o;
  const trunk = 12;
  const indent = 30;
  const texts: PlacedText[] = [];
  let y = 0;
  const paragraph = (text: string, role: PlacedText['role']) => {
    for (const line of wrapText(text, SMALL_SIZE, width)) {
      texts.push({ x: 0, y: baseline(y, SMALL_LINE, SMALL_SIZE), text: line, role, size: SMALL_SIZE });
      y += SMALL_LINE;
    }
  };
  paragraph(o.stackHeading, 'note');
  y += 10;
  const hubs: Chip[] = [];
  const partners: Chip[] = [];
  const links: BridgeModelsLayout['links'] = [];
  for (const group of groups) {
    const hub = chip(group.hub.long, 0, y, -1, width);
    hubs.push(hub);
    y += hub.height + 8;
    for (const p of group.partners) {
      const partner = chip(p.long, indent, y, p.column, width - indent);
      partners.push(partner);
      const py = partner.y + Math.min(partner.height, CHIP) / 2;
      const tip = indent - 2;
      links.push({ d: `M${trunk},${hub.y + hub.height}V${py}H${tip - ARROW}`, arrow: `${tip},${py} ${tip - ARROW},${py - 4} ${tip - ARROW},${py + 4}`, tip: { x: tip, y: py } });
      y += partner.height + 8;
    }
    y += GROUP_GAP - 8 + 6;
  }
  const circleAt = o.circle && { x: 10, y: y + SMALL_LINE / 2 };
  if (o.circle) paragraph(o.circle.text, 'circle');
  paragraph(o.schematic, 'note');
  return { width, mode: 'stack', texts, hubs, partners, links, circleAt, height: Math.ceil(y + 4) };
}

/** A box around `text` at (x, y), its words wrapped when wider than `maxWidth`. */
function chip(text: string, x: number, y: number, column: number, maxWidth = Infinity): Chip {
  const lines = chipWidth(text) <= maxWidth ? [text] : wrapText(text, LABEL_SIZE, maxWidth - 2 * PAD, BOLD);
  const height = CHIP + (lines.length - 1) * LABEL_LINE;
  const texts = lines.map((line, i): PlacedText => ({ x: x + PAD, y: baseline(y + (CHIP - LABEL_LINE) / 2 + i * LABEL_LINE, LABEL_LINE, LABEL_SIZE), text: line, role: 'chip', size: LABEL_SIZE }));
  return { x, y, width: Math.min(maxWidth, Math.max(...lines.map(chipWidth))), height, texts, column };
}
