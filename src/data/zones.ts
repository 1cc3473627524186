import type { LabelInput } from './figure-input.js';
import { checkTextLength, expectArray, expectLabel, expectNumber, expectOneOf, expectRecord, expectString, isRecord, type Problems } from './validate.js';

// The shape of <zone-card>'s data, its checker and the two numbers it derives. The article's
// zones in that shape, named in the widget's words, are src/components/zone-card/zone-card.bundled.ts.

/** An area of a zone: what it is called and how large it is, in km². */
export interface ZoneAreaInput {
  name: LabelInput;
  /** km², above 0. */
  area: number;
  /** Id of the article figure this area is, so the data table can name it. */
  figure?: string;
  /** What the source adds about the area ("均为工业用地"): in the table and "About the data", not on the drawing. */
  note?: LabelInput;
}

/** The city colours of the palette (`--gba-color-<name>`); Jiangmen's is the accent. */
export const ZONE_TONES = ['jiangmen', 'zhongshan', 'shenzhen', 'shared', 'extra'] as const;
export type ZoneTone = (typeof ZONE_TONES)[number];

/** How precisely a milestone's date is known: only `early-year` is worded differently ("2024年初"). */
export const MILESTONE_PRECISIONS = ['year', 'early-year', 'month', 'day', 'upcoming'] as const;

/**
 * One economic cooperation zone as `<zone-card>` draws it (or a list of at most 6 drawn at
 * one scale). Areas are in km² and are drawn to scale by area. Every list holds at most 24
 * items and every text at most 1000 characters.
 */
export interface ZoneCardData {
  name: LabelInput;
  /** A shorter name for sentences ("Shenzhen–Jiangmen zone"); default `name`. */
  shortName?: LabelInput;
  /** Another name of the place, e.g. 银湖湾滨海新区. */
  site?: LabelInput;
  /** The whole planned area, km². */
  plannedArea: number;
  /** Id of the article figure of the planned area. */
  plannedAreaFigure?: string;
  /** Areas that divide the whole between them (马鞍岛 35 + 南朗 19 + 民众 12); together at most `plannedArea`. */
  parts?: ZoneAreaInput[];
  /** Areas each inside the one before, outermost first (start-up area ⊃ its usable land); each at most the one it lies in. */
  nested?: ZoneAreaInput[];
  /** Areas inside the zone whose place the source does not give: drawn apart, dashed, at the same scale. */
  unplaced?: ZoneAreaInput[];
  industries?: LabelInput[];
  /** How the source frames the industries ("可重点发展的六大领域产业"), for the table; default "产业 / Industries". */
  industriesHeading?: LabelInput;
  /** The same, short, before the list on the drawing ("六大领域产业"); default `industriesHeading`. */
  industriesLead?: LabelInput;
  /** The number in that framing (六大 → 6, 千亿级 → 1000亿元), as a figure the table shows. */
  industriesFigure?: { id?: string; value: number; text: LabelInput };
  /** "深圳X+伙伴Y" pairs, each side with its city: `{ shenzhen: 深圳总部, partner: 江门基地 }`. */
  models?: { shenzhen: LabelInput; partner: LabelInput }[];
  /** ISO dates ("2023-02", "2024"), listed in the data table in the order given. */
  milestones?: { date: string; label: LabelInput; precision?: (typeof MILESTONE_PRECISIONS)[number] }[];
  /** Colour of the partner city (`jiangmen` = the accent, the default). */
  tone?: ZoneTone;
}

/** Lists longer than this are a mistake in the data, not a zone: the drawing could not label them. */
const MAX_ITEMS = 24;
const MAX_ZONES = 6;

/** Checks a zone, or a list of zones drawn at one scale, reporting every problem. */
export function checkZoneCardInput(input: unknown, problems: Problems): void {
  if (!Array.isArray(input)) {
    checkZone(input, 'data', problems);
    return;
  }
  if (input.length === 0 || input.length > MAX_ZONES) {
    problems.push({ path: 'data', kind: 'range', expected: 'zone-card.expected.count', actual: input.length, params: { max: String(MAX_ZONES) } });
  }
  input.slice(0, MAX_ZONES).forEach((zone, i) => checkZone(zone, `data[${i}]`, problems));
}

