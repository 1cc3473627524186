// The building blocks of the checks of a reader's data (src/data/*.check.ts): each reports
// what is wrong at a path, never throws. Only the checks import them, so they travel in the
// checks' chunk, fetched when a reader gives data, not in the runtime every page loads.
import { MAX_ITEMS, MAX_TEXT, type Problems } from './validate.js';

type Record_ = Record<string, unknown>;

/** A text over {@link MAX_TEXT} characters: a range problem naming the path and the limit. */
export function checkTextLength(value: unknown, path: string, problems: Problems, max = MAX_TEXT): boolean {
  if (typeof value !== 'string' || value.length <= max) return true;
  problems.push({ path, kind: 'range', expected: 'expected.max-chars', actual: value, params: { max: String(max) } });
  return false;
}

export function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, path: string, problems: Problems): value is Record_ {
  if (isRecord(value)) return true;
  problems.push({ path, kind: value === undefined ? 'missing' : 'type', expected: 'expected.object', actual: value });
  return false;
}

/** Own properties only: a `__proto__` key in JSON never reaches a prototype. */
function own(record: Record_, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function expectNumber(
  record: Record_,
  key: string,
  path: string,
  problems: Problems,
  { optional = false, positive = false, range }: { optional?: boolean; positive?: boolean; range?: { min: number; max: number } } = {},
): void {
  const value = own(record, key);
  const at = `${path}.${key}`;
  if (value === undefined && optional) return;
  if (value === undefined) problems.push({ path: at, kind: 'missing', expected: 'expected.number' });
  else if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path: at, kind: 'type', expected: 'expected.number', actual: value });
  else if (positive && value <= 0) problems.push({ path: at, kind: 'range', expected: 'expected.finite-positive', actual: value });
  // A number that sizes a loop or an allocation (a count, a span) keeps to a documented range.
  else if (range && !(value >= range.min && value <= range.max)) {
    problems.push({ path: at, kind: 'range', expected: 'expected.range', actual: value, params: { min: String(range.min), max: String(range.max) } });
  }
}

export function expectString(record: Record_, key: string, path: string, problems: Problems, { optional = false, max = MAX_TEXT } = {}): void {
  const value = own(record, key);
  const at = `${path}.${key}`;
  if (value === undefined && optional) return;
  // The length first: trimming 10 MB to find it is not blank is work for nothing.
  if (!checkTextLength(value, at, problems, max)) return;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ path: at, kind: value === undefined ? 'missing' : 'type', expected: 'expected.string', actual: value });
  }
}

export function expectOneOf(record: Record_, key: string, path: string, values: readonly string[], problems: Problems, { optional = false } = {}): void {
  const value = own(record, key);
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || !values.includes(value)) {
    problems.push({ path: `${path}.${key}`, kind: 'range', expected: 'expected.one-of', actual: value, params: { values: values.join(' / ') } });
  }
}

/** A label needs both the Simplified Chinese and the English text; Traditional is derived when absent. */
export function expectLabel(record: Record_, key: string, path: string, problems: Problems, { optional = false } = {}): void {
  const value = own(record, key);
  if (value === undefined && optional) return;
  if (!isRecord(value) || typeof own(value, 'zh-Hans') !== 'string' || typeof own(value, 'en') !== 'string') {
    problems.push({ path: `${path}.${key}`, kind: value === undefined ? 'missing' : 'type', expected: 'expected.label', actual: value });
    return;
  }
  for (const script of ['zh-Hans', 'zh-Hant', 'en']) checkTextLength(own(value, script), `${path}.${key}.${script}`, problems);
}

/**
 * The list at `record[key]`, cut to its first `max` items (reported when there are more), so
 * that checking its items is bounded work however long it is.
 */
export function expectArray(record: Record_, key: string, path: string, problems: Problems, { optional = false, max = MAX_ITEMS } = {}): unknown[] {
  const value = own(record, key);
  if (value === undefined && optional) return [];
  if (Array.isArray(value)) return checkListLength(value, `${path}.${key}`, problems, max);
  problems.push({ path: `${path}.${key}`, kind: value === undefined ? 'missing' : 'type', expected: 'expected.array', actual: value });
  return [];
}

/** `list` cut to `max` items, with a range problem naming the path and the limit when it is longer. */
export function checkListLength(list: unknown[], path: string, problems: Problems, max = MAX_ITEMS): unknown[] {
  if (list.length <= max) return list;
  problems.push({ path, kind: 'range', expected: 'expected.max-items', actual: list.length, params: { max: String(max) } });
  return list.slice(0, max);
}

/** Every item of the optional list `record[key]` is a text of at most {@link MAX_TEXT} characters. */
export function expectStringList(record: Record_, key: string, path: string, problems: Problems, { max = MAX_ITEMS } = {}): void {
  expectArray(record, key, path, problems, { optional: true, max }).forEach((item, i) => {
    const at = `${path}.${key}[${i}]`;
    if (typeof item !== 'string') problems.push({ path: at, kind: 'type', expected: 'expected.string', actual: item });
    else checkTextLength(item, at, problems);
  });
}
