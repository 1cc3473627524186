// The words around <gdp-path>'s drawing that are not in it: the one-line comparison with
// Dongguan under the chart, and the "About the data" paragraphs that carry every
// derivation and assumption the drawing only marks (GRAPHICS.md point 3).
import { labelText } from '../../data/dataset.js';
import { GDP_PATH_FIGURES, gdpPathFigure, type GdpPathData } from '../../data/gdp-path-data.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatNumber, formatYear } from '../../format/number.js';
import type { GdpPathScenario } from '../../layout/gdp-path.js';
import { wordsFor, type DrawnParams } from './gdp-path.words.js';

/** True when `years` is the article's own span ("十年左右"), so its words may be quoted. */
export function isArticleSpan(years: number, bundled: boolean): boolean {
  return bundled && years === gdpPathFigure(GDP_PATH_FIGURES.years)?.value;
}

/** "十年左右" / "about ten years" for the article's span, else "12年" / "12 years". */
export function spanWords(locale: Locale, years: number, bundled: boolean): string {
  return isArticleSpan(years, bundled) ? msg(locale, 'gdp-path.span.article') : msg(locale, 'gdp-path.years', { n: years });
}

/** The one short note under the drawing: another city that made the climb, when the data names one. */
export function benchmarkNote(data: GdpPathData, scenario: GdpPathScenario, locale: Locale, bundled: boolean): string[] {
  const { benchmark } = data;
  if (!benchmark) return [];
  const w = wordsFor(locale);
  const article = bundled && benchmark.years === gdpPathFigure(GDP_PATH_FIGURES.benchmarkYears)?.value;
  return [
    // The benchmark's year is when it passed the data's target, whatever `target` says.
    msg(locale, data.target === 10000 ? 'gdp-path.benchmark.trillion' : 'gdp-path.benchmark', {
      benchmark: labelText(benchmark.city, locale),
      span: article ? msg(locale, 'gdp-path.benchmark-span.article') : msg(locale, 'gdp-path.benchmark-span', { n: benchmark.years }),
      crossed: benchmark.thresholdsCrossed,
      year: formatYear(benchmark.yearReached),
      target: w.yi(data.target),
      city: labelText(data.city, locale),
      needed: scenario.thresholdCount,
    }),
  ];
}

/** The "About the data" paragraphs: what is derived and how, what the article leaves open, units. */
export function gdpPathAbout(data: GdpPathData, params: DrawnParams, scenario: GdpPathScenario, locale: Locale, bundled: boolean): string[] {
  const w = wordsFor(locale);
  const { baseYear, baseValue, target, years } = params;
  const city = labelText(data.city, locale);
  const numbers = {
    city,
    years,
    baseYear: formatYear(baseYear),
    planYear: formatYear(scenario.planYear),
    base: w.yi(baseValue),
    target: w.yi(target),
    doubling: w.yi(scenario.doubling),
    doublingRate: w.required(scenario.doublingRate),
    targetRate: w.required(scenario.targetRate),
    needed: scenario.thresholdCount,
    baseUnits: formatNumber(baseValue, locale, 4),
    targetUnits: formatNumber(target, locale, 4),
  };
  const benchmark = data.benchmark;
  return [
    msg(locale, 'derived.note'),
    ...(isArticleSpan(years, bundled) ? [msg(locale, 'gdp-path.about.span', numbers)] : []),
    msg(locale, 'gdp-path.about.rates', numbers),
    msg(locale, 'gdp-path.about.steps', numbers),
    ...(bundled && target === data.target ? [msg(locale, 'gdp-path.about.target', numbers)] : []),
    ...(bundled && benchmark
      ? [
          msg(locale, 'gdp-path.about.benchmark', {
            benchmark: labelText(benchmark.city, locale),
            crossed: benchmark.thresholdsCrossed,
            span: msg(locale, 'gdp-path.benchmark-span.article'),
            year: formatYear(benchmark.yearReached),
          }),
        ]
      : []),
    msg(locale, 'gdp-path.about.units', numbers),
  ];
}
