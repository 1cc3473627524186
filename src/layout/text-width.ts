import { lineUnits } from './line-units.js';

/** How a text is set, as far as its width goes. */
export interface TextStyle {
  /** Set bold (`font-weight` 600 or 700): Latin letters and digits run wider, CJK glyphs do not. */
  bold?: boolean;
}

/** Text set bold (titles, values, chip words): pass it wherever a width is estimated or text is wrapped. */
export const BOLD: TextStyle = { bold: true };

// Advances in em, [regular, bold], per class of character. Measured in Chromium (canvas
// `measureText`) in the faces these widgets fall back to where no PingFang or YaHei is
// installed: Noto Sans CJK SC for Chinese, DejaVu Sans (system-ui) for English; each
// class takes the wider face. Letters are averaged by how often they occur in the widgets'
// English text: lowercase DejaVu Sans 0.55 em, Bold 0.62 em; capitals 0.63 and 0.71 em.
// The estimate sits about a tenth above those averages, since one word of m's and w's
// (“modern theme”) runs wider than the average. Digits are tabular, every one alike:
// 0.64 em regular, 0.70 em bold. Bold sets Latin 10–15 % wider than regular, and a CJK
// face keeps every glyph (bold or not) one em: bold is a table of its own, not a factor.
const WIDE = [1, 1] as const;
const NARROW = [0.32, 0.38] as const;
const SYMBOL = [1, 1] as const;
const CAPITAL = [0.72, 0.8] as const;
const DIGIT = [0.64, 0.7] as const;
const OTHER = [0.6, 0.68] as const;

function advance(char: string): readonly [number, number] {
  const code = char.codePointAt(0) ?? 0;
  // A CJK face sets these one em wide: curly quotes, dashes and the middle dot (“村BA”,
  // 中国人寿·广发), × (30×), arrows (↓ 第2级) and mathematical signs (∝, ≈).
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) || code === 0xb7 || code === 0xd7 || (code >= 0x2190 && code <= 0x22ff)) return WIDE;
  if (char === ' ' || char === '.' || char === ',' || char === ':' || char === ';') return NARROW;
  // % and @ are nearly an em in both faces (0.92–1.0 em), & nearly as wide.
  if (char === '%' || char === '@' || char === '&') return SYMBOL;
  if (char >= 'A' && char <= 'Z') return CAPITAL;
  if (char >= '0' && char <= '9') return DIGIT;
  return OTHER;
}

/**
 * An estimate of how wide `text` sets at `fontSize` px, without a DOM: CJK glyphs (and the
 * punctuation a CJK face sets full width) are one em, Latin letters and digits about 0.6 em,
 * wider in bold (`style.bold`). Layout runs in Node too, so it cannot measure; erring wide
 * keeps labels from colliding.
 */
export function estimateTextWidth(text: string, fontSize: number, style: TextStyle = {}): number {
  const weight = style.bold ? 1 : 0;
  let ems = 0;
  for (const char of text) ems += advance(char)[weight];
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
 * words for Chinese (`lineUnits`: the dataset's names whole, numbers with their units),
 * keeping the Chinese line-breaking rules: where a break would break one, the character
 * before it moves down and the rest is wrapped again, so no line grows past `maxWidth`
 * (measured in `style`: bold lines break sooner). A last line of one lone character takes
 * the word before it along when that still fits.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, style: TextStyle = {}): string[] {
  const lines = breakLines(text, fontSize, maxWidth, style);
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
    if (moved) lines.splice(i + 1, lines.length, ...breakLines(lines.slice(i + 1).reduce(joinLines), fontSize, maxWidth, style));
  }
  return withoutOrphan(lines, fontSize, maxWidth, style);
}

/** One CJK character (and its punctuation) alone on the last line. */
const isOrphan = (line: string) => /^[\u3400-\u9fff][^\u3400-\u9fff\w]*$/.test(line);

/** Moves the previous line's last unit down beside an orphaned last character, if the line then still fits. */
function withoutOrphan(lines: string[], fontSize: number, maxWidth: number, style: TextStyle): string[] {
  const last = lines.at(-1);
  if (lines.length < 2 || last === undefined || !isOrphan(last)) return lines;
  const units = lineUnits(lines[lines.length - 2]);
  if (units.length < 2) return lines;
  const moved = units[units.length - 1] + last;
  if (estimateTextWidth(moved, fontSize, style) > maxWidth) return lines;
  return [...lines.slice(0, -2), units.slice(0, -1).join('').trimEnd(), moved];
}

/** Characters and Latin words: where a unit too wide for any line is cut, as a last resort. */
const pieces = (text: string): string[] => text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];

function breakLines(text: string, fontSize: number, maxWidth: number, style: TextStyle): string[] {
  const tokens = lineUnits(text).flatMap((unit) => (estimateTextWidth(unit.trimEnd(), fontSize, style) > maxWidth ? pieces(unit) : [unit]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && estimateTextWidth(candidate.trimEnd(), fontSize, style) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
