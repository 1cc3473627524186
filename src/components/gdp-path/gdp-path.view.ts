// The view of <gdp-path>: the chart's geometry and every sentence around it, for one
// language and width. A pure function of the data and the resolved parameters: the element
// resolves attributes and calls it.
import { labelText } from '../../data/dataset.js';
import type { GdpPathData, GdpPathParams } from '../../data/gdp-path-data.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatPercent, formatYear } from '../../format/number.js';
import { requiredRate } from '../../layout/compound-growth.js';
import { layoutGdpPath, type GdpPathLayout } from '../../layout/gdp-path.js';
import type { FrameView } from '../base/view.js';
import { gdpPathTable, markLabel, scenarioSentence, wordsFor } from './gdp-path.words.js';

export interface GdpPathView extends FrameView {
  geometry: GdpPathLayout;
  params: Required<GdpPathParams>;
  /** "按年均增长7.0%，江门将于2037年迈入万亿GDP城市" */
  sentence: string;
  growthText: string;
}

/** What the view needs besides data and parameters. */
export interface GdpPathViewContext {
  width: number;
  locale: Locale;
  /** True when the article's own data is drawn: its notes quote the article. */
  bundled: boolean;
  /** The `growth` the editor set, if any: the table says the path assumes it. */
  assumedGrowth: number | undefined;
}

/** Geometry and words of <gdp-path>, once the parameters are checked and finite. */
export function gdpPathView(data: GdpPathData, params: GdpPathParams, { width, locale, bundled, assumedGrowth }: GdpPathViewContext): GdpPathView {
  const w = wordsFor(locale);
  const { baseYear, baseValue, target, years } = params;
  const rate = params.growth !== undefined ? params.growth / 100 : requiredRate(baseValue, target, years);
  const growth = rate * 100;
  const growthText = w.rate(growth);
  const city = labelText(data.city, locale);

  const geometry = layoutGdpPath(
    { baseYear, baseValue, target, years, rate },
    { width },
    {
      texts: {
        value: w.tick,
        year: formatYear,
        unit: msg(locale, 'gdp-path.axis-unit'),
        actual: msg(locale, 'gdp-path.actual-label', { year: formatYear(baseYear), value: w.yi(baseValue) }),
        target: msg(locale, 'gdp-path.target-label', { value: w.short(target) }),
        doubling: [
          msg(locale, 'gdp-path.doubling-label', { value: w.short(baseValue * 2), year: formatYear(baseYear + years) }),
          msg(locale, 'gdp-path.doubling-label-short', { value: w.short(baseValue * 2) }),
        ],
        end: (year, value) => msg(locale, 'gdp-path.end-label', { year: formatYear(year), value: w.short(value) }),
        legendPath: msg(locale, 'gdp-path.legend.path', { growth: growthText }),
        legendMarker: (step) => msg(locale, 'gdp-path.legend.marker', { step: w.yi(step) }),
      },
    },
  );
  const { scenario } = geometry;
  const sentence = scenarioSentence(locale, { city, growth, target, year: scenario.yearReached });
  const crossings = geometry.marks.flatMap((m) => m.levels.map((level) => msg(locale, 'gdp-path.crossing', { value: w.yi(level), year: formatYear(m.year) })));
  const notes = [
    ...(data.benchmark
      ? [
          msg(locale, 'gdp-path.benchmark', {
            benchmark: labelText(data.benchmark.city, locale),
            years: data.benchmark.years,
            crossed: data.benchmark.thresholdsCrossed,
            year: formatYear(data.benchmark.yearReached),
            // The benchmark's year is when it passed the data's target, whatever `target` says.
            target: w.yi(data.target),
            city,
            needed: scenario.thresholdCount,
          }),
        ]
      : []),
    [
      msg(locale, 'derived.note'),
      msg(locale, 'gdp-path.note.assumption', { year: formatYear(baseYear) }),
      ...(bundled ? [msg(locale, 'gdp-path.note.article', { year: formatYear(baseYear), doubling: w.yi(baseValue * 2), target: w.yi(target) })] : []),
    ].join(locale.script === 'en' ? ' ' : ''),
  ];
  return {
    title: msg(locale, 'gdp-path.title', { city, base: w.yi(baseValue), target: w.yi(target) }),
    takeaway: msg(locale, 'gdp-path.takeaway', {
      years,
      target: w.yi(target),
      doublingRate: formatPercent(scenario.doublingRate * 100, locale, 1),
      targetRate: formatPercent(scenario.targetRate * 100, locale, 1),
    }),
    description: msg(locale, 'gdp-path.description', {
      city,
      year: formatYear(baseYear),
      value: w.yi(baseValue),
      scenario: sentence,
      crossings: crossings.length ? msg(locale, 'gdp-path.description.crossings', { list: crossings.join(msg(locale, 'gdp-path.list-separator')) }) : '',
      doubling: w.yi(baseValue * 2),
      target: w.yi(target),
    }),
    width: geometry.width,
    height: geometry.height,
    geometry,
    params: { ...params, growth },
    sentence,
    growthText,
    marks: geometry.marks.map((m) => ({ label: markLabel(m, locale, growthText, target), x: m.x, y: m.y })),
    table: () => gdpPathTable(data, { ...params, growth }, geometry, locale, { bundled: bundled, assumedGrowth: assumedGrowth }),
    notes,
  };
}
