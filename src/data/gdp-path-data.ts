import { cities, leadHardLinksFigures, leadIntroFigures } from './dataset.js';
import { figureLookup } from './figure-lookup.js';
import type { LabelInput } from './figure-input.js';

/** Another city that made the climb, set beside the task (the article: Dongguan). */
export interface GdpPathBenchmark {
  city: LabelInput;
  /** How many 1000亿元 steps its GDP climbed … */
  thresholdsCrossed: number;
  /** … in how many years. */
  years: number;
  /** The year its GDP passed the same `target`. */
  yearReached: number;
}

/** A city's road from one year's GDP to a target, as `<gdp-path>` draws it. Money in 亿元 (100 million yuan). */
export interface GdpPathData {
  city: LabelInput;
  /** Year of the last actual figure: 2023. */
  baseYear: number;
  /** GDP that year in 亿元: 4022.5. From 1 to 10,000,000 (`GDP_RANGE`). */
  baseValue: number;
  /** GDP to reach in 亿元, above `baseValue`: 10000 (1万亿元). From 1 to 10,000,000. */
  target: number;
  /** The plan's span: doubling is due this many years after `baseYear` (the default growth's), and the comparison meets `target` in it. */
  years: number;
  benchmark?: GdpPathBenchmark;
}

/** The furthest `years` (and projection) that still means something: 50. */
export const MAX_PLAN_YEARS = 50;
export const YEAR_RANGE = { min: 1000, max: 9999 };
/**
 * GDP in 亿元 the widget takes, for the base value and the target alike: from 1亿元 to
 * 1000万亿元 (ten times the world's). Beyond it the thresholds and projection would be
 * unbounded work for no chart a reader could read.
 */
export const GDP_RANGE = { min: 1, max: 1e7 };
/** Growth in percent a year the widget takes from an editor. */
export const GROWTH_RANGE = { min: -99, max: 100 };

/** The article's figures the bundled data is built from: no number here is typed twice. */
export const GDP_PATH_FIGURES = {
  baseValue: 'jiangmen-gdp-2023',
  target: 'trillion-gdp-threshold',
  years: 'jiangmen-gdp-doubling-years',
  doubling: 'jiangmen-gdp-doubling-target',
  /** Shown in the table only: the 4000亿元 step of 2023 and Dongguan's rank (第4座). */
  baseThreshold: 'jiangmen-gdp-threshold-4000',
  benchmarkRank: 'dongguan-trillion-city-rank',
  benchmarkSteps: 'dongguan-gdp-steps',
  benchmarkYears: 'dongguan-decade-years',
  benchmarkReached: 'dongguan-trillion-city-rank',
} as const;

/**
 * The article's figure with this id among the sections the figures above are printed in
 * (the lead's opening, with 万亿, and its section on Jiangmen's and Dongguan's GDP): a page
 * with <gdp-path> alone carries no other figure.
 */
export const gdpPathFigure = /*#__PURE__*/ figureLookup(leadIntroFigures, leadHardLinksFigures);

const cityName = (id: string): LabelInput => cities.find((c) => c.id === id)?.name ?? { 'zh-Hans': id, en: id };
// A missing figure gives NaN, which the widget reports instead of drawing a made-up number.
const valueOf = (id: string): number => gdpPathFigure(id)?.value ?? Number.NaN;
const yearOf = (id: string): number => Number(gdpPathFigure(id)?.date.slice(0, 4) ?? Number.NaN);

/**
 * Jiangmen from the article: 4022.5亿元 in 2023, the 1万亿 mark, "十年左右" to double;
 * Dongguan climbed five 1000亿 steps in ten years and became a trillion-yuan city in 2021.
 */
export function bundledGdpPathData(): GdpPathData {
  return {
    city: cityName('jiangmen'),
    baseYear: yearOf(GDP_PATH_FIGURES.baseValue),
    baseValue: valueOf(GDP_PATH_FIGURES.baseValue),
    target: valueOf(GDP_PATH_FIGURES.target),
    years: valueOf(GDP_PATH_FIGURES.years),
    benchmark: {
      city: cityName('dongguan'),
      thresholdsCrossed: valueOf(GDP_PATH_FIGURES.benchmarkSteps),
      years: valueOf(GDP_PATH_FIGURES.benchmarkYears),
      yearReached: yearOf(GDP_PATH_FIGURES.benchmarkReached),
    },
  };
}

