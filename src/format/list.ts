import { cachedIntl } from './intl-cache.js';
import type { Locale } from './locale.js';

/** "A、B和C", "A、B及C" (Hong Kong), "A, B and C": a list as the reader's language joins it. */
export function formatList(items: string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  // English in the copy's one British style: no serial comma.
  const tag = locale.script === 'en' ? 'en-GB' : locale.tag;
  return cachedIntl(Intl.ListFormat, tag, { type: 'conjunction' }).format(items);
}
