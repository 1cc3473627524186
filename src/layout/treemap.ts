export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Squarified treemap (Bruls, Huizing & van Wijk, 2000): divides `rect` into one
 * rectangle per value, each of area ∝ value, as near square as the values allow, so
 * their labels fit. Values fill the whole rect; the result is in input order.
 * d3-hierarchy does the same for trees; three flat areas do not need its 12 KiB.
 */
export function squarify(values: readonly number[], rect: Rect): Rect[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  const out: Rect[] = values.map(() => ({ x: rect.x, y: rect.y, width: 0, height: 0 }));
  if (total <= 0 || rect.width <= 0 || rect.height <= 0) return out;
  const scale = (rect.width * rect.height) / total;
  const order = values.map((_, i) => i).filter((i) => values[i] > 0).sort((a, b) => values[b] - values[a]);
  const area = (i: number) => values[i] * scale;
  const free = { ...rect };
  let row: number[] = [];

  /** The most elongated rectangle of `items` laid along a side of length `side`. */
  const worst = (items: number[], side: number) => {
    const sum = items.reduce((s, i) => s + area(i), 0);
    const max = Math.max(...items.map(area));
    const min = Math.min(...items.map(area));
    return Math.max((side * side * max) / (sum * sum), (sum * sum) / (side * side * min));
  };

  const place = (items: number[]) => {
    const sum = items.reduce((s, i) => s + area(i), 0);
    if (free.width >= free.height) {
      // A column along the left (the shorter side is the height).
      const width = sum / free.height;
      let y = free.y;
      for (const i of items) {
        const height = area(i) / width;
        out[i] = { x: free.x, y, width, height };
        y += height;
      }
      free.x += width;
      free.width -= width;
    } else {
      const height = sum / free.width;
      let x = free.x;
      for (const i of items) {
        const width = area(i) / height;
        out[i] = { x, y: free.y, width, height };
        x += width;
      }
      free.y += height;
      free.height -= height;
    }
  };

  for (const i of order) {
    const side = Math.min(free.width, free.height);
    if (row.length === 0 || worst([...row, i], side) <= worst(row, side)) row.push(i);
    else {
      place(row);
      row = [i];
    }
  }
  if (row.length) place(row);
  return out;
}
