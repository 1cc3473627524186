/**
 * What the server accepts from its caller, checked before anything is rendered: the
 * widget's own attributes only, and `data` that is JSON. Server HTML is trusted by the page
 * it lands in, so an attribute the widget does not own (`onmouseover`, `style`, `is`) would
 * be the caller's markup, not the widget's: it is an error naming it, never written.
 */
import { MAX_JSON_CHARS } from '../data/validate.js';
import type { WidgetInfo } from './widgets.js';

/** What every widget takes besides its documented attributes: `ssr-width` is the server's own. */
const COMMON_ATTRIBUTES = ['lang', 'theme', 'ssr-width'];

/** Throws naming the first attribute `info`'s widget does not own (custom-elements.json, plus lang, theme, ssr-width). */
export function checkAttributeNames(info: WidgetInfo, names: string[]): void {
  const allowed = [...new Set([...info.attributes.map((a) => a.name), ...COMMON_ATTRIBUTES])];
  for (const name of names) {
    if (!allowed.includes(name)) {
      throw new Error(`<${info.tag}> has no attribute ${JSON.stringify(name.slice(0, 60))}. Its attributes: ${allowed.join(', ')}.`);
    }
  }
}

const KIND: Record<string, string> = { function: 'a function', symbol: 'a symbol', bigint: 'a BigInt', undefined: 'undefined' };

/**
 * `data` as the JSON the widget's child script will carry; an error saying what is wrong
 * when it is not JSON data (a function, a cycle, nesting too deep) or is longer than a
 * browser would read (`MAX_JSON_CHARS`).
 */
export function dataJSON(data: unknown): string {
  const where = (key: string) => (key === '' ? 'options.data' : `options.data's "${key.slice(0, 60)}"`);
  let json: string | undefined;
  try {
    json = JSON.stringify(data, function (this: unknown, key: string, value: unknown) {
      // Inside an array, JSON.stringify would write null for these; in an object it would drop them: both silently.
      const kind = KIND[typeof value];
      if (kind && !(value === undefined && key !== '' && !Array.isArray(this))) {
        throw new TypeError(`${where(key)} is ${kind}: data must be JSON (objects, lists, text, numbers, true/false, null).`);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('options.data')) throw error;
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it refers to itself or cannot be written as JSON';
    throw new TypeError(`options.data is not JSON data: ${reason}.`);
  }
  if (json === undefined) throw new TypeError('options.data is not JSON data.');
  if (json.length > MAX_JSON_CHARS) {
    throw new RangeError(`options.data is ${json.length} characters of JSON; a widget reads at most ${MAX_JSON_CHARS}.`);
  }
  return json;
}
