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
