import { messages as common } from '../generated/messages/common.js';
import type { MessageKey } from '../generated/messages/keys.js';
import type { Locale } from './locale.js';
import { loadTraditional, regionOf, toTraditional, traditionalLoaded } from '../standards/traditional.js';

export type { MessageKey };

type Texts = Readonly<Record<string, string>>;

/** A messages/ folder with both languages at hand (tests and tools: `generated/messages/all.ts`). */
export interface MessageCatalogue {
  readonly 'zh-Hans': Texts;
  readonly en: Texts;
}

/**
 * A messages/ folder as the widgets ship it: one language pack per language, each a chunk
 * fetched the first time a widget on the page draws in that language. Traditional is
 * derived from the Simplified pack with the character table (`traditional.ts`).
 */
export interface MessagePacks {
  readonly 'zh-Hans': () => Promise<Texts>;
  readonly en: () => Promise<Texts>;
}

type Language = keyof MessagePacks;

const texts: Record<Language, Record<string, string>> = { 'zh-Hans': {}, en: {} };
/** Converted Traditional texts, by region and key: a message is converted once per page. */
const traditional = { hk: new Map<string, string>(), tw: new Map<string, string>() };
/** Every catalogue registered, and per language the ones whose pack is in (or on its way). */
const registered: (MessageCatalogue | MessagePacks)[] = [];
const loading: Record<Language, Map<MessagePacks, Promise<void>>> = { 'zh-Hans': new Map(), en: new Map() };
const arrived: Record<Language, WeakSet<MessagePacks>> = { 'zh-Hans': new WeakSet(), en: new WeakSet() };

const isPacks = (catalogue: MessageCatalogue | MessagePacks): catalogue is MessagePacks => typeof catalogue.en === 'function';

/**
 * Makes a catalogue's keys known to {@link msg}. Each widget adds its own when its module
 * loads, so a page with one widget carries one widget's words; adding twice is free. Packs
 * are only noted here: {@link languageReady} fetches the language a widget is about to draw in.
 */
export function addMessages(catalogue: MessageCatalogue | MessagePacks): void {
  if (registered.includes(catalogue)) return;
  registered.push(catalogue);
  if (isPacks(catalogue)) return;
  Object.assign(texts['zh-Hans'], catalogue['zh-Hans']);
  Object.assign(texts.en, catalogue.en);
}

addMessages(common);

/** The language whose pack a locale reads: Traditional is converted from the Simplified. */
const languageOf = ({ script }: Pick<Locale, 'script'>): Language => (script === 'en' ? 'en' : 'zh-Hans');

/** `catalogue`'s pack in `language` on its way, fetched once; `undefined` once it is in (or could not be loaded). */
function packLoading(catalogue: MessagePacks, language: Language): Promise<void> | undefined {
  if (arrived[language].has(catalogue)) return undefined;
  let pack = loading[language].get(catalogue);
  if (!pack) {
    const done = () => void arrived[language].add(catalogue);
    pack = catalogue[language]().then(
      (loaded) => (Object.assign(texts[language], loaded), done()),
      (error: unknown) => (console.warn(`gba-widgets: could not load the ${language} messages`, error), done()),
    );
    loading[language].set(catalogue, pack);
  }
  return pack;
}

/**
 * `undefined` when every registered catalogue's words for `locale` are here (then {@link msg}
 * can answer now), else a promise that settles once they are. A widget's update waits for it
 * before its first render in a language, so a reader never sees another language first. A pack
 * that fails to load (a missing file) settles too: the keys then show instead of the words.
 */
export function languageReady(locale: Pick<Locale, 'script'>): Promise<void> | undefined {
  const language = languageOf(locale);
  const pending: Promise<void>[] = [];
  for (const catalogue of registered) {
    const pack = isPacks(catalogue) ? packLoading(catalogue, language) : undefined;
    if (pack) pending.push(pack);
  }
  if (locale.script === 'zh-Hant' && !traditionalLoaded()) pending.push(loadTraditional());
  return pending.length === 0 ? undefined : Promise.all(pending).then(() => undefined);
}

/**
 * As {@link languageReady}, for one catalogue that is not registered, because only some widgets
 * need it and only at times: the words for problems in a reader's data (`checkReady` asks for
 * them, with the check). Its pack for `locale` is fetched once; `undefined` once it is in.
 */
export function packReady(catalogue: MessagePacks, locale: Pick<Locale, 'script'>): Promise<void> | undefined {
  return packLoading(catalogue, languageOf(locale));
}

/** Loads every registered catalogue in every language and the Traditional table: a server renders whatever it is asked. */
export async function loadAllLanguages(): Promise<void> {
  await languageReady({ script: 'zh-Hant' });
  await languageReady({ script: 'en' });
}

function template({ script, tag }: Locale, key: string): string | undefined {
  if (script === 'en') return texts.en[key];
  const hans = texts['zh-Hans'][key];
  if (script === 'zh-Hans' || hans === undefined) return hans;
  if (!traditionalLoaded()) return hans;
  const region = regionOf(tag);
  let hant = traditional[region].get(key);
  if (hant === undefined) traditional[region].set(key, (hant = toTraditional(hans, region)));
  return hant;
}

/**
 * The UI string `key` in the reader's language, with `{name}` placeholders filled.
 * Values are inserted as text by Lit later, so nothing here is ever parsed as markup.
 */
export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = template(locale, key) ?? texts.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
