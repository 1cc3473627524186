/**
 * Compound growth at a constant yearly `rate` (0.07 for 7 %): the maths behind every
 * derived number of `<gdp-path>`. Plain numbers in and out; no rounding for display.
 */

// (target/base)^(1/n) compounded n times can land a hair below target in floating point;
// without this slack the default rate would "reach" 1万亿 in year 11 instead of year 10.
const SLACK = 1e-9;

/** The value after `years` years of growth at `rate` from `base`. */
export function compound(base: number, rate: number, years: number): number {
  return base * Math.pow(1 + rate, years);
}

/** The yearly rate that turns `base` into `target` in `years` years: (target/base)^(1/years) − 1. */
export function requiredRate(base: number, target: number, years: number): number {
  return Math.pow(target / base, 1 / years) - 1;
}

/**
 * Whole years until `base`, growing at `rate`, first reaches `target`: 0 when it already
 * has, Infinity when it never will (a rate of 0 or below). GDP is counted per year, so a
 * target met in the middle of year 3 is reached "in year 3".
 */
export function yearsToReach(base: number, target: number, rate: number): number {
  if (base >= target) return 0;
  if (!(rate > 0)) return Infinity;
  return Math.max(1, Math.ceil(Math.log(target / base) / Math.log(1 + rate) - SLACK));
}
