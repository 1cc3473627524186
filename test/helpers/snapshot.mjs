// Pictures pinned as files (test/node/snapshots.test.mjs), after Observable Plot's
// test/plot.js: a drawing is written out once, stored, and every run compares today's
// drawing with it; a difference fails and is shown as the first line that differs.
// `npm run test:update` (UPDATE_SNAPSHOTS=1) rewrites the files, on purpose only.

/** Whether this run rewrites the stored files instead of comparing with them. */
export const UPDATING = process.env.UPDATE_SNAPSHOTS === '1';

/**
 * Machine-written XML (the server's SVG: every attribute quoted, no DOCTYPE, no CDATA)
 * set out one element per line, indented by depth, so that a change reads as a changed
 * line in review. A `<text>`, and any element holding text (`<title>`, `<desc>`…), stays
 * on one line exactly as written: inside `<text>` the white space between `<tspan>`s is
 * drawn, so it must not be touched. Whitespace-only text between elements is dropped: SVG does not
 * draw it. Attributes are kept as they are, in their order.
 */
export function prettyXML(xml) {
  const tokens = xml.match(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/[^>]+>|<[^>]+>|[^<]+/g) ?? [];
  const lines = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const indent = '  '.repeat(depth);
    if (/^[^<]/.test(token)) {
      if (token.trim()) lines.push(indent + token.trim());
    } else if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<?') || token.startsWith('<!--') || token.endsWith('/>')) {
      lines.push(indent + token);
    } else {
      // An opening tag: a <text>, or an element holding text of its own, is written whole on this line.
      const { end, holdsText } = extent(tokens, i);
      if (holdsText || /^<text[\s>]/.test(token)) {
        lines.push(indent + tokens.slice(i, end + 1).join(''));
        i = end;
      } else {
        lines.push(indent + token);
        depth++;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Where the element opened at `tokens[open]` closes, and whether text that is not white
 * space stands directly in it (not only in its children).
 */
function extent(tokens, open) {
  let depth = 0;
  let holdsText = false;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.startsWith('<')) {
      if (depth === 1 && t.trim()) holdsText = true;
    } else if (t.startsWith('</')) {
      depth--;
      if (depth === 0) return { end: i, holdsText };
    } else if (!(t.startsWith('<?') || t.startsWith('<!--') || t.endsWith('/>'))) depth++;
  }
  return { end: tokens.length - 1, holdsText: false };
}

/**
 * Numbers inside tags (coordinates, path data, data-value) rounded to `digits` decimals:
 * 116.23227272727274 reads as 116.23, and a change of a hundredth of a pixel, invisible,
 * is not a change of picture. Text between tags is left as it is.
 */
export function roundNumbers(xml, digits = 2) {
  const scale = 10 ** digits;
  return xml.replace(/<[^>]+>/g, (tag) =>
    tag.replace(new RegExp(`\\d+\\.\\d{${digits + 1},}`, 'g'), (n) => String(Math.round(Number(n) * scale) / scale)),
  );
}

/** The markup without the white space between tags: what `prettyXML` may change, and nothing else. */
export const squashed = (xml) => xml.replace(/>\s+</g, '><').trim();

/**
 * The first line where `actual` differs from `expected` (1-based), with both lines, or
 * undefined when they are equal.
 */
export function firstDifference(expected, actual) {
  if (expected === actual) return undefined;
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? '(end of file)', actual: b[i] ?? '(end of file)' };
  }
  return undefined;
}

/** A line for a failure message: at most `max` characters around where the two lines part. */
export function clip(line, other, max = 160) {
  if (line.length <= max) return line;
  let at = 0;
  while (at < line.length && line[at] === other[at]) at++;
  const from = Math.max(0, Math.min(at - 40, line.length - max));
  return `${from > 0 ? '…' : ''}${line.slice(from, from + max)}${from + max < line.length ? '…' : ''}`;
}
