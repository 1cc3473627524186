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
  // Getters, not texts: each language's words arrive as a language pack when a widget first
  // draws in that language, which may be after this label is made (at a module's load).
  const label = {
    get 'zh-Hans'() {
      return make(LOCALES.hans);
    },
    get 'zh-Hant'() {
      return make(LOCALES.hk);
    },
    get en() {
      return make(LOCALES.en);
    },
  };
  return setTaiwanText(label, () => make(LOCALES.tw));
}

/**
 * A label in every script from a UI message: the short names a widget's bundled data
 * gives to the article's things ("中山连片工业用地"), Traditional generated with the messages.
 */
export function messageLabel(key: MessageKey): Label {
  return labelFrom((locale) => msg(locale, key));
}
