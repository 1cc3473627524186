/**
 * An estimate of how wide `text` sets at `fontSize` px, without a DOM: CJK glyphs (and the
 * punctuation a CJK face sets full width) are one em, Latin letters and digits about 0.6 em.
 * Layout runs in Node too, so it cannot measure; erring wide keeps labels from colliding.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Curly quotes, dashes and the middle dot (“村BA”, 中国人寿·广发) set one em wide in a CJK face.
    if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) || code === 0xb7) ems += 1;
    else if (char === ' ' || char === '.' || char === ',' || char === ':') ems += 0.32;
    else if (/[A-Z%@MW]/.test(char)) ems += 0.72;
    else ems += 0.6;
  }
  return ems * fontSize;
}

// Chinese line-breaking rules (禁则): no line ends on an opening mark, none starts with a
// closing mark or a comma, and no number is parted from its unit ("2017 | 年").
const OPENING = /[（《“‘「『【〔(]$/;
const CLOSING = /^[）》”’」』】〕)，。、：；！？,.:;!?%…]/;
const splitsNumber = (line: string, next: string) => /[\d.]$/.test(line) && /^[\u4e00-\u9fff]/.test(next);
const joinLines = (a: string, b: string) => (/[\w%]$/.test(a) && /^[\w(]/.test(b) ? `${a} ${b}` : a + b);

/**
 * Breaks `text` into lines no wider than `maxWidth`: at spaces for Latin text, between
 * any two CJK characters otherwise (Chinese has no spaces to break at), keeping the
 * Chinese line-breaking rules: where a break would break one, the character before it
 * moves down and the rest is wrapped again, so no line grows past `maxWidth`.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines = breakLines(text, fontSize, maxWidth);
  for (let i = 0; i < lines.length - 1; i++) {
    let moved = false;
    while (OPENING.test(lines[i]) || CLOSING.test(lines[i + 1]) || splitsNumber(lines[i], lines[i + 1])) {
      // A number or Latin word moves down whole: "（201 | 7年）" would be worse than the break.
      const tail = lines[i].match(/[\w.%]+$/)?.[0] ?? lines[i].slice(-1);
      if (tail.length >= lines[i].length) break;
      lines[i + 1] = tail + lines[i + 1];
      lines[i] = lines[i].slice(0, -tail.length);
      moved = true;
    }
    if (moved) lines.splice(i + 1, lines.length, ...breakLines(lines.slice(i + 1).reduce(joinLines), fontSize, maxWidth));
  }
  return lines;
}

function breakLines(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
