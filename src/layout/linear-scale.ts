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
 * imports d3-interpolate, d3-color and d3-format (~8 KiB gzip) to interpolate colours
 * and format ticks we format with Intl anyway. The 35 KiB budget for the whole CDN
 * bundle cannot carry that; numbers in, numbers out is all layout needs.
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
