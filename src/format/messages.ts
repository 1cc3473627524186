import { messages as common } from '../generated/messages/common.js';
import type { MessageKey } from '../generated/messages/keys.js';
import type { Locale } from './locale.js';
import { regionOf, toTraditional } from '../standards/traditional.js';

export type { MessageKey };

/** A messages/ folder as the build ships it: Simplified and English; Traditional is derived. */
export interface MessageCatalogue {
  readonly 'zh-Hans': Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

const simplified: Record<string, string> = {};
const english: Record<string, string> = {};
/** Converted Traditional texts, by region and key: a message is converted once per page. */
const traditional = { hk: new Map<string, string>(), tw: new Map<string, string>() };
const added = new WeakSet<MessageCatalogue>();

/**
 * Makes a catalogue's keys known to {@link msg}. Each widget adds its own when its module
 * loads, so a page with one widget carries one widget's words; adding twice is free.
 */
export function addMessages(catalogue: MessageCatalogue): void {
  if (added.has(catalogue)) return;
  added.add(catalogue);
  Object.assign(simplified, catalogue['zh-Hans']);
  Object.assign(english, catalogue.en);
}

addMessages(common);

function template({ script, tag }: Locale, key: string): string | undefined {
  if (script === 'en') return english[key];
  const hans = simplified[key];
  if (script === 'zh-Hans' || hans === undefined) return hans;
  const region = regionOf(tag);
  let hant = traditional[region].get(key);
  if (hant === undefined) traditional[region].set(key, (hant = toTraditional(hans, region)));
  return hant;
}

/**
 * The UI string `key` in the reader's language, with `{name}` placeholders filled.
 * Values are inserted as text by Lit later, so nothing here is ever parsed as markup.
 */
export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = template(locale, key) ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
