// The words of <gdp-path>: every sentence, tooltip and table row, from the layout's
// geometry and the data, in one language. Pure functions: the element only calls them.
import { labelText } from '../../data/dataset.js';
import { GDP_PATH_FIGURES, gdpPathFigure, type GdpPathData, type GdpPathParams } from '../../data/gdp-path-data.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatNumber, formatPercent, formatYear, formatYuanInWords } from '../../format/number.js';
import { formatFigureValue, formatYi } from '../../format/units.js';
import { HORIZON, type GdpPathLayout, type GdpPathMark } from '../../layout/gdp-path.js';
import type { DataTable, TableCell } from '../base/view.js';

/** A yearly rate (0.07) as the percent the reader sees (7): the table's and the slider's numbers. */
export const percent = (rate: number): number => rate * 100;

/** The parameters as drawn: the growth settled, the editor's (`growth`) or the plan's (derived). */
export interface DrawnParams extends GdpPathParams {
  rate: number;
  rateSource: 'growth' | 'plan';
}

/** Number words for one language: money in the article's units, rates, ticks. */
export function wordsFor(locale: Locale) {
  const en = locale.script === 'en';
  return {
    yi: (v: number) => formatYi(v, locale),
    // On the chart the axis names the unit: "804.5 billion", not "804.5 billion yuan".
    short: (v: number) => (en ? formatYuanInWords(v * 1e8, locale, 2) : formatYi(v, locale)),
    // Rates are fractions (0.07) everywhere in this widget; here they become the percent a reader reads.
    rate: (rate: number) => formatPercent(percent(rate), locale, 2, 1),
    // A rate some goal requires, rounded up: the rate shown must still meet the goal (9.5344%
    // shows as 9.54%, since 9.53% a year falls short of 1万亿 by 2033).
    required: (rate: number) => formatPercent(Math.ceil(percent(rate) * 100 - 1e-6) / 100, locale, 2, 1),
    // Ticks count 亿元 in Chinese and billions in English (4022.5亿 = 402.25 billion).
    tick: (v: number) => formatNumber(en ? v / 10 : v, locale),
    year: (y: number) => msg(locale, 'gdp-path.year', { year: formatYear(y) }),
  };
}

/** The scenario in one sentence: when the path doubles and meets the target at this growth, or that it does not. */
export function scenarioSentence(
  locale: Locale,
  { city, rate, growthText, target, year, doubled }: { city: string; rate: number; growthText?: string; target: number; year?: number; doubled?: number },
): string {
  const w = wordsFor(locale);
  const params = { city, growth: rate > 0 && growthText ? growthText : w.rate(Math.abs(rate)), target: w.yi(target), horizon: HORIZON, year: year === undefined ? '' : formatYear(year), doubled: doubled === undefined ? '' : formatYear(doubled) };
  if (rate === 0) return msg(locale, 'gdp-path.scenario.flat', params);
  if (rate < 0) return msg(locale, 'gdp-path.scenario.shrink', params);
  if (year === undefined) return msg(locale, 'gdp-path.scenario.beyond', params);
  // A target at or below the doubling is met first: the sentence names the target alone.
  if (doubled === undefined || doubled >= year) return msg(locale, 'gdp-path.scenario.target-only', params);
  // "迈入万亿GDP城市行列" is the article's phrase for exactly 1万亿元.
  return msg(locale, target === 10000 ? 'gdp-path.scenario.trillion' : 'gdp-path.scenario.reached', params);
}

/** The tooltip of one mark. */
export function markLabel(m: GdpPathMark, locale: Locale, growth: string, target: number): string {
  const w = wordsFor(locale);
  const year = formatYear(m.year);
  if (m.kind === 'actual') return msg(locale, 'gdp-path.mark.actual', { year, value: w.yi(m.value) });
  if (m.kind === 'end') return msg(locale, 'gdp-path.mark.end', { year, value: w.yi(m.value), target: w.yi(target) });
  if (m.kind === 'doubling') return msg(locale, 'gdp-path.mark.doubling', { year, value: w.yi(m.value), growth });
  const levels = m.levels.map(w.yi).join(msg(locale, 'gdp-path.list-separator'));
  return msg(locale, m.kind === 'target' ? 'gdp-path.mark.target' : 'gdp-path.mark.threshold', { year, levels, value: w.yi(m.value), growth });
}

