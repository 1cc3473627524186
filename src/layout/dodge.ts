/**
 * Tops for blocks stacked in a fixed order, each as near its wished-for top as it can be:
 * block i starts no higher than `min` and at least `heights[i-1] + gap` below block i-1.
 * Minimises the weighted squared distance to the wishes (pool-adjacent-violators on the
 * tops less the room the blocks above need), so a crowd spreads evenly about its centre
 * instead of all sliding down. A weight of 0 lets a block sit wherever its neighbours put it.
 */
export function dodge(wishes: readonly number[], heights: readonly number[], weights: readonly number[], gap: number, min: number): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const h of heights) {
    offsets.push(offset);
    offset += h + gap;
  }
  // Pools of consecutive blocks that move as one: [weighted mean of shifted wishes, weight, count].
  const pools: { mean: number; weight: number; count: number }[] = [];
  wishes.forEach((wish, i) => {
    const weight = weights[i] ?? 1;
    // A weightless block wishes for nothing: it rests against the block above (or `min`).
    pools.push({ mean: weight > 0 ? wish - offsets[i] : -Infinity, weight, count: 1 });
    while (pools.length > 1) {
      const [a, b] = pools.slice(-2);
      if (a.mean <= b.mean) break;
      const sum = a.weight + b.weight;
      pools.splice(-2, 2, { mean: b.weight === 0 ? a.mean : (a.mean * a.weight + b.mean * b.weight) / sum, weight: sum, count: a.count + b.count });
    }
  });
  const tops: number[] = [];
  let floor = min;
  for (const pool of pools) {
    for (let k = 0; k < pool.count; k++) {
      const i = tops.length;
      const top = Math.max(pool.mean + offsets[i], floor);
      tops.push(top);
      floor = top + heights[i] + gap;
    }
  }
  return tops;
}
