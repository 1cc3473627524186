import type { MessageCatalogue } from './messages.js';

/**
 * A messages/ folder's catalogue from the form the build writes it in (src/generated/messages/):
 * the keys once, then each language's texts in the keys' order, so a bundle does not spell
 * every key twice. The result is the same `{ 'zh-Hans': {…}, en: {…} }` object.
 */
export function catalogue(keys: readonly string[], zhHans: readonly string[], en: readonly string[]): MessageCatalogue {
  const texts = (list: readonly string[]) => Object.fromEntries(keys.map((key, i) => [key, list[i]]));
  return { 'zh-Hans': texts(zhHans), en: texts(en) };
}
