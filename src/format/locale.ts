import type { Locale } from '../types/locale.js';

// The types live in src/types so that data may name them without importing format.
export type { Locale, Script } from '../types/locale.js';

export const DEFAULT_LOCALE: Locale = { script: 'zh-Hans', tag: 'zh-CN' };

const TRADITIONAL_REGIONS = new Set(['hk', 'tw', 'mo']);

/** Reads a `lang` value; `undefined` when it names no language we speak. */
export function parseLocale(tag: string | null | undefined): Locale | undefined {
  const clean = (tag ?? '').trim();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(clean)) return undefined;
  const [language, ...subtags] = clean.toLowerCase().split('-');
  if (language === 'en') return { script: 'en', tag: clean };
  if (language !== 'zh') return undefined;
  const traditional = subtags.includes('hant') || subtags.some((s) => TRADITIONAL_REGIONS.has(s));
  if (traditional) return { script: 'zh-Hant', tag: subtags.includes('tw') ? 'zh-TW' : 'zh-HK' };
  return { script: 'zh-Hans', tag: 'zh-CN' };
}

/** The languages an editor can name in `lang`, for error messages. */
export const SUPPORTED_LANGS = ['zh-CN', 'zh-HK', 'zh-TW', 'zh-Hant', 'en'];
