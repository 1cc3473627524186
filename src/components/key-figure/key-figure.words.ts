// The words of <key-figure> that are more than a message: a value as the article writes it,
// a label without its year (to name a span), and the line of context under the title.
import { figureSection } from '../../data/figure-sections.js';
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber, formatYuanInWords } from '../../format/number.js';
import { formatFigureValue, unitName } from '../../format/units.js';

/** A figure as <key-figure> draws it: a reader's, or the bundled dataset's. */
export type DatasetFigure = FigureInput;

/**
 * The value as the article writes it. Beyond `formatFigureValue`: Chinese money of 1万亿
 * or more in 万亿 (1万亿元, never 10000亿元), a scale class as a class (千亿级, "the
 * 100-billion-yuan class", never an amount), and a doubling as ×2 in English (a target
 * reads as a target, not as "doubled").
 */
export function valueText(f: FigureInput, locale: Locale): string {
  const en = locale.script === 'en';
  if (isScaleClass(f)) {
    // 千亿级 / "100-billion-yuan class": the article's own word in Chinese.
    const amount = en ? hyphenated(formatYuanInWords(f.value * 1e8, locale)) : `${f.literal}${msg(locale, 'unit.yi-yuan').replace(msg(locale, 'unit.yuan'), '')}`;
    return msg(locale, 'key-figure.class', { amount });
  }
  if (en && f.unit === '番' && !f.ordinal) return `×${formatNumber(2 ** f.value, locale)}`;
  const text = formatFigureValue(f, locale);
  if (en || f.unit !== '亿元' || Math.abs(f.value) < 1e4 || f.ordinal) return text;
  // "10000亿元" → "1万亿元"; a hedge stays where Chinese puts it ("超1万亿元", "1万多亿元").
  const wan = msg(locale, 'unit.wan-yi-yuan').replace(unitName('亿元', locale), '');
  return text.replace(formatNumber(f.value, locale, 4), `${formatNumber(f.value / 1e4, locale, 4)}${wan}`);
}

/** "千亿级产业集群": the article names a class of size, not an amount. */
export function isScaleClass(f: FigureInput): boolean {
  return f.unit === '亿元' && !!f.literal && !!f.quote?.includes(`${f.literal}亿级`);
}

const hyphenated = (words: string) => words.replace(/ /g, '-');

/**
 * A label without the year it names, so two figures of one series share a title:
 * "江海区高新技术企业存量（2021年）" and "High-tech enterprises in Jianghai, 2021" lose their year.
 */
export function labelStem(label: string, date: string): string {
  const year = date.slice(0, 4);
  if (!/^\d{4}$/.test(year)) return label;
  const patterns = [`[（(]${year}年?[）)]`, `,\\s*${year}\\b`, `\\s+in\\s+${year}\\b`, `${year}年`, `\\s+${year}\\b`];
  for (const pattern of patterns) {
    const stem = label.replace(new RegExp(pattern), '').trim();
    if (stem !== label.trim() && stem) return stem;
  }
  return label;
}

/** Two figures are one series over time when, their years set aside, their labels are the same. */
export function isSeries([a, b]: [FigureInput, FigureInput], locale: Locale): boolean {
  return a.date !== b.date && labelStem(labelText(a.label, locale), a.date) === labelStem(labelText(b.label, locale), b.date);
}

/** The title of two figures: one series over its span ("…，2021年至2023年"), or two things side by side. */
export function compareTitle(figures: [FigureInput, FigureInput], dates: [string, string], locale: Locale): string {
  const [a, b] = figures;
  if (isSeries(figures, locale)) return msg(locale, 'key-figure.compare-title', { label: labelStem(labelText(a.label, locale), a.date), from: dates[0], to: dates[1] });
  return msg(locale, 'key-figure.compare-title-two', { a: labelText(a.label, locale), b: labelText(b.label, locale) });
}

/** The one sentence under a comparison's title: the change in words, marked as derived. */
export function changeSentence(figures: [FigureInput, FigureInput], dates: [string, string], change: string, locale: Locale): string {
  const [a, b] = figures;
  const direction = b.value === a.value ? 'same' : b.value > a.value ? 'up' : 'down';
  const key = `key-figure.change.${isSeries(figures, locale) ? 'time' : 'pair'}.${direction}` as MessageKey;
  return msg(locale, key, { from: dates[0], to: dates[1], change });
}

/**
 * Figures whose date would mislead beside the number: a threshold or a target dated by the
 * article's month (1万亿元 · 2024年6月 reads as reached; 1小时 · 2024年6月 as measured), and a span beside a duration it
 * does not equal (5年 · 2017–2024年6月). Their line of context says when instead.
 */
const NO_DATE_BESIDE = new Set([
  'trillion-gdp-threshold',
  'jiangmen-gdp-doubling-years',
  'jiangmen-gdp-doubling-target',
  'dongguan-decade-years',
  'hymson-jiangmen-growth-years',
  'hymson-jiangmen-output-growth',
  'shenzhong-cluster-scale',
  'shenzhen-jiangmen-one-hour-circle',
]);

/**
 * The line of context under a single figure's title: what the article says around the
 * number, never the number again. The dataset's headline figures have their own line; the
 * others, their section's; a reader's own figure, its date. `caption`: whether the date
 * goes under the number (not when the line already gives it, nor where it would mislead).
 */
export function contextLine(f: DatasetFigure, date: string, locale: Locale, bundled: boolean): { text: string; caption: boolean } {
  const beside = !(bundled && f.id && NO_DATE_BESIDE.has(f.id));
  const own = bundled && f.id ? lookup(locale, `key-figure.context.${f.id}`) : undefined;
  const section = bundled && f.id ? lookup(locale, `key-figure.section.${figureSection(f.id)}`) : undefined;
  if (own ?? section) return { text: (own ?? section)!, caption: beside };
  return { text: msg(locale, 'key-figure.dated', { date }), caption: false };
}

/** What the "About the data" disclosure says of a bundled figure: a doubt the article leaves open. */
export function aboutLine(f: FigureInput, locale: Locale, bundled: boolean): string | undefined {
  return bundled && f.id ? lookup(locale, `key-figure.about.${f.id}`) : undefined;
}

/** A message that may not exist: `msg` answers an unknown key with the key itself. */
function lookup(locale: Locale, key: string): string | undefined {
  const text = msg(locale, key as MessageKey);
  return text === key ? undefined : text;
}
