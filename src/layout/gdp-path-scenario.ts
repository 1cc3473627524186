// The numbers of one <gdp-path> scenario, before any geometry: the derived rates, the
// year each level is passed, the yearly series of the drawn path and of the comparison.
import { compound, requiredRate, yearsToReach } from './compound-growth.js';

/** Years ahead a projection is worth drawing; a target further away is "not within 50 years". */
export const HORIZON = 50;
/** The article counts the climb in steps of 1000亿元 (千亿元台阶). */
export const THRESHOLD_STEP = 1000;
// More markers than this would crowd the line: a far target gets coarser steps.
const MAX_MARKERS = 12;
// Two rates closer than this (0.05 points) draw the same line: no comparison is drawn.
const SAME_RATE = 5e-4;

/** What the path is drawn from: money in 亿元, growth as a fraction (0.07). */
export interface GdpPathInput {
  baseYear: number;
  baseValue: number;
  target: number;
  /** The plan's span: the doubling is due this many years on, and the comparison meets the target then. */
  years: number;
  rate: number;
}

/** One level on the way up and the year the projection first reaches it (undefined: not within the horizon). */
export interface Crossing {
  value: number;
  year?: number;
  isTarget: boolean;
}

export interface YearValue {
  year: number;
  value: number;
}

/** The numbers of one scenario, before any geometry: what the table lists. */
export interface GdpPathScenario {
  rate: number;
  /** Yearly growth that doubles the base in `years` (derived): 2^(1/years) − 1. The plan's rate. */
  doublingRate: number;
  /** Yearly growth that meets the target in `years` (derived): (target/base)^(1/years) − 1. */
  targetRate: number;
  /** Twice the base value: the "翻一番" level. */
  doubling: number;
  /** baseYear + years: when the plan wants the doubling. */
  planYear: number;
  /** The first year the drawn path is at or above the doubling level (undefined: not within the horizon). */
  doublingYear?: number;
  yearReached?: number;
  /** Marker step in 亿元: 1000 unless that gives more than a dozen markers. */
  step: number;
  /** The steps of `step` above the base and below the target, then the target itself. */
  crossings: Crossing[];
  /** How many 1000亿元 steps lie between base and target: the article's way of counting. */
  thresholdCount: number;
  /** Yearly values from the base year to the year the target is reached (else the plan year). */
  series: YearValue[];
  /** The path at `targetRate`, base year to plan year: what reaching the target in `years` takes. None when it is the drawn path. */
  comparison?: YearValue[];
}

/** Multiples of `step` in (base, target]. */
export function countThresholds(base: number, target: number, step: number): number {
  return Math.max(0, Math.floor(target / step + 1e-9) - Math.floor(base / step + 1e-9));
}

/** The marker step: 1000, else 2000, 5000, 10000 … until at most `max` markers remain. */
export function thresholdStep(base: number, target: number, max = MAX_MARKERS): number {
  let step = THRESHOLD_STEP;
  for (let i = 0; countThresholds(base, target, step) > max; i++) step *= [2, 2.5, 2][i % 3];
  return step;
}

/** The year the projection first meets `target`; undefined when that is not within `horizon` years (or never). */
export function yearReached({ baseYear, baseValue, target, rate }: Omit<GdpPathInput, 'years'>, horizon = HORIZON): number | undefined {
  const n = yearsToReach(baseValue, target, rate);
  return n <= horizon ? baseYear + n : undefined;
}

const seriesOf = (baseYear: number, baseValue: number, rate: number, lastYear: number): YearValue[] =>
  Array.from({ length: lastYear - baseYear + 1 }, (_, n) => ({ year: baseYear + n, value: compound(baseValue, rate, n) }));

/** The projection's numbers: derived rates, the year each level is crossed, the yearly series. */
export function gdpPathScenario({ baseYear, baseValue, target, years, rate }: GdpPathInput, horizon = HORIZON): GdpPathScenario {
  const step = thresholdStep(baseValue, target);
  const first = Math.floor(baseValue / step + 1e-9) + 1;
  const levels = Array.from({ length: countThresholds(baseValue, target, step) }, (_, i) => (first + i) * step).filter((v) => v < target);
  const crossings = [...levels, target].map(
    (value): Crossing => ({ value, year: yearReached({ baseYear, baseValue, target: value, rate }, horizon), isTarget: value === target }),
  );
  const reached = crossings[crossings.length - 1].year;
  const planYear = baseYear + years;
  const targetRate = requiredRate(baseValue, target, years);
  return {
    rate,
    doublingRate: requiredRate(1, 2, years),
    targetRate,
    doubling: baseValue * 2,
    planYear,
    doublingYear: yearReached({ baseYear, baseValue, target: baseValue * 2, rate }, horizon),
    yearReached: reached,
    step,
    crossings,
    thresholdCount: countThresholds(baseValue, target, THRESHOLD_STEP),
    series: seriesOf(baseYear, baseValue, rate, reached ?? planYear),
    ...(Math.abs(rate - targetRate) > SAME_RATE ? { comparison: seriesOf(baseYear, baseValue, targetRate, planYear) } : {}),
  };
}