/** Every number drawn, and every number derived, with where it comes from. */
export function gdpPathTable(
  data: GdpPathData,
  params: DrawnParams,
  geometry: GdpPathLayout,
  locale: Locale,
  bundled: boolean,
): DataTable {
  const w = wordsFor(locale);
  const { baseYear, baseValue, target, years, rate } = params;
  // The editor's growth is shown as given; the plan's is a required rate, rounded up.
  const given = params.rateSource === 'growth';
  const growthWords = given ? w.rate(rate) : w.required(rate);
  const { scenario } = geometry;
  const article = (id: string) => bundled && gdpPathFigure(id) !== undefined;
  // An article figure cites its quote; a number an attribute replaced says it was supplied.
  const basis = (id: string, used = true): TableCell => {
    const figure = gdpPathFigure(id);
    return article(id) && used && figure ? { text: msg(locale, 'gdp-path.basis.article', { quote: figure.quote }) } : { text: msg(locale, 'gdp-path.basis.data') };
  };
  const fromArticle = (id: string, value: number) => (article(id) && value === gdpPathFigure(id)?.value ? { figure: id } : {});
  const derived = (key: Parameters<typeof msg>[1], values: Record<string, string | number> = {}): TableCell => ({ text: msg(locale, key, values) });
  const yearCell = (year?: number, text?: string): TableCell => (year === undefined ? { text: text ?? '' } : { text: text ?? w.year(year), value: year });
  const rows: TableCell[][] = [];
  /** A row for one of the article's figures, in its own words; only with the bundled data. */
  const pushFigureRow = (id: string) => {
    const figure = gdpPathFigure(id);
    if (!article(id) || !figure) return;
    rows.push([{ text: labelText(figure.label, locale) }, { text: formatFigureValue(figure, locale), value: figure.value, figure: id }, yearCell(Number(figure.date.slice(0, 4))), basis(id)]);
  };
  const baseUsed = baseValue === data.baseValue && baseYear === data.baseYear;

  rows.push([
    { text: msg(locale, 'gdp-path.row.actual', { city: labelText(data.city, locale) }) },
    { text: w.yi(baseValue), value: baseValue, ...(baseUsed ? fromArticle(GDP_PATH_FIGURES.baseValue, baseValue) : {}) },
    yearCell(baseYear),
    basis(GDP_PATH_FIGURES.baseValue, baseUsed),
  ]);
  for (const point of scenario.series.slice(1)) {
    rows.push([
      { text: msg(locale, 'gdp-path.row.projected') },
      { text: w.yi(point.value), value: point.value },
      yearCell(point.year),
      derived('gdp-path.basis.projected', { base: w.yi(baseValue), growth: growthWords, n: point.year - baseYear }),
    ]);
  }
  for (const crossing of scenario.crossings) {
    const notReached = msg(locale, rate > 0 ? 'gdp-path.not-within' : 'gdp-path.never', { horizon: HORIZON });
    rows.push([
      { text: msg(locale, crossing.isTarget ? 'gdp-path.row.target' : 'gdp-path.row.threshold', { value: w.yi(crossing.value) }) },
      { text: w.yi(crossing.value), value: crossing.value, ...(crossing.isTarget ? fromArticle(GDP_PATH_FIGURES.target, target) : {}) },
      yearCell(crossing.year, crossing.year === undefined ? notReached : undefined),
      derived('gdp-path.basis.derived'),
    ]);
  }
  rows.push([
    { text: msg(locale, 'gdp-path.row.doubling') },
    { text: w.yi(scenario.doubling), value: scenario.doubling },
    yearCell(scenario.planYear, msg(locale, 'gdp-path.about-year', { year: formatYear(scenario.planYear) })),
    derived('gdp-path.basis.doubling', { base: w.yi(baseValue) }),
  ]);
  // Where the drawn path meets the doubling level, when the growth drawn is not the plan's.
  if (scenario.doublingYear !== undefined && scenario.doublingYear !== scenario.planYear) {
    rows.push([
      { text: msg(locale, 'gdp-path.row.doubling-drawn') },
      { text: w.yi(scenario.doubling), value: scenario.doubling },
      yearCell(scenario.doublingYear, msg(locale, 'gdp-path.about-year', { year: formatYear(scenario.doublingYear) })),
      derived('gdp-path.basis.derived'),
    ]);
  }
  const yearsFigure = gdpPathFigure(GDP_PATH_FIGURES.years);
  rows.push([
    { text: msg(locale, 'gdp-path.row.plan-years') },
    {
      text: article(GDP_PATH_FIGURES.years) && years === yearsFigure?.value ? formatFigureValue(yearsFigure, locale) : msg(locale, 'gdp-path.years', { n: years }),
      value: years,
      ...fromArticle(GDP_PATH_FIGURES.years, years),
    },
    // The article gives the span, not its years: when it starts is this chart's assumption.
    { text: msg(locale, 'gdp-path.span-derived', { from: formatYear(baseYear), to: formatYear(scenario.planYear) }) },
    basis(GDP_PATH_FIGURES.years, years === yearsFigure?.value),
  ]);
  // The plan's goal itself (翻一番, one doubling) as the article states it, beside the years it allows.
  pushFigureRow(GDP_PATH_FIGURES.doubling);
  rows.push([
    { text: msg(locale, 'gdp-path.row.doubling-rate', { years }) },
    { text: w.required(scenario.doublingRate), value: percent(scenario.doublingRate) },
    { text: '' },
    derived('gdp-path.basis.doubling-rate', { years }),
  ]);
  rows.push([
    { text: msg(locale, 'gdp-path.row.target-rate', { years, target: w.yi(target) }) },
    { text: w.required(scenario.targetRate), value: percent(scenario.targetRate) },
    { text: '' },
    derived('gdp-path.basis.target-rate', { years, target: w.yi(target), base: w.yi(baseValue) }),
  ]);
  rows.push([
    { text: msg(locale, 'gdp-path.row.growth') },
    { text: growthWords, value: percent(rate) },
    { text: '' },
    derived(given ? 'gdp-path.basis.assumed' : 'gdp-path.basis.derived'),
  ]);
  rows.push([
    { text: msg(locale, 'gdp-path.row.needed', { city: labelText(data.city, locale) }) },
    { text: msg(locale, 'gdp-path.count', { n: scenario.thresholdCount }), value: scenario.thresholdCount },
    { text: '' },
    derived('gdp-path.basis.needed', { from: w.yi(baseValue), to: w.yi(target) }),
  ]);
  const benchmark = data.benchmark;
  if (benchmark) {
    const name = labelText(benchmark.city, locale);
    rows.push([
      { text: msg(locale, 'gdp-path.row.benchmark-steps', { city: name }) },
      { text: msg(locale, 'gdp-path.count', { n: benchmark.thresholdsCrossed }), value: benchmark.thresholdsCrossed, ...fromArticle(GDP_PATH_FIGURES.benchmarkSteps, benchmark.thresholdsCrossed) },
      yearCell(benchmark.yearReached),
      basis(GDP_PATH_FIGURES.benchmarkSteps),
    ]);
    rows.push([
      { text: msg(locale, 'gdp-path.row.benchmark-years', { city: name }) },
      { text: msg(locale, 'gdp-path.years', { n: benchmark.years }), value: benchmark.years, ...fromArticle(GDP_PATH_FIGURES.benchmarkYears, benchmark.years) },
      yearCell(benchmark.yearReached),
      basis(GDP_PATH_FIGURES.benchmarkYears),
    ]);
    rows.push([
      { text: msg(locale, 'gdp-path.row.benchmark-reached', { city: name, target: w.yi(data.target) }) },
      { text: w.yi(data.target), value: data.target },
      yearCell(benchmark.yearReached),
      basis(GDP_PATH_FIGURES.benchmarkReached),
    ]);
  }
  // The article's other numbers on the same road, shown with the bundled data only.
  for (const id of [GDP_PATH_FIGURES.baseThreshold, GDP_PATH_FIGURES.benchmarkRank]) pushFigureRow(id);
  return {
    columns: [
      { label: msg(locale, 'column.item') },
      { label: msg(locale, 'column.value'), numeric: true },
      { label: msg(locale, 'gdp-path.column.year') },
      { label: msg(locale, 'gdp-path.column.basis') },
    ],
    rows,
  };
}
