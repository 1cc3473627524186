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

/** Characters of one inline message: enough for five problems, never a page of text to lay out. */
export const MAX_MESSAGE = 2000;

/** `text` cut to `max` characters with an ellipsis: an id of 10 MB must not be set as 10 MB of text. */
export function shortText(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
