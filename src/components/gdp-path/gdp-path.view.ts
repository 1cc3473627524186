// The view of <gdp-path>: the chart's geometry and every sentence around it, for one
// language and width. A pure function of the data and the resolved parameters: the element
// resolves attributes and calls it.
import { labelText } from '../../data/dataset.js';
import type { GdpPathData, GdpPathParams } from '../../data/gdp-path-data.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatPercent, formatYear } from '../../format/number.js';
import { requiredRate } from '../../layout/compound-growth.js';
import { layoutGdpPath, yearReached, type GdpPathLayout } from '../../layout/gdp-path.js';
import { benchmarkNote, gdpPathAbout, spanWords } from './gdp-path.notes.js';
import type { FrameView } from '../base/view.js';
import { gdpPathTable, markLabel, percent, scenarioSentence, wordsFor, type DrawnParams } from './gdp-path.words.js';

export interface GdpPathView extends FrameView {
  geometry: GdpPathLayout;
  params: DrawnParams;
  /** "若年均增长7.0%，江门约2033年GDP翻一番，约2037年迈入万亿GDP城市行列。" */
  sentence: string;
  growthText: string;
}

/** What the view needs besides data and parameters. */
export interface GdpPathViewContext {
  width: number;
  locale: Locale;
  /** True when the article's own data is drawn: its notes quote the article. */
  bundled: boolean;
}

/** Geometry and words of <gdp-path>, once the parameters are checked and finite. */
export function gdpPathView(data: GdpPathData, params: GdpPathParams, { width, locale, bundled }: GdpPathViewContext): GdpPathView {
  const w = wordsFor(locale);
  const { baseYear, baseValue, target, years } = params;
  // The plan's rate by default: doubling in `years`, as the article's plan wants.
  const drawn: DrawnParams = params.rate === undefined ? { ...params, rate: requiredRate(1, 2, years), rateSource: 'plan' } : { ...params, rate: params.rate, rateSource: 'growth' };
  const { rate } = drawn;
  // The plan's rate is a required one: shown rounded up, like every rate a goal requires.
  const growthText = drawn.rateSource === 'plan' ? w.required(rate) : w.rate(rate);
  const city = labelText(data.city, locale);
  const join = msg(locale, 'gdp-path.label-join');
  const planYear = baseYear + years;
  const targetRate = w.required(requiredRate(baseValue, target, years));
  const doublingLine = msg(locale, 'gdp-path.doubling-label', { value: w.short(baseValue * 2) });
  const compare = { year: formatYear(planYear), target: w.short(target), growth: targetRate };

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
        targetMark: (year) => [
          msg(locale, 'gdp-path.target-mark', { value: w.short(target), year: formatYear(year) }),
          msg(locale, 'gdp-path.target-mark-short', { year: formatYear(year) }),
        ],
        doubling: (year) => {
          const short = msg(locale, 'gdp-path.doubling-short');
          if (year === undefined) return [[doublingLine], [short]];
          const when = msg(locale, 'gdp-path.doubling-when', { year: formatYear(year) });
          return [[doublingLine + join + when], [doublingLine, when], [short, when]];
        },
        comparison: [[msg(locale, 'gdp-path.compare-line', compare)], [msg(locale, 'gdp-path.compare-label', compare), msg(locale, 'gdp-path.compare-rate', compare)]],
        legendComparison: msg(locale, 'gdp-path.compare-legend', compare),
        end: (year, value) => msg(locale, 'gdp-path.end-label', { year: formatYear(year), value: w.short(value) }),
        legendPath: msg(locale, drawn.rateSource === 'plan' ? 'gdp-path.legend.plan' : 'gdp-path.legend.path', { growth: growthText }),
        legendMarker: (step) => (step === 1000 ? msg(locale, 'gdp-path.legend.marker-thousand') : msg(locale, 'gdp-path.legend.marker', { step: w.yi(step) })),
      },
    },
  );
  const { scenario } = geometry;
  const sentence = scenarioSentence(locale, { city, rate, growthText, target, year: scenario.yearReached, doubled: scenario.doublingYear });
  const crossings = geometry.marks.flatMap((m) => m.levels.map((level) => msg(locale, 'gdp-path.crossing', { value: w.yi(level), year: formatYear(m.year) })));
  const span = spanWords(locale, years, bundled);
  // The title is the plan's finding, whatever growth the reader tries.
  const planReached = yearReached({ baseYear, baseValue, target, rate: scenario.doublingRate });
  const titleKey = planReached !== undefined && planReached <= planYear ? 'gdp-path.title.within' : target === 10000 ? 'gdp-path.title.trillion' : 'gdp-path.title.later';
  return {
    title: msg(locale, titleKey, { city, span, target: w.yi(target), year: formatYear(planReached ?? planYear) }),
    takeaway: msg(locale, 'gdp-path.takeaway', {
      span,
      planYear: formatYear(planYear),
      doubling: w.yi(scenario.doubling),
      target: w.yi(target),
      doublingRate: formatPercent(percent(scenario.doublingRate), locale, 1),
      targetRate: formatPercent(percent(scenario.targetRate), locale, 1),
    }),
    description: msg(locale, 'gdp-path.description', {
      city,
      year: formatYear(baseYear),
      value: w.yi(baseValue),
      scenario: sentence,
      crossings: crossings.length ? msg(locale, 'gdp-path.description.crossings', { list: crossings.join(msg(locale, 'gdp-path.list-separator')) }) : '',
      doubling: w.yi(scenario.doubling),
      target: w.yi(target),
      comparison: geometry.comparison ? msg(locale, 'gdp-path.description.comparison', { planYear: formatYear(planYear), target: w.yi(target), targetRate }) : '',
    }).trim(),
    width: geometry.width,
    height: geometry.height,
    geometry,
    params: drawn,
    sentence,
    growthText,
    marks: geometry.marks.map((m) => ({ label: markLabel(m, locale, growthText, target), x: m.x, y: m.y })),
    table: () => gdpPathTable(data, drawn, geometry, locale, bundled),
    notes: benchmarkNote(data, scenario, locale, bundled),
    about: gdpPathAbout(data, drawn, scenario, locale, bundled),
  };
}
