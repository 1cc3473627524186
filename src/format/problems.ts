// The words for a reader's bad data: loaded on demand with the check of that data
// (`checkReady`, src/components/base/widget-input.ts), never by a page drawing the article's
// own data; a server preloads it (`preload()`, src/all.ts) as it does the checks. Their texts
// (`problem.*`, `expected.*`, `<tag>.expected.*`, `error.data-json.at`) are the `problems`
// catalogue, every messages folder's problems.<language>.json, whose pack of the widget's
// language checkReady fetches at the same time.
import { jsonErrorPosition } from '../data/json-position.js';
import { describeValue, shortText, type Problems } from '../data/validate.js';
import type { Locale } from '../types/locale.js';
import { msg } from './messages.js';

/** The problems in the reader's language, joined for one inline message. */
export function describeProblems(problems: Problems, locale: Locale, limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => {
    // Params may carry the data's own words (a list of its ids): each is cut short.
    const words = p.params && Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, shortText(v, 300)]));
    const expected = msg(locale, p.expected, words);
    const params = { path: shortText(p.path, 300), expected, actual: describeValue(p.actual) };
    return msg(locale, p.kind === 'missing' ? 'problem.missing' : p.kind === 'type' ? 'problem.type' : 'problem.range', params);
  });
  const more = problems.length > limit ? ` (+${problems.length - limit})` : '';
  return shown.join(locale.script === 'en' ? '; ' : '；') + more;
}

/**
 * Where `text` stops being JSON, as `JSON.parse` threw `error`, in the reader's words
 * (" at line 2, column 5"): empty when the engine names no place, never the engine's words.
 */
export function describeJsonError(text: string, error: unknown, locale: Locale): string {
  const at = jsonErrorPosition(text, error);
  return at ? msg(locale, 'error.data-json.at', { line: at.line, column: at.column }) : '';
}