function checkZone(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'name', path, problems);
  expectLabel(input, 'shortName', path, problems, { optional: true });
  expectLabel(input, 'site', path, problems, { optional: true });
  expectLabel(input, 'industriesHeading', path, problems, { optional: true });
  expectLabel(input, 'industriesLead', path, problems, { optional: true });
  expectString(input, 'plannedAreaFigure', path, problems, { optional: true });
  if (input.industriesFigure !== undefined && expectRecord(input.industriesFigure, `${path}.industriesFigure`, problems)) {
    expectNumber(input.industriesFigure, 'value', `${path}.industriesFigure`, problems);
    expectLabel(input.industriesFigure, 'text', `${path}.industriesFigure`, problems);
    expectString(input.industriesFigure, 'id', `${path}.industriesFigure`, problems, { optional: true });
  }
  expectOneOf(input, 'tone', path, ZONE_TONES, problems, { optional: true });
  const before = problems.length;
  expectNumber(input, 'plannedArea', path, problems, { positive: true });
  const whole = problems.length === before ? (input.plannedArea as number) : undefined;

  const areas = (key: string) =>
    listOf(input, key, path, problems, (item, at) => {
      if (!expectRecord(item, at, problems)) return undefined;
      expectLabel(item, 'name', at, problems);
      expectLabel(item, 'note', at, problems, { optional: true });
      expectString(item, 'figure', at, problems, { optional: true });
      const ok = problems.length;
      expectNumber(item, 'area', at, problems, { positive: true });
      return problems.length === ok ? (item.area as number) : undefined;
    });
  const parts = areas('parts');
  const nested = areas('nested');
  const unplaced = areas('unplaced');
  listOf(input, 'industries', path, problems, (item, at) => {
    if (!isRecord(item) || typeof item['zh-Hans'] !== 'string' || typeof item.en !== 'string') {
      problems.push({ path: at, kind: 'type', expected: 'expected.label', actual: item });
    } else for (const script of ['zh-Hans', 'zh-Hant', 'en']) checkTextLength(item[script], `${at}.${script}`, problems);
  });
  listOf(input, 'models', path, problems, (item, at) => {
    if (!expectRecord(item, at, problems)) return;
    expectLabel(item, 'shenzhen', at, problems);
    expectLabel(item, 'partner', at, problems);
  });
  listOf(input, 'milestones', path, problems, (item, at) => {
    if (!expectRecord(item, at, problems)) return;
    expectString(item, 'date', at, problems);
    expectLabel(item, 'label', at, problems);
    expectOneOf(item, 'precision', at, MILESTONE_PRECISIONS, problems, { optional: true });
  });
  if (whole === undefined) return;

  // The drawing cannot show parts larger than their whole, or a nest that grows inwards:
  // such data is a typo, and drawing it to scale would draw a falsehood.
  const sum = parts.reduce((total: number, area) => total + (area ?? 0), 0);
  if (sum > whole * (1 + 1e-9)) {
    problems.push({ path: `${path}.parts`, kind: 'range', expected: 'zone-card.expected.parts-sum', actual: sum, params: { whole: String(whole) } });
  }
  let outer = whole;
  nested.forEach((area, i) => {
    if (area === undefined) return;
    if (area > outer * (1 + 1e-9)) {
      problems.push({ path: `${path}.nested[${i}].area`, kind: 'range', expected: 'zone-card.expected.inside', actual: area, params: { outer: String(outer) } });
    }
    outer = area;
  });
  unplaced.forEach((area, i) => {
    if (area !== undefined && area > whole * (1 + 1e-9)) {
      problems.push({ path: `${path}.unplaced[${i}].area`, kind: 'range', expected: 'zone-card.expected.inside', actual: area, params: { outer: String(whole) } });
    }
  });
}

/** Checks an optional list item by item; returns what `check` made of each item. */
function listOf<T>(record: Record<string, unknown>, key: string, path: string, problems: Problems, check: (item: unknown, at: string) => T): T[] {
  const items = expectArray(record, key, path, problems, { optional: true });
  if (items.length > MAX_ITEMS) {
    problems.push({ path: `${path}.${key}`, kind: 'range', expected: 'zone-card.expected.at-most', actual: items.length, params: { max: String(MAX_ITEMS) } });
  }
  return items.slice(0, MAX_ITEMS).map((item, i) => check(item, `${path}.${key}[${i}]`));
}

/** The derived share of `area` in `whole`, in percent points. */
export function areaShare(area: number, whole: number): number {
  return whole > 0 ? (area / whole) * 100 : 0;
}

/** What the parts leave of the whole (derived); 0 when they cover it, up to rounding. */
export function restOfWhole(whole: number, parts: readonly { area: number }[]): number {
  const rest = whole - parts.reduce((total, p) => total + p.area, 0);
  return rest > whole * 1e-6 ? rest : 0;
}
