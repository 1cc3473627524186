import { BOLD, estimateTextWidth, wrapText } from './text-width.js';
import { LABEL_LINE, LABEL_SIZE, SMALL_LINE, SMALL_SIZE, VALUE_GAP, baseline, textBox, type PlacedText, type TextRole } from './placed-text.js';

/** Radius of an event's dot; a bar is as wide as its diameter. */
export const MARK_RADIUS = 5;

/** Below this room the name of a figure no longer starts beside its value but under it. */
const MIN_RUN_IN = 72;

/** The cities an event can belong to: each has its colour in every widget. */
export type Place = 'jiangmen' | 'zhongshan' | 'shenzhen' | 'dongguan';

/** The words of one event. `date` is set only where no date column or heading stands beside them. */
export interface EventWords {
  date?: string;
  label: string;
  /** The event's city in the reader's language ("江门"): set bold in the city's colour before the label, so colour is never alone. */
  tag?: string;
  figures: readonly { value: string; label: string }[];
}

/** A line of an event's words; the first line of a tagged label carries the city as its `lead`. */
export interface TimelineText extends PlacedText {
  /** The lead is the label's own first word (江门市委…): set without a gap. */
  joined?: boolean;
}

/**
 * An event's words set from (`x`, `top`) within `maxWidth`: its date, its label (led by its
 * city), then each figure the article prints about it, the value first and its name running
 * on after it ("1万平方米 江门招商团队提供给海目星的厂房面积"), so a number never stands alone.
 */
export function eventText(words: EventWords, x: number, top: number, maxWidth: number): { texts: TimelineText[]; width: number; height: number } {
  const texts: TimelineText[] = [];
  let y = top;
  const lines = (text: string, size: number, lineHeight: number, role: TextRole, width = maxWidth) => {
    const wrapped = wrapText(text, size, width);
    wrapped.forEach((line, i) => texts.push({ x, y: baseline(y + i * lineHeight, lineHeight, size), text: line, role, size }));
    return wrapped.length * lineHeight;
  };
  if (words.date) y += lines(words.date, SMALL_SIZE, SMALL_LINE, 'date');
  const first = texts.length;
  const tag = words.tag?.trim();
  // A label that begins with its city's name shows that name as the tag; any other is led by it.
  const embedded = Boolean(tag && words.label.startsWith(tag));
  // 江门市委… reads on without a gap; "Dongguan becomes…" keeps its space.
  const joined = embedded && !/^\s/.test(words.label.slice(tag!.length));
  const label = tag && !embedded ? `${tag} ${words.label}` : words.label;
  // The full measure: a narrower, 'balanced' one would have to cut a name wider than itself.
  y += lines(label, LABEL_SIZE, LABEL_LINE, 'label');
  if (tag && texts[first]?.text.startsWith(tag)) {
    texts[first] = { ...texts[first], lead: tag, text: texts[first].text.slice(tag.length).trimStart(), joined };
  }
  words.figures.forEach((f, i) => {
    // The value runs in before its name, in the same <text>: the browser sets them side by
    // side, so however the value's width is misjudged they cannot overlap.
    const room = maxWidth - estimateTextWidth(f.value, SMALL_SIZE, BOLD) - VALUE_GAP;
    const name = f.label.trim();
    const head = room >= MIN_RUN_IN ? (wrapText(name, SMALL_SIZE, room)[0] ?? '') : '';
    const more = wrapText(name.slice(head.length).trim(), SMALL_SIZE, maxWidth);
    texts.push({ x, y: baseline(y, SMALL_LINE, SMALL_SIZE), lead: f.value, text: head, role: 'figure', size: SMALL_SIZE, figure: i });
    y += SMALL_LINE;
    for (const line of more) {
      texts.push({ x, y: baseline(y, SMALL_LINE, SMALL_SIZE), text: line, role: 'figure', size: SMALL_SIZE, figure: i });
      y += SMALL_LINE;
    }
  });
  const width = Math.max(0, ...texts.map((t) => textBox(t).x1 - x));
  return { texts, width, height: y - top };
}
