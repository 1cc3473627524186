/** The Traditional written standards we convert to: Hong Kong's and Taiwan's. */
export type Region = 'hk' | 'tw';

const pairs = (from: string, to: string): [string, string][] => {
  const targets = [...to];
  return [...from].map((char, i) => [char, targets[i]]);
};

type Tables = { chars: Record<Region, Map<string, string>>; whole: Record<Region, Map<string, string>> };
let tables: Tables | undefined;
let loading: Promise<void> | undefined;

/**
 * Fetches the character table (a chunk of its own: only Traditional readers need it). Until it
 * is in, {@link toTraditional} returns its input; a widget waits for it before drawing in
 * Traditional (`languageReady` in messages.ts), and the one-file bundle carries it inline.
 */
export function loadTraditional(): Promise<void> {
  loading ??= import('../generated/traditional.js').then(({ exceptions, simplified, taiwanExceptions, taiwanSimplified, taiwanTraditional, traditional }) => {
    const hongKong = new Map(pairs(simplified, traditional));
    // Taiwan's table is Hong Kong's with the characters Taiwan writes otherwise (説 → 說, 羣 → 群).
    const taiwan = new Map([...hongKong, ...pairs(taiwanSimplified, taiwanTraditional)]);
    // Maps, not the objects: a string such as "constructor" must not find Object.prototype's.
    tables = {
      chars: { hk: hongKong, tw: taiwan },
      whole: { hk: new Map(Object.entries(exceptions)), tw: new Map(Object.entries(taiwanExceptions)) },
    };
  });
  return loading;
}

/** Whether {@link toTraditional} can convert yet. */
export const traditionalLoaded = (): boolean => tables !== undefined;

/**
 * The Traditional text of one of our own Simplified strings — a message or a bundled label —
 * in Hong Kong's or Taiwan's standard. The build made both tables from exactly these strings
 * and checked each against OpenCC (each region's own table), so for them the result is
 * OpenCC's. It is not a general converter: characters it was not built from pass through,
 * which is why user data never goes through it (a user label without `zh-Hant` shows its
 * Simplified text instead). Before {@link loadTraditional} has finished it returns `text` as is.
 */
export function toTraditional(text: string, region: Region = 'hk'): string {
  if (!tables) return text;
  const table = tables.chars[region];
  return tables.whole[region].get(text) ?? Array.from(text, (char) => table.get(char) ?? char).join('');
}

/** The region whose standard a Traditional locale reads: Taiwan for zh-TW, else Hong Kong. */
export const regionOf = (tag: string): Region => (/-tw\b/i.test(tag) ? 'tw' : 'hk');
