// The view of <key-figure>: the drawing's geometry and every sentence around it, for one
// language and width. A pure function of the figures: the element resolves `figure` and
// `compare` (or the reader's data) and calls it.
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatChange } from '../../format/number.js';
import { layoutKeyFigure, type KeyFigureLayout } from '../../layout/key-figure.js';
import { figureColumns } from '../base/frame-parts.js';
import type { FrameView } from '../base/view.js';
import { aboutLine, changeSentence, compareTitle, contextLine, valueText, type DatasetFigure } from './key-figure.words.js';

export interface KeyFigureView extends FrameView {
  geometry: KeyFigureLayout;
  /** Each figure's value as the reader writes it ("4022.5亿元", "1万亿元", "千亿级"). */
  texts: string[];
  /** Each figure's date in the reader's words. */
  captions: string[];
  values: number[];
}

export interface KeyFigureViewContext {
  width: number;
  locale: Locale;
  /** True when the figures are the article's: they are credited to it and get its context. */
  bundled: boolean;
}

/** Geometry and words of <key-figure>: one figure large, or two on one scale from zero. */
export function keyFigureView(figures: DatasetFigure[], { width, locale, bundled }: KeyFigureViewContext): KeyFigureView {
  const texts = figures.map((f) => valueText(f, locale));
  const captions = figures.map((f) => formatDate(f.date, locale));
  const labels = figures.map((f) => labelText(f.label, locale));
  const [a, b] = figures;
  const rawChange = b && a.value !== 0 ? ((b.value - a.value) / Math.abs(a.value)) * 100 : undefined;
  const change = rawChange === undefined ? undefined : formatChange(rawChange, locale);
  const context = b ? undefined : contextLine(a, captions[0], locale, bundled);
  const geometry = layoutKeyFigure(
    figures.map((f, i) => ({ value: f.value, text: texts[i], caption: b || context?.caption ? captions[i] : '' })),
    { width },
  );
  // A figure whose date would mislead beside it (1万亿元, 5年 · 2017–2024) is read out with its context instead.
  const undated = !b && bundled && !context!.caption;
  const description = b
    ? msg(locale, 'key-figure.compare-description', { labelA: labels[0], a: texts[0], dateA: captions[0], labelB: labels[1], b: texts[1], dateB: captions[1], change: change ?? '–' })
    : undated
      ? msg(locale, 'key-figure.description-undated', { label: labels[0], value: texts[0], context: context!.text })
      : msg(locale, 'key-figure.description', { label: labels[0], value: texts[0], date: captions[0] });
  const dates: [string, string] = [captions[0], captions[1] ?? ''];
  return {
    title: b ? compareTitle([a, b], dates, locale) : labels[0],
    takeaway: b
      ? change === undefined
        ? msg(locale, 'key-figure.compare-no-change')
        : changeSentence([a, b], dates, formatChange(Math.abs(rawChange!), locale).replace(/^\+/, ''), locale)
      : context!.text,
    description,
    width: geometry.width,
    height: geometry.height,
    geometry,
    texts,
    captions,
    values: figures.map((f) => f.value),
    marks: figures.map((f, i) => ({
      label: msg(locale, undated ? 'key-figure.mark-undated' : 'key-figure.mark', { label: labels[i], value: texts[i], date: captions[i], quote: f.quote ?? '' }).trim(),
      ...markPoint(geometry, i),
    })),
    table: () => ({
      columns: figureColumns(locale),
      rows: [
        ...figures.map((f, i) => [{ text: labels[i] }, { text: texts[i], value: f.value, figure: f.id }, { text: captions[i] }, { text: f.quote ?? '' }]),
        ...(change ? [[{ text: msg(locale, 'column.change') }, { text: change }, { text: `${captions[0]} → ${captions[1]}` }, { text: '' }]] : []),
      ],
    }),
    about: [
      ...(change ? [msg(locale, 'derived.note')] : []),
      ...figures.flatMap((f) => aboutLine(f, locale, bundled) ?? []),
    ],
    source: bundled ? undefined : sourceLine(figures, locale),
  };
}

/** A reader's figures are credited to the source their data names, or to none. */
function sourceLine(figures: FigureInput[], locale: Locale): string | null {
  const sources = [...new Set(figures.flatMap((f) => (f.source === undefined ? [] : [typeof f.source === 'string' ? f.source : labelText(f.source, locale)])))];
  if (!sources.length) return null;
  return msg(locale, 'source.prefix') + sources.join(locale.script === 'en' ? '; ' : '；');
}

function markPoint(geometry: KeyFigureLayout, i: number): { x: number; y: number } {
  if (geometry.number) return { x: geometry.number.x + 12, y: geometry.number.y - geometry.number.fontSize / 2 };
  const bar = geometry.bars[i];
  return { x: bar.width, y: bar.y + bar.height / 2 };
}
