import { checkFigureInput, UNITS, type FigureInput, type LabelInput } from './figure-input.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, isRecord, type Problems } from './validate.js';
import { isLandUnit, LAND_UNITS, toSquareMetres } from '../standards/land-units.js';

// The shape of <land-ledger>'s data and its checker. The article's land in that shape, named
// in the widget's words, is src/components/land-ledger/land-ledger.bundled.ts.

/** Colours a parcel may take (`--gba-color-<tone>`); a label always says the same. */
export const LEDGER_TONES = ['jiangmen', 'zhongshan', 'shenzhen', 'context'] as const;
export type LedgerTone = (typeof LEDGER_TONES)[number];

/** An area inside a parcel, itself inside the area before it. */
export interface LandArea {
  label: LabelInput;
  /** Unit 平方公里, 平方米, 万平方米, 亩 or 万亩; at most the area it lies in. */
  area: FigureInput;
}

/** A piece of land the article names, drawn as a square whose area is proportional to its own. */
export interface LandParcel {
  /** What the land is, short: "中山连片工业用地". */
  label: LabelInput;
  /** Its area, in one of the land units (平方公里, 平方米, 万平方米, 亩, 万亩), above 0. */
  area: FigureInput;
  /** Areas lying inside it (at most 6), each inside the one before (启动区 ⊃ 可用面积), drawn nested at true scale. */
  inner?: LandArea[];
  /** How many pieces the area is made of (the ten theme parks), shown in its label. */
  count?: FigureInput;
  /** Colour: `jiangmen` (the accent), `zhongshan`, `shenzhen` or `context`. */
  tone?: LedgerTone;
  /** A caveat for the "About the data" disclosure (where the source leaves the land's place open). */
  note?: LabelInput;
}

/** A part of a whole whose size the source does not give: only shares can be drawn. */
export interface LandShare {
  /** The whole: 大湾区陆地. */
  whole: LabelInput;
  /** The part: 江门. */
  part: LabelInput;
  /** The part's share of the whole: unit 分之 (value 0–1, e.g. 1/6) or % (0–100). */
  share: FigureInput;
  /** Share of the part already developed (开发强度), unit %. */
  developed?: FigureInput;
  /** Other numbers the source gives about the part, each a line under the bars (江门的主平台是省重点支持的5个之一). */
  facts?: LandShareFact[];
}

/** A line of words about a share's part with one number in it, drawn under the share bars. */
export interface LandShareFact {
  /** The line, with `{value}` where the number goes: "…省重点支持建设的{value}主平台之一". */
  text: LabelInput;
  /** The number, in any of the article's units. */
  figure: FigureInput;
}

/**
 * What `<land-ledger>` draws: parcels of land as squares on one scale by area, and (with
 * the `shares` attribute) a share of a whole.
 */
export interface LandLedgerData {
  /** With at most 4 facts. */
  share?: LandShare;
  /** Drawn, in this order, every square on one scale: 1 to 24 parcels; texts at most 1000 characters. */
  parcels: LandParcel[];
  /**
   * Areas the source gives that the drawing leaves out — a planned total that would shrink
   * every other square to a speck, a floor area that is no land — listed in the table, their
   * `note` saying why in the "About the data" disclosure.
   */
  tableOnly?: LandParcel[];
  /** Where your numbers come from, for the source line; without it no source line is shown. */
  source?: LabelInput;
}

const MAX_PARCELS = 24;
const MAX_SHARE_FACTS = 4;
/** Areas nested inside one parcel: a nest deeper than this could not be drawn legibly. */
const MAX_INNER = 6;
/** Where a fact's number goes in its line. */
export const FACT_VALUE_SLOT = '{value}';
const SHARE_UNITS = ['分之', '%'];

/** Checks `<land-ledger>` data, reporting every problem at once. */
export function checkLandLedgerData(input: unknown, problems: Problems, path = 'data'): input is LandLedgerData {
  const before = problems.length;
  if (!expectRecord(input, path, problems)) return false;
  const parcels = expectArray(input, 'parcels', path, problems);
  if (Array.isArray(input.parcels) && (parcels.length === 0 || parcels.length > MAX_PARCELS)) {
    problems.push({ path: `${path}.parcels`, kind: 'range', expected: 'land-ledger.expected.parcels', actual: parcels.length, params: { max: String(MAX_PARCELS) } });
  }
  parcels.slice(0, MAX_PARCELS).forEach((item, i) => checkParcel(item, `${path}.parcels[${i}]`, problems));
  const listed = expectArray(input, 'tableOnly', path, problems, { optional: true });
  if (listed.length > MAX_PARCELS) {
    problems.push({ path: `${path}.tableOnly`, kind: 'range', expected: 'land-ledger.expected.table-only', actual: listed.length, params: { max: String(MAX_PARCELS) } });
  }
  listed.slice(0, MAX_PARCELS).forEach((item, i) => checkParcel(item, `${path}.tableOnly[${i}]`, problems));
  expectLabel(input, 'source', path, problems, { optional: true });
  if (input.share !== undefined) checkShare(input.share, `${path}.share`, problems);
  return problems.length === before;
}

