// Reading and checking what a widget is given: its data (the `data` property or the
// editor's child script, else the article's) and the attributes every widget shares.
import { describeValue, MAX_JSON_CHARS, type Problems } from '../../data/validate.js';
import { SUPPORTED_LANGS, type Locale } from '../../format/locale.js';
import { msg, packReady } from '../../format/messages.js';
import { messages as problemMessages } from '../../generated/messages/problems.js';

/** Reports into `problems` everything wrong with a reader's data (every problem, not the first); never throws. */
export type DataCheck = (input: unknown, problems: Problems) => void;

/**
 * What a widget declares about its data, next to its class (`static spec`): the article's
 * data it draws by default, and the check of a reader's data against its documented shape.
 */
export interface WidgetSpec<TData> {
  /** The article's data, drawn when neither `data` nor a child script gives any. */
  bundled(): TData;
  /**
   * Loads the check of a reader's data: a module of its own (`src/data/<shape>.check.ts`), so a
   * page that draws the article's data, as most do, never downloads the checks (see {@link checkReady}).
   */
  check(): Promise<DataCheck>;
}

/** Each spec's check, once loaded; `undefined` for a check that could not be loaded. */
const checks = new WeakMap<WidgetSpec<unknown>, DataCheck | undefined>();
const loadingChecks = new WeakMap<WidgetSpec<unknown>, Promise<void>>();

/**
 * The words for a reader's bad data and broken JSON (src/format/problems.ts), which only a
 * reader's data needs: loaded with the first check, `null` when they could not be loaded.
 */
let problemWords: typeof import('../../format/problems.js') | null | undefined;
let loadingWords: Promise<void> | undefined;

function wordsReady(): Promise<void> | undefined {
  if (problemWords !== undefined) return undefined;
  return (loadingWords ??= import('../../format/problems.js').then(
    (words) => void (problemWords = words),
    (error: unknown) => (console.warn('gba-widgets: could not load the words for problems in the data', error), void (problemWords = null)),
  ));
}

/**
 * `undefined` when `spec`'s check and the words for its problems in `locale`'s language are
 * here (it can run now), else a promise that settles once they are, all fetched at once: the
 * check, the code that words problems and their language pack (the `problems` catalogue, which
 * no page drawing the article's data fetches). A widget given data waits for it before it
 * draws, and asks again in each language it draws in. A check that fails to load (a missing
 * chunk) settles too: the data is then refused with a message, never drawn unchecked.
 */
export function checkReady(spec: WidgetSpec<unknown>, locale: Pick<Locale, 'script'>): Promise<void> | undefined {
  const pending = [wordsReady(), packReady(problemMessages, locale)];
  if (!checks.has(spec)) {
    let loading = loadingChecks.get(spec);
    if (!loading) {
      loading = spec.check().then(
        (check) => void checks.set(spec, check),
        (error: unknown) => (console.warn('gba-widgets: could not load the check of the data', error), void checks.set(spec, undefined)),
      );
      loadingChecks.set(spec, loading);
    }
    pending.push(loading);
  }
  const waiting = pending.filter((p) => p !== undefined);
  return waiting.length === 0 ? undefined : Promise.all(waiting).then(() => undefined);
}

/** The input, read and checked: the data to draw (none when it is unusable) and what the reader must be told. */
export interface CheckedInput<TData> {
  data?: TData;
  /** True while the article's own data is drawn: neither `data` nor a child script gave any. */
  bundled: boolean;
  messages: string[];
}

const THEMES = ['auto', 'light', 'dark'];

/** "lang="fr" was not used: expected …": an attribute the editor got wrong, in the reader's words. */
export function attributeMessage(locale: Locale, name: string, value: unknown, expected: string): string {
  return msg(locale, 'error.attribute', { name, value: describeValue(value).replace(/^"|"$/g, ''), expected: expected.replace(/[。.]$/, '') });
}

/** Messages about the attributes every widget has: a language we do not speak, a theme we do not know. */
export function frameAttributeMessages(locale: Locale, unsupportedLang: string | undefined, theme: string): string[] {
  const messages: string[] = [];
  if (unsupportedLang !== undefined) messages.push(attributeMessage(locale, 'lang', unsupportedLang, msg(locale, 'error.lang', { supported: SUPPORTED_LANGS.join(', ') })));
  if (!THEMES.includes(theme)) messages.push(attributeMessage(locale, 'theme', theme, msg(locale, 'error.theme')));
  return messages;
}

/** Reads a widget's data; remembers the last script it parsed, so an unchanged script is not parsed again. */
export class InputReader {
  private parsed?: { text: string; value: unknown };

  read<TData>(spec: WidgetSpec<TData>, userData: unknown, script: Element | null, locale: Locale): CheckedInput<TData> {
    let input = userData;
    if (input === undefined && script) {
      const text = script.textContent ?? '';
      // Refused unparsed: 4 MB of `[[[[…` would hang JSON.parse and everything after it.
      if (text.length > MAX_JSON_CHARS) return refused(msg(locale, 'error.data-size', { size: String(text.length), max: String(MAX_JSON_CHARS) }));
      input = this.parse(text);
      if (input instanceof BrokenJson) {
        // Without its words (not loaded, or not loadable), the message still says what is wrong, not where.
        const where = problemWords?.describeJsonError(text, input.error, locale) ?? '';
        return refused(msg(locale, 'error.data-json', { where }));
      }
    }
    if (input === undefined || input === null) return { data: spec.bundled(), bundled: true, messages: [] };
    const check = checks.get(spec as WidgetSpec<unknown>);
    // Not loaded (a renderer that did not wait for checkReady) or not loadable: refused, not drawn unchecked.
    if (!check) return refused(msg(locale, 'error.data-check'));
    const problems: Problems = [];
    try {
      check(input, problems);
    } catch {
      problems.splice(0, problems.length, { path: 'data', kind: 'type', expected: 'expected.object', actual: input });
    }
    if (problems.length === 0) return { data: input as TData, bundled: false, messages: [] };
    // Problems that cannot be put into words (their module did not load) refuse the data as a missing check does.
    if (!problemWords) return refused(msg(locale, 'error.data-check'));
    return refused(msg(locale, 'error.data', { problems: problemWords.describeProblems(problems, locale) }));
  }

  private parse(text: string): unknown {
    if (this.parsed?.text !== text) {
      try {
        this.parsed = { text, value: JSON.parse(text) };
      } catch (error) {
        // Kept, not shown: the reader is told where it breaks in our words (describeJsonError), never the engine's.
        this.parsed = { text, value: new BrokenJson(error) };
      }
    }
    return this.parsed.value;
  }
}

/** A script that is no JSON, and the engine's error saying where it breaks. */
class BrokenJson {
  constructor(readonly error: unknown) {}
}

const refused = <TData>(message: string): CheckedInput<TData> => ({ bundled: false, messages: [message] });
