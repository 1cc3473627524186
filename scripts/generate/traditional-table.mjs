// The Traditional text of our own strings, shipped as a character table instead of a
// second copy of every string: OpenCC (cn → hk) converts each Simplified string at
// build time, and the table records which character became which. Chinese text does
// not shrink under gzip the way English does, so a duplicate Traditional catalogue
// costs almost as much as the Simplified one; the table costs one pair per character.
//
// The table is not a converter: it only knows the characters of the strings it was
// built from, and every one of those strings is checked to come out exactly as
// OpenCC wrote it. Where a character converts differently in different strings
// (OpenCC's phrase rules), the whole string is kept as an exception.

/**
 * @param {string[]} strings the Simplified strings the runtime will convert
 * @param {(text: string) => string} toHant the build-time converter (OpenCC)
 * @returns {{ simplified: string, traditional: string, exceptions: Record<string, string> }}
 */
export function traditionalTable(strings, toHant) {
  const unique = [...new Set(strings)].sort();
  const converted = unique.map((text) => [text, toHant(text)]);
  const votes = new Map();
  for (const [text, hant] of converted) {
    const from = [...text];
    const to = [...hant];
    if (from.length !== to.length) continue;
    from.forEach((char, i) => {
      const tally = votes.get(char) ?? new Map();
      tally.set(to[i], (tally.get(to[i]) ?? 0) + 1);
      votes.set(char, tally);
    });
  }
  const table = new Map();
  for (const [char, tally] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The most frequent rendering wins; ties go to the first in code-point order, so the build is stable.
    const [best] = [...tally].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0];
    if (best !== char) table.set(char, best);
  }
  const apply = (text) => [...text].map((char) => table.get(char) ?? char).join('');
  const exceptions = Object.fromEntries(converted.filter(([text, hant]) => apply(text) !== hant));
  return { simplified: [...table.keys()].join(''), traditional: [...table.values()].join(''), exceptions };
}

/**
 * What a second region's table changes in the first: the characters it maps otherwise (a
 * character the first converts and the second keeps maps to itself) and its own whole
 * strings. The runtime lays these over the first table, so Taiwan costs only its differences.
 * @param {{ simplified: string, traditional: string }} base the first region's table
 * @param {{ simplified: string, traditional: string, exceptions: Record<string, string> }} region the second's
 */
export function regionalDifferences(base, region) {
  const mapOf = ({ simplified, traditional }) => new Map([...simplified].map((c, i) => [c, [...traditional][i]]));
  const from = mapOf(base);
  const to = mapOf(region);
  const chars = [...new Set([...from.keys(), ...to.keys()])].sort().filter((c) => (from.get(c) ?? c) !== (to.get(c) ?? c));
  return {
    simplified: chars.join(''),
    traditional: chars.map((c) => to.get(c) ?? c).join(''),
    exceptions: region.exceptions,
  };
}
