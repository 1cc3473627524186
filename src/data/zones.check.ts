// The check of a reader's <zone-card> data: a chunk of its own, fetched only when a reader
// gives data (widget-input.ts), so a page drawing the article's zones never downloads it.
import { ZONE_TONES, MILESTONE_PRECISIONS } from './zones.js';
import { checkTextLength, expectArray, expectLabel, expectNumber, expectOneOf, expectRecord, expectString, isRecord } from './expect.js';
import type { Problems } from './validate.js';

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
