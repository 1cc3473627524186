/**
 * Squares drawn to scale by area: a square's side is √area × k, with one `k` (px per
 * √km²) for everything in a drawing, so the eye compares areas, never side lengths.
 */

/** The `k` that gives the largest area a square of side `maxSide`. */
export function areaScale(maxArea: number, maxSide: number): number {
  return maxArea > 0 ? maxSide / Math.sqrt(maxArea) : 0;
}

/** Side in px of the square of `area` at scale `k`. */
export function squareSide(area: number, k: number): number {
  return Math.sqrt(Math.max(0, area)) * k;
}

/**
 * A round area (1, 10, 0.1 … km²) whose key square is between about 20 and 64 px at
 * scale `k`: the reader's unit of comparison, "□ = 1 km²".
 */
export function keyArea(k: number, targetSide = 40): number {
  if (!(k > 0)) return 1;
  const exponent = Math.round(Math.log10((targetSide / k) ** 2));
  return 10 ** exponent;
}
