import { messages } from '../generated/messages.js';
import type { Locale } from './locale.js';

export type MessageKey = keyof (typeof messages)['zh-Hans'];

/**
 * The UI string `key` in the reader's language, with `{name}` placeholders filled.
 * Values are inserted as text by Lit later, so nothing here is ever parsed as markup.
 */
export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[locale.script][key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
