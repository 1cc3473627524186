// The check of a reader's <land-ledger> data, fetched only when a reader gives data (widget-input.ts).
import { checkFigureInput } from './figure-input.check.js';
import { UNITS, type FigureInput } from './figure-input.js';
import { FACT_VALUE_SLOT, LEDGER_TONES, shareOf, type LandLedgerData } from './land-ledger.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, isRecord } from './expect.js';
import type { Problems } from './validate.js';
import { isLandUnit, LAND_UNITS, toSquareMetres } from '../standards/land-units.js';

const SHARE_UNITS = ['分之', '%'];

const MAX_PARCELS = 24;
const MAX_SHARE_FACTS = 4;
/** Areas nested inside one parcel: a nest deeper than this could not be drawn legibly. */
const MAX_INNER = 6;

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
