/**
 * Which of the three written languages a BCP 47 tag asks for. The widgets speak
 * Simplified Chinese, Traditional Chinese and English; every other tag falls back.
 */
export type Script = 'zh-Hans' | 'zh-Hant' | 'en';

/** A resolved language: the script we write in and the tag we hand to Intl and `lang`. */
export interface Locale {
  script: Script;
  /** BCP 47 tag used for Intl and for the `lang` attribute inside the shadow root. */
  tag: string;
}

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
