import type { Locale } from '../types/locale.js';
import type { Label } from './types.js';
import { bundledTaiwanText } from './with-traditional.js';

/** A label in the reader's script; user data may lack the Traditional text, so it falls back to the Simplified. */
export function labelText(label: Partial<Label> | undefined, locale: Locale): string {
  if (!label) return '';
  if (locale.tag === 'zh-TW') {
    const taiwan = bundledTaiwanText(label);
    if (taiwan !== undefined) return taiwan;
  }
  return label[locale.script] ?? (locale.script === 'en' ? label['zh-Hans'] : label['zh-Hans'] ?? label.en) ?? '';
}
