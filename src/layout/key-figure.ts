import { linearScale } from './linear-scale.js';
import { SPACE, TYPE } from './scale.js';
import { BOLD, estimateTextWidth, wrapText } from './text-width.js';

/** One number as the key-figure draws it: the value for the scale, the words for the reader. */
export interface KeyValue {
  value: number;
  text: string;
  caption: string;
}

export interface KeyFigureBar {
  y: number;
  width: number;
  height: number;
  captionY: number;
  valueX: number;
  valueY: number;
  /** Value label inside the bar's end when the bar is long enough to hold it. */
  valueInside: boolean;
}

export interface KeyFigureLayout {
  width: number;
  height: number;
  /** The single-figure case: one big number, on more than one line only when it must. */
  number?: { x: number; y: number; fontSize: number; lines: string[]; lineHeight: number; caption?: { y: number } };
  /** The comparison case: one bar per value on a shared scale from zero. */
  bars: KeyFigureBar[];
}

const BIG_MAX = 64;
const BIG_MIN = 24;
const BAR_HEIGHT = 28;
const ROW = 64;
const VALUE_FONT = TYPE.lead;
/** The date under the big number, set at the label size (the styles' `--_type-label`). */
const CAPTION_FONT = TYPE.label;

/**
 * Geometry for `<key-figure>`: the number as large as the width allows (it never
 * overflows at 280 px), or, with a comparison, bars from a common zero so 519 and 705
 * are seen in proportion.
 */
export function layoutKeyFigure(values: KeyValue[], { width }: { width: number }): KeyFigureLayout {
  if (values.length <= 1) {
    const text = values[0]?.text ?? '';
    const fit = width / Math.max(1, estimateTextWidth(text, 1, BOLD));
    const fontSize = Math.max(BIG_MIN, Math.min(BIG_MAX, Math.floor(fit)));
    const lines = fit < BIG_MIN ? wrapText(text, fontSize, width, BOLD) : [text];
    const lineHeight = Math.round(fontSize * 1.2);
    const numberHeight = Math.round(fontSize * 0.25) + lineHeight * lines.length;
    // The date sits under the number when there is one: a caption, not a second headline.
    const lastBaseline = Math.round(fontSize) + lineHeight * (lines.length - 1);
    const caption = values[0]?.caption ? { y: lastBaseline + Math.round(fontSize * 0.2) + SPACE.s + CAPTION_FONT } : undefined;
    return {
      width,
      height: caption ? caption.y + SPACE.xs : numberHeight,
      number: { x: 0, y: Math.round(fontSize), fontSize, lines, lineHeight, caption },
      bars: [],
    };
  }
  const max = Math.max(...values.map((v) => Math.abs(v.value)), 0) || 1;
  const x = linearScale([0, max], [0, width]);
  const bars = values.map((v, i): KeyFigureBar => {
    const barWidth = Math.max(2, x(Math.abs(v.value)));
    const textWidth = estimateTextWidth(v.text, VALUE_FONT, BOLD);
    const valueInside = barWidth > textWidth + SPACE.l;
    const y = i * ROW + 22;
    return {
      y,
      width: barWidth,
      height: BAR_HEIGHT,
      captionY: y - SPACE.s,
      valueX: valueInside ? barWidth - SPACE.s : Math.min(barWidth + SPACE.s, width - textWidth),
      valueY: y + BAR_HEIGHT / 2 + VALUE_FONT * 0.35,
      valueInside,
    };
  });
  return { width, height: values.length * ROW, bars };
}
