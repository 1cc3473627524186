import type { Label } from '../data/types.js';
import { setTaiwanText } from '../data/with-traditional.js';
import { parseLocale, type Locale } from './locale.js';
import { msg, type MessageKey } from './messages.js';

const LOCALES = { hans: parseLocale('zh-CN')!, hk: parseLocale('zh-HK')!, tw: parseLocale('zh-TW')!, en: parseLocale('en')! };

/**
 * A label in every written form, each made by `make` (usually from the messages, with
 * figures filled in): Simplified, Hong Kong's Traditional as `zh-Hant`, English, and Taiwan's
 * Traditional recorded for `labelText` under zh-TW.
 */
export function labelFrom(make: (locale: Locale) => string): Label {
  return setTaiwanText({ 'zh-Hans': make(LOCALES.hans), 'zh-Hant': make(LOCALES.hk), en: make(LOCALES.en) }, make(LOCALES.tw));
}

/**
 * A label in every script from a UI message: the short names a widget's bundled data
 * gives to the article's things ("中山连片工业用地"), Traditional generated with the messages.
 */
export function messageLabel(key: MessageKey): Label {
  return labelFrom((locale) => msg(locale, key));
}
