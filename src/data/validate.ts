import type { Locale } from '../format/locale.js';
import { msg, type MessageKey } from '../format/messages.js';

/** One thing wrong with user-supplied data, before it is put into words. */
export interface Problem {
  path: string;
  kind: 'missing' | 'type' | 'range';
  expected: MessageKey;
  actual?: unknown;
  params?: Record<string, string>;
}

export type Problems = Problem[];
type Record_ = Record<string, unknown>;

/** A short, safe rendering of a bad value for a message: never the whole 10,000 characters. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
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
  { optional = false, positive = false } = {},
): void {
  const value = own(record, key);
  const at = `${path}.${key}`;
  if (value === undefined && optional) return;
  if (value === undefined) problems.push({ path: at, kind: 'missing', expected: 'expected.number' });
  else if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path: at, kind: 'type', expected: 'expected.number', actual: value });
  else if (positive && value <= 0) problems.push({ path: at, kind: 'range', expected: 'expected.finite-positive', actual: value });
}

export function expectString(record: Record_, key: string, path: string, problems: Problems, { optional = false } = {}): void {
  const value = own(record, key);
  const at = `${path}.${key}`;
  if (value === undefined && optional) return;
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
  }
}

export function expectArray(record: Record_, key: string, path: string, problems: Problems, { optional = false } = {}): unknown[] {
  const value = own(record, key);
  if (value === undefined && optional) return [];
  if (Array.isArray(value)) return value;
  problems.push({ path: `${path}.${key}`, kind: value === undefined ? 'missing' : 'type', expected: 'expected.array', actual: value });
  return [];
}

/** The problems in the reader's language, joined for one inline message. */
export function describeProblems(problems: Problems, locale: Locale, limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => {
    const expected = msg(locale, p.expected, p.params);
    const params = { path: p.path, expected, actual: describeValue(p.actual) };
    return msg(locale, p.kind === 'missing' ? 'problem.missing' : p.kind === 'type' ? 'problem.type' : 'problem.range', params);
  });
  const more = problems.length > limit ? ` (+${problems.length - limit})` : '';
  return shown.join(locale.script === 'en' ? '; ' : '；') + more;
}
