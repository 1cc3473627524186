import { estimateTextWidth, wrapText, type TextStyle } from './text-width.js';

/** Lines of text set from `y`, the first line's baseline, one `lineHeight` apart. */
export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
  lineHeight: number;
  /** The widest line's estimated width. */
  width: number;
  /** From the top of the first line to the bottom of the last. */
  height: number;
}

/** Where a line's baseline sits in its line box, for a CJK or Latin face of `fontSize`. */
export function baselineIn(lineHeight: number, fontSize: number): number {
  return lineHeight / 2 + fontSize * 0.35;
}

/** A text cut after each Chinese comma or stop, the punctuation kept with what it ends. */
const phrasesOf = (text: string): string[] => text.match(/[^、，。：；]+[、，。：；]*|[、，。：；]+/g) ?? [];

/**
 * Like `wrapText`, but a Chinese text breaks after its enumeration commas and stops
 * (、，。：；) where it can, so "先进制造与自动化" is not cut into "先进制造与自 / 动化";
 * a phrase wider than the line still breaks between characters.
 */
export function wrapPhrases(text: string, fontSize: number, maxWidth: number, style: TextStyle = {}): string[] {
  const phrases = phrasesOf(text);
  const fits = (s: string) => estimateTextWidth(s.trimEnd(), fontSize, style) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases) {
    if (fits(line + phrase)) {
      line += phrase;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const parts = fits(phrase) ? [phrase] : wrapText(phrase, fontSize, maxWidth, style);
    lines.push(...parts.slice(0, -1));
    line = parts[parts.length - 1] ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The narrowest width that still sets `text` in as few lines as `maxWidth` does, so a
 * wrapped note ends in a full line rather than one orphaned character.
 */
function balancedWidth(text: string, fontSize: number, maxWidth: number, style: TextStyle): number {
  const count = wrapPhrases(text, fontSize, maxWidth, style).length;
  if (count < 2) return maxWidth;
  // Never narrower than the widest phrase that fits: balance must not cut a phrase.
  const phrases = phrasesOf(text).map((p) => estimateTextWidth(p.trimEnd(), fontSize, style));
  const floor = Math.max(maxWidth / count, ...phrases.filter((w) => w <= maxWidth));
  if (wrapPhrases(text, fontSize, floor, style).length === count) return floor;
  let low = floor;
  let high = maxWidth;
  for (let step = 0; step < 10; step++) {
    const mid = (low + high) / 2;
    if (wrapPhrases(text, fontSize, mid, style).length > count) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * `text` wrapped to `maxWidth` and set with its top at `top`: the unit headings, notes
 * and labels are all built from. Empty text takes no height. `balance` evens out the
 * lines of a note; `style` says whether the block is set bold.
 */
export function textBlock(
  text: string,
  x: number,
  top: number,
  maxWidth: number,
  fontSize: number,
  lineHeight = Math.round(fontSize * 1.4),
  balance = false,
  style: TextStyle = {},
): TextBlock {
  const width = Math.max(fontSize, maxWidth);
  const lines = text ? wrapPhrases(text, fontSize, balance ? balancedWidth(text, fontSize, width, style) : width, style) : [];
  return {
    x,
    y: top + baselineIn(lineHeight, fontSize),
    lines,
    lineHeight,
    width: Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize, style))),
    height: lines.length * lineHeight,
  };
}
