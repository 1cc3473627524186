import { wrapText } from './text-width.js';

/** Closing marks a Chinese line may not start with (kinsoku): "）" or "，" alone on a line reads as a typo. */
const NO_LINE_START = /^[）)」』》〉】〕，。、；：！？,.;:!?%…]/u;

/**
 * `wrapText`, then the Chinese line-start rule: when a line would start with a closing
 * mark, the last character of the line before moves down with it. Lines only get
 * shorter, so nothing crosses `maxWidth`.
 */
export function wrapLines(text: string, fontSize: number, maxWidth: number): string[] {
  const lines = wrapText(text, fontSize, maxWidth);
  for (let i = 1; i < lines.length; i++) {
    const previous = [...lines[i - 1]];
    if (!NO_LINE_START.test(lines[i]) || previous.length < 2 || /\s$/.test(lines[i - 1])) continue;
    const moved = previous.pop()!;
    lines[i - 1] = previous.join('');
    lines[i] = moved + lines[i];
  }
  return lines;
}
