import type { MessageKey } from '../types/messages.js';

/**
 * One thing wrong with user-supplied data, before it is put into words: a message key and its
 * params, which `describeProblems` (src/format/problems.ts) writes in the reader's language.
 */
export interface Problem {
  path: string;
  kind: 'missing' | 'type' | 'range';
  expected: MessageKey;
  actual?: unknown;
  params?: Record<string, string>;
}

export type Problems = Problem[];
type Record_ = Record<string, unknown>;

/**
 * Size limits of user data (the `data` property and the editor's child script), so that no
 * input, however large, makes a widget hang or fail with an engine's words: over a limit,
 * the widget names the field and the limit in the reader's language instead.
 */
/** Characters of a child `<script type="application/json">`, checked before it is parsed (256 KiB). */
export const MAX_JSON_CHARS = 262_144;
/** Characters of any text in data: a label in each language, a quote, an id, a date (the article's longest is ~630). */
export const MAX_TEXT = 1000;
/** Items of any list in data, unless its widget documents a smaller maximum. */
export const MAX_ITEMS = 100;

/** A JSON-like preview of at most a few items and characters, whatever the size or depth of `value`. */
function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'function' : String(value);
  if (depth > 1) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) return `[${value.slice(0, 3).map((v) => preview(v, depth + 1)).join(',')}${value.length > 3 ? ',…' : ''}]`;
  const parts: string[] = [];
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (parts.length === 3) return `{${parts.join(',')},…}`;
    parts.push(`${JSON.stringify(key.slice(0, 40))}:${preview((value as Record_)[key], depth + 1)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * A short, safe rendering of a bad value for a message: never the whole 10,000 characters,
 * and bounded work for a list of 100,000 items, a string of 10 MB or nesting a million deep.
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = preview(value, 0);
  } catch {
    // A proxy or getter that throws.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

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

/** Characters of one inline message: enough for five problems, never a page of text to lay out. */
export const MAX_MESSAGE = 2000;

/** `text` cut to `max` characters with an ellipsis: an id of 10 MB must not be set as 10 MB of text. */
export function shortText(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
