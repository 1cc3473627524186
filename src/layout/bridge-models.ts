import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import { SPACE } from './scale.js';
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
  /** The one-line heading of the stacked form ("经深中通道：深圳 → 江门、中山"). */
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
  /** The Link (across): two thin rules `gap` apart from x0 to x1, the upper at `y`, under its name. */
  linkRule?: { x0: number; x1: number; y: number; gap: number };
  hubs: Chip[];
  /** One per pairing, in group order; `links[i]` joins `partners[i]` to its Shenzhen role. */
  partners: Chip[];
  links: { d: string; arrow: string; tip: { x: number; y: number } }[];
  /** A measuring line from the partner city to Shenzhen, under the drawing (across); its words are a `circle` text. */
  circle?: { x0: number; x1: number; y: number };
  /** Where the travel time's tooltip points. */
  circleAt?: { x: number; y: number };
}

const PAD = SPACE.s;
const CHIP = 26;
const ROW = 34;
const GROUP_GAP = SPACE.m;
const COLUMN_GAP = SPACE.l;
/** Room between the west bank's boxes (or Shenzhen's) and the first bend of an arrow. */
const RUN = SPACE.xl;
/** The bends of a fanning arrow, at most this wide: the rest of the way is straight. */
const MAX_BEND = 160;
const MIN_GAP = 120;
/** Narrower than this the banks are not set side by side at all: a phone gets the stacked form. */
export const STACK_BELOW = 480;
const ARROW = 7;
/** The Link's mark: two thin rules, this far apart, as long as its name (at least LINK_MIN, at most the gap). */
const LINK_RULES = 4;
const LINK_MIN = 96;

/** Chip words are set bold (weight 600), as are the column headings. */
const chipWidth = (text: string) => estimateTextWidth(text, LABEL_SIZE, BOLD) + 2 * PAD;

