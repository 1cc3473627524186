/**
 * Tops for labels of `heights` that want to start at `wanted`, in that order, moved as
 * little as possible so that none overlaps the next and all stay within
 * [`top`, `bottom`] when they can. Labels beside small marks (1.2 km² in 66 km²) crowd
 * each other; this is the one-dimensional dodge that keeps them apart.
 */
export function stackLabels(wanted: readonly number[], heights: readonly number[], { top, bottom, gap }: { top: number; bottom: number; gap: number }): number[] {
  const y = wanted.map((w) => w);
  for (let i = 0; i < y.length; i++) y[i] = Math.max(y[i], i === 0 ? top : y[i - 1] + heights[i - 1] + gap);
  for (let i = y.length - 1; i >= 0; i--) {
    const limit = i === y.length - 1 ? bottom - heights[i] : y[i + 1] - gap - heights[i];
    y[i] = Math.max(top, Math.min(y[i], limit));
  }
  return y;
}