export const isWhole = (v: unknown, { min, max }: { min: number; max: number }): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The five numeric attributes as values: undefined when absent, NaN for words that are no number. Growth in percent a year, as written. */
export interface GdpPathAttributes {
  growth?: number;
  target?: number;
  years?: number;
  baseYear?: number;
  baseValue?: number;
}

/** What the widget draws once the attributes have been laid over the data. */
export interface GdpPathParams {
  baseYear: number;
  baseValue: number;
  target: number;
  years: number;
  /** The editor's growth as a yearly rate (0.07 for 7 %); absent: the plan's, the rate that doubles the base in `years`. */
  rate?: number;
}

/** Why an attribute was not used; `limits` are the numbers the reader is told. */
export type GdpPathAttributeReason = 'whole' | 'positive' | 'range' | 'below' | 'above' | 'growth';

/** An attribute the widget did not use: its name, the value given, and why. */
export interface GdpPathAttributeProblem {
  attribute: 'growth' | 'target' | 'years' | 'base-year' | 'base-value';
  value: number;
  reason: GdpPathAttributeReason;
  limits?: { min?: number; max?: number };
}

/**
 * Lays the editor's attributes over the data: a value that makes sense wins, any other is
 * reported and the data's value is kept. A target at or below the base is the base's
 * fault when the editor set the base, else the target's. Growth is read from percent into a
 * rate here, once.
 */
export function checkGdpPathAttributes(data: GdpPathData, attributes: GdpPathAttributes): { params: GdpPathParams; problems: GdpPathAttributeProblem[] } {
  const problems: GdpPathAttributeProblem[] = [];
  const used = new Set<string>();
  type Name = GdpPathAttributeProblem['attribute'];
  const pick = (name: Name, value: number | undefined, fallback: number, ok: (v: number) => boolean, reason: GdpPathAttributeReason, limits?: { min?: number; max?: number }) => {
    if (value === undefined) return fallback;
    if (ok(value)) {
      used.add(name);
      return value;
    }
    problems.push({ attribute: name, value, reason, ...(limits ? { limits } : {}) });
    return fallback;
  };
  const whole = (range: { min: number; max: number }) => (v: number) => isWhole(v, range);
  const positive = (v: number) => Number.isFinite(v) && v > 0;
  const gdp = (v: number) => v >= GDP_RANGE.min && v <= GDP_RANGE.max;
  const baseYear = pick('base-year', attributes.baseYear, data.baseYear, whole(YEAR_RANGE), 'whole', YEAR_RANGE);
  const years = pick('years', attributes.years, data.years, whole({ min: 1, max: MAX_PLAN_YEARS }), 'whole', { min: 1, max: MAX_PLAN_YEARS });
  const inRange = (name: Name, value: number | undefined, fallback: number) =>
    value !== undefined && positive(value) && !gdp(value) ? pick(name, value, fallback, gdp, 'range', GDP_RANGE) : pick(name, value, fallback, positive, 'positive');
  let baseValue = inRange('base-value', attributes.baseValue, data.baseValue);
  let target = inRange('target', attributes.target, data.target);
  if (target <= baseValue && used.has('base-value')) {
    problems.push({ attribute: 'base-value', value: baseValue, reason: 'below', limits: { max: target } });
    baseValue = data.baseValue;
  }
  if (target <= baseValue && used.has('target')) {
    problems.push({ attribute: 'target', value: target, reason: 'above', limits: { min: baseValue } });
    target = data.target;
  }
  const growth = pick('growth', attributes.growth, Number.NaN, (v) => Number.isFinite(v) && v >= GROWTH_RANGE.min && v <= GROWTH_RANGE.max, 'growth', GROWTH_RANGE);
  return { params: { baseYear, baseValue, target, years, ...(Number.isNaN(growth) ? {} : { rate: growth / 100 }) }, problems };
}