/**
 * Geometry for `<bridge-models>`, a schematic: the west bank's partner cities at left
 * (west), Shenzhen at the right edge (east), and each "深圳X+城市Y" pairing an arrow across
 * the whole width between them, through the Link, drawn as a thin double rule with its
 * name over the middle of the gap. Every pairing has a row of its own, so a Shenzhen role
 * fans out to all its partners (研发 → three) and no arrow crosses a box. When the banks
 * cannot stand side by side (a phone, long English words), each Shenzhen role stands over
 * its partners.
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
  // Shenzhen stands at the right edge: the arrows, not empty space, take up the width.
  const hubX = width - hubWidth;
  const gap = { x0: westWidth + RUN, x1: hubX - RUN };
  if (gap.x1 - gap.x0 < MIN_GAP) return undefined;
  const mid = (gap.x0 + gap.x1) / 2;
  const nameWidth = estimateTextWidth(o.link, SMALL_SIZE);
  const linkWidth = Math.min(gap.x1 - gap.x0, Math.max(LINK_MIN, nameWidth + 2 * SPACE.s));
  // The Link's name, in the headings' row, must clear the last partner city's heading and
  // Shenzhen's; the west bank's name may run on past the columns, but must end before the rules.
  const lastHeading = o.columns.length ? left[o.columns.length - 1] + estimateTextWidth(o.columns[o.columns.length - 1], LABEL_SIZE, BOLD) : 0;
  const [nameMin, nameMax] = [lastHeading + SPACE.s + nameWidth / 2, hubX - SPACE.s - nameWidth / 2];
  if (nameMin > nameMax) return undefined;
  // Over the middle of the gap when there is room, else as near to it as the headings allow.
  const linkX = Math.min(nameMax, Math.max(nameMin, mid));
  const ruleX = Math.min(gap.x1 - linkWidth / 2, Math.max(gap.x0 + linkWidth / 2, linkX));
  if (estimateTextWidth(o.banks.west, SMALL_SIZE) + SPACE.s > ruleX - linkWidth / 2) return undefined;
  const bend = Math.min(MAX_BEND, (gap.x1 - gap.x0) / 2);
  const headingY = baseline(0, LABEL_LINE, LABEL_SIZE);
  const bankY = baseline(LABEL_LINE, SMALL_LINE, SMALL_SIZE);
  const texts: PlacedText[] = [
    ...o.columns.map((name, c): PlacedText => ({ x: left[c], y: headingY, text: name, role: 'heading', size: LABEL_SIZE })),
    { x: hubX, y: headingY, text: o.hub, role: 'heading', size: LABEL_SIZE },
    { x: 0, y: bankY, text: o.banks.west, role: 'note', size: SMALL_SIZE },
    { x: hubX, y: bankY, text: o.banks.east, role: 'note', size: SMALL_SIZE },
    { x: linkX, anchor: 'middle', y: headingY, text: o.link, role: 'link', size: SMALL_SIZE },
  ];
  // The Link: two thin rules under its name, on the line of the bank names.
  const linkRule = { x0: ruleX - linkWidth / 2, x1: ruleX + linkWidth / 2, y: LABEL_LINE + SMALL_LINE / 2 - LINK_RULES / 2, gap: LINK_RULES };
  const top = LABEL_LINE + SMALL_LINE + SPACE.m;
  let y = top;
  const hubs: Chip[] = [];
  const partners: Chip[] = [];
  const links: BridgeModelsLayout['links'] = [];
  for (const group of groups) {
    const hub = chip(group.hub[words], hubX, y + (group.partners.length * ROW - CHIP) / 2, -1);
    hubs.push(hub);
    const hy = hub.y + CHIP / 2;
    group.partners.forEach((p, j) => {
      const partner = chip(p[words], left[p.column], y + j * ROW + (ROW - CHIP) / 2, p.column);
      partners.push(partner);
      const py = partner.y + CHIP / 2;
      const tip = partner.x + partner.width + 2;
      // Straight out of the Shenzhen box, one bend in the middle of the gap, straight into
      // the partner's row: the run crosses only its own row, where no other box stands.
      links.push({
        d: `M${hubX - 2},${hy}H${mid + bend / 2}C${mid},${hy} ${mid},${py} ${mid - bend / 2},${py}H${tip + ARROW}`,
        arrow: `${tip},${py} ${tip + ARROW},${py - 4} ${tip + ARROW},${py + 4}`,
        tip: { x: tip, y: py },
      });
    });
    y += group.partners.length * ROW + GROUP_GAP;
  }
  const bottom = y - GROUP_GAP;
  let circle: BridgeModelsLayout['circle'];
  let end = bottom + SPACE.s;
  if (o.circle) {
    const cy = bottom + SPACE.l;
    circle = { x0: left[o.circle.column] + columns[o.circle.column] / 2, x1: hubX + hubWidth / 2, y: cy };
    // Centred under the Link; where that would cross an edge of the drawing, set from that
    // edge instead, so the browser's own measure of the words keeps them inside it.
    const half = estimateTextWidth(o.circle.text, SMALL_SIZE) / 2;
    const place: Pick<PlacedText, 'x' | 'anchor'> = mid - half < 0 ? { x: 0 } : mid + half > width ? { x: width, anchor: 'end' } : { x: mid, anchor: 'middle' };
    texts.push({ ...place, y: baseline(cy + SPACE.xs, SMALL_LINE, SMALL_SIZE), text: o.circle.text, role: 'circle', size: SMALL_SIZE });
    end = cy + SPACE.xs + SMALL_LINE + SPACE.xs;
  }
  texts.push({ x: width, anchor: 'end', y: baseline(end, SMALL_LINE, SMALL_SIZE), text: o.schematic, role: 'note', size: SMALL_SIZE });
  return {
    width, mode: 'across', texts, hubs, partners, links, circle, linkRule,
    circleAt: circle && { x: mid, y: circle.y },
    height: Math.ceil(end + SMALL_LINE + 2),
  };
}

function stack(groups: readonly BridgeGroup[], o: BridgeOptions): BridgeModelsLayout {
  const { width } = o;
  const trunk = SPACE.m;
  const indent = SPACE.xxl;
  const texts: PlacedText[] = [];
  let y = 0;
  const paragraph = (text: string, role: PlacedText['role']) => {
    for (const line of wrapText(text, SMALL_SIZE, width)) {
      texts.push({ x: 0, y: baseline(y, SMALL_LINE, SMALL_SIZE), text: line, role, size: SMALL_SIZE });
      y += SMALL_LINE;
    }
  };
  paragraph(o.stackHeading, 'note');
  y += SPACE.s;
  const hubs: Chip[] = [];
  const partners: Chip[] = [];
  const links: BridgeModelsLayout['links'] = [];
  for (const group of groups) {
    const hub = chip(group.hub.long, 0, y, -1, width);
    hubs.push(hub);
    y += hub.height + SPACE.s;
    for (const p of group.partners) {
      const partner = chip(p.long, indent, y, p.column, width - indent);
      partners.push(partner);
      const py = partner.y + Math.min(partner.height, CHIP) / 2;
      const tip = indent - 2;
      links.push({ d: `M${trunk},${hub.y + hub.height}V${py}H${tip - ARROW}`, arrow: `${tip},${py} ${tip - ARROW},${py - 4} ${tip - ARROW},${py + 4}`, tip: { x: tip, y: py } });
      y += partner.height + SPACE.s;
    }
    y += GROUP_GAP - SPACE.s;
  }
  const circleAt = o.circle && { x: SPACE.m, y: y + SMALL_LINE / 2 };
  if (o.circle) paragraph(o.circle.text, 'circle');
  paragraph(o.schematic, 'note');
  return { width, mode: 'stack', texts, hubs, partners, links, circleAt, height: Math.ceil(y + SPACE.xs) };
}

/** A box around `text` at (x, y), its words wrapped when wider than `maxWidth`. */
function chip(text: string, x: number, y: number, column: number, maxWidth = Infinity): Chip {
  const lines = chipWidth(text) <= maxWidth ? [text] : wrapText(text, LABEL_SIZE, maxWidth - 2 * PAD, BOLD);
  const height = CHIP + (lines.length - 1) * LABEL_LINE;
  const texts = lines.map((line, i): PlacedText => ({ x: x + PAD, y: baseline(y + (CHIP - LABEL_LINE) / 2 + i * LABEL_LINE, LABEL_LINE, LABEL_SIZE), text: line, role: 'chip', size: LABEL_SIZE }));
  return { x, y, width: Math.min(maxWidth, Math.max(...lines.map(chipWidth))), height, texts, column };
}