function checkParcel(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'label', path, problems);
  expectOneOf(input, 'tone', path, LEDGER_TONES, problems, { optional: true });
  expectLabel(input, 'note', path, problems, { optional: true });
  let outer = checkArea(input.area, `${path}.area`, problems);
  expectArray(input, 'inner', path, problems, { optional: true, max: MAX_INNER }).forEach((item, i) => {
    const at = `${path}.inner[${i}]`;
    if (!expectRecord(item, at, problems)) return;
    expectLabel(item, 'label', at, problems);
    const area = checkArea(item.area, `${at}.area`, problems);
    if (area !== undefined && outer !== undefined && area > outer * (1 + 1e-9)) {
      problems.push({ path: `${at}.area`, kind: 'range', expected: 'land-ledger.expected.inside', actual: (item.area as FigureInput).value });
    }
    outer = area ?? outer;
  });
  if (input.count !== undefined) checkFigureInput(input.count, `${path}.count`, problems);
}

/** An area figure in a land unit above 0; its size in m² when it is one. Every problem is reported, not the first. */
function checkArea(input: unknown, path: string, problems: Problems): number | undefined {
  const before = problems.length;
  checkFigureInput(input, path, problems);
  if (!isRecord(input)) return undefined;
  const { value, unit } = input;
  // A unit of the article that is no area (亿元): checkFigureInput let it pass, the ledger cannot draw it.
  if (typeof unit === 'string' && (UNITS as string[]).includes(unit) && !isLandUnit(unit)) {
    problems.push({ path: `${path}.unit`, kind: 'range', expected: 'expected.one-of', actual: unit, params: { values: LAND_UNITS.join(' / ') } });
  }
  if (typeof value === 'number' && Number.isFinite(value) && !(value > 0)) {
    problems.push({ path: `${path}.value`, kind: 'range', expected: 'expected.finite-positive', actual: value });
  }
  return problems.length === before && typeof unit === 'string' && isLandUnit(unit) ? toSquareMetres(value as number, unit) : undefined;
}

function checkShare(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'whole', path, problems);
  expectLabel(input, 'part', path, problems);
  checkFraction(input.share, `${path}.share`, SHARE_UNITS, problems);
  if (input.developed !== undefined) checkFraction(input.developed, `${path}.developed`, ['%'], problems);
  const facts = expectArray(input, 'facts', path, problems, { optional: true });
  if (facts.length > MAX_SHARE_FACTS) {
    problems.push({ path: `${path}.facts`, kind: 'range', expected: 'land-ledger.expected.facts', actual: facts.length, params: { max: String(MAX_SHARE_FACTS) } });
  }
  facts.slice(0, MAX_SHARE_FACTS).forEach((fact, i) => {
    const at = `${path}.facts[${i}]`;
    if (!expectRecord(fact, at, problems)) return;
    expectLabel(fact, 'text', at, problems);
    const text = fact.text;
    if (isRecord(text)) {
      for (const script of ['zh-Hans', 'zh-Hant', 'en'] as const) {
        const line = text[script];
        if (typeof line === 'string' && !line.includes(FACT_VALUE_SLOT)) {
          problems.push({ path: `${at}.text.${script}`, kind: 'range', expected: 'land-ledger.expected.value-slot', actual: line, params: { slot: FACT_VALUE_SLOT } });
        }
      }
    }
    checkFigureInput(fact.figure, `${at}.figure`, problems);
  });
}

function checkFraction(input: unknown, path: string, units: string[], problems: Problems): void {
  if (!checkFigureInput(input, path, problems)) return;
  if (!units.includes(input.unit)) {
    problems.push({ path: `${path}.unit`, kind: 'range', expected: 'expected.one-of', actual: input.unit, params: { values: units.join(' / ') } });
    return;
  }
  const share = shareOf(input);
  if (!(share > 0 && share <= 1)) problems.push({ path: `${path}.value`, kind: 'range', expected: 'land-ledger.expected.share', actual: input.value });
}

/** A share figure as a fraction 0–1: 1/6 stays 1/6, 12% becomes 0.12. */
export function shareOf(figure: FigureInput): number {
  return figure.unit === '%' ? figure.value / 100 : figure.value;
}
