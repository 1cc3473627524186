import { cachedIntl } from './intl-cache.js';
import type { Locale } from './locale.js';

/** "A、B和C", "A、B及C" (Hong Kong), "A, B, and C": a list as the reader's language joins it. */
export function formatList(items: string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  return cachedIntl(Intl.ListFormat, locale.tag, { type: 'conjunction' }).format(items);
}
