/** One square unit mark. */
export interface UnitMark {
  x: number;
  y: number;
  size: number;
}

export interface UnitGrid {
  marks: UnitMark[];
  width: number;
  height: number;
}

const SIZE = 10;
const GAP = 3;
/** Extra space after every fifth mark: 45 reads as nine fives, not as a blur to be counted one by one. */
const GROUP = 5;
const GROUP_GAP = 5;

/**
 * `count` square marks from (`x`, `y`), in rows of whole fives that fit `maxWidth`: one mark per
 * unit, for a count nothing else shares a scale with (45 needs surveyed).
 */
export function unitGrid(count: number, x: number, y: number, maxWidth: number): UnitGrid {
  const groupWidth = GROUP * (SIZE + GAP) - GAP + GROUP_GAP;
  const groupsPerRow = Math.max(1, Math.floor((maxWidth + GROUP_GAP) / groupWidth));
  const perRow = Math.max(1, Math.min(Math.max(1, count), groupsPerRow * GROUP, Math.floor((maxWidth + GAP) / (SIZE + GAP)) || 1));
  const marks: UnitMark[] = [];
  for (let i = 0; i < count; i++) {
    const column = i % perRow;
    const row = Math.floor(i / perRow);
    marks.push({ x: x + column * (SIZE + GAP) + Math.floor(column / GROUP) * GROUP_GAP, y: y + row * (SIZE + GAP), size: SIZE });
  }
  const rows = Math.ceil(count / perRow);
  const width = marks.length ? Math.max(...marks.map((m) => m.x + m.size)) - x : 0;
  return { marks, width, height: rows ? rows * (SIZE + GAP) - GAP : 0 };
}
