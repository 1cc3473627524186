import { estimateTextWidth, wrapText } from './text-width.js';

/**
 * Sets `items` one after another with `separator` between them, breaking lines only
 * between items ("新一代信息技术" never splits across lines); an item wider than a
 * line on its own is wrapped by itself.
 */
export function flowItems(items: readonly string[], fontSize: number, maxWidth: number, separator = ' · '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line ? line + separator + item : item;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    // The line break stands in for the separator: a trailing "·" could overflow the line.
    if (line) lines.push(line);
    if (estimateTextWidth(item, fontSize) <= maxWidth) line = item;
    else {
      const wrapped = wrapText(item, fontSize, maxWidth);
      lines.push(...wrapped.slice(0, -1));
      line = wrapped[wrapped.length - 1] ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}
