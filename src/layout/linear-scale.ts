import { ticks as d3Ticks } from 'd3-array';

/** A linear map from a data domain to pixels, with d3's "nice" ticks. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks(count?: number): number[];
}

/**
 * `scaleLinear` without d3-scale's default interpolator: d3-scale's linear scale
 * imports d3-interpolate, d3-color and d3-format to interpolate colours and format
 * ticks we format ourselves. Measured with d3-scale 4.0.3's `scaleLinear` behind this
 * function (issue 14): gdp-path bundled alone 38,204 → 46,929 B gzip, project-pipeline
 * 36,686 → 45,581 B, gba-widgets.min.js 111,566 → 120,982 B, so d3-scale is no
 * dependency: numbers in, numbers out is all layout needs, and d3-array's ticks are the
 * same ones.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  scale.ticks = (count = 5) => d3Ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}
