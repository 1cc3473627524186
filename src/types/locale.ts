// The language a widget speaks, as a type every layer may name: data picks a label's text
// by it, format writes in it, components resolve it from `lang`. Parsing a `lang` value is
// format's (src/format/locale.ts); this file holds no code.

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
