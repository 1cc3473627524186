import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import { LABEL_LINE, LABEL_SIZE, SMALL_LINE, SMALL_SIZE, VALUE_GAP, baseline, textBox, type PlacedText, type TextRole } from './placed-text.js';

/** Below this room the name of a figure no longer starts beside its value but under it. */
const MIN_RUN_IN = 72;

/** The words of one event. `date` is set only where no date column stands beside them. */
export interface EventWords {
  date?: string;
  label: string;
  figures: readonly { value: string; label: string }[];
}

/**
 * An event's words set from (`x`, `top`) within `maxWidth`: its date, its label, then
 * each figure the article prints about it, the value first and its name running on after
 * it ("1万平方米 江门招商团队提供给海目星的厂房面积"), so a number never stands alone.
 */
export function eventText(words: EventWords, x: number, top: number, maxWidth: number): { texts: PlacedText[]; width: number; height: number } {
  const texts: PlacedText[] = [];
  let y = top;
  const lines = (text: string, size: number, lineHeight: number, role: TextRole, width = maxWidth) => {
    const wrapped = wrapText(text, size, width);
    wrapped.forEach((line, i) => texts.push({ x, y: baseline(y + i * lineHeight, lineHeight, size), text: line, role, size }));
    return wrapped.length * lineHeight;
  };
  if (words.date) y += lines(words.date, SMALL_SIZE, SMALL_LINE, 'date');
  y += lines(words.label, LABEL_SIZE, LABEL_LINE, 'label', balancedWidth(words.label, LABEL_SIZE, maxWidth));
  words.figures.forEach((f, i) => {
    // The value runs in before its name, in the same <text>: the browser sets them side by
    // side, so however the value's width is misjudged they cannot overlap.
    const room = maxWidth - estimateTextWidth(f.value, SMALL_SIZE, BOLD) - VALUE_GAP;
    const name = f.label.trim();
    const first = room >= MIN_RUN_IN ? (wrapText(name, SMALL_SIZE, room)[0] ?? '') : '';
    const more = wrapText(name.slice(first.length).trim(), SMALL_SIZE, maxWidth);
    texts.push({ x, y: baseline(y, SMALL_LINE, SMALL_SIZE), lead: f.value, text: first, role: 'figure', size: SMALL_SIZE, figure: i });
    y += SMALL_LINE;
    for (const line of more) {
      texts.push({ x, y: baseline(y, SMALL_LINE, SMALL_SIZE), text: line, role: 'figure', size: SMALL_SIZE, figure: i });
      y += SMALL_LINE;
    }
  });
  const width = Math.max(0, ...texts.map((t) => textBox(t).x1 - x));
  return { texts, width, height: y - top };
}

/**
 * The narrowest width that wraps `text` into as few lines as `maxWidth` does, so a label
 * breaks into lines of even length rather than leaving one character on the last.
 */
export function balancedWidth(text: string, size: number, maxWidth: number): number {
  const count = wrapText(text, size, maxWidth).length;
  if (count <= 1) return maxWidth;
  for (let width = estimateTextWidth(text, size) / count; width < maxWidth; width += size / 2) {
    if (wrapText(text, size, width).length === count) return width;
  }
  return maxWidth;
}

