// The check of a reader's <gdp-path> data, fetched only when a reader gives data (widget-input.ts).
import { GDP_RANGE, isWhole, MAX_PLAN_YEARS, YEAR_RANGE } from './gdp-path-data.js';
import { expectLabel, expectNumber, expectRecord, isRecord } from './expect.js';
import type { Problems } from './validate.js';

function expectWhole(record: Record<string, unknown>, key: string, path: string, range: { min: number; max: number }, problems: Problems): void {
  const before = problems.length;
  expectNumber(record, key, path, problems);
  if (problems.length === before && !isWhole(record[key], range)) {
    problems.push({ path: `${path}.${key}`, kind: 'range', expected: 'gdp-path.expected.whole', actual: record[key], params: { min: String(range.min), max: String(range.max) } });
  }
}

/** Every problem of a `GdpPathData`-shaped value, at once. */
export function checkGdpPathData(input: unknown, problems: Problems, path = 'data'): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'city', path, problems);
  expectWhole(input, 'baseYear', path, YEAR_RANGE, problems);
  expectNumber(input, 'baseValue', path, problems, { positive: true, range: GDP_RANGE });
  const before = problems.length;
  expectNumber(input, 'target', path, problems, { positive: true, range: GDP_RANGE });
  const { baseValue, target } = input as { baseValue: unknown; target: unknown };
  if (problems.length === before && typeof baseValue === 'number' && (target as number) <= baseValue) {
    problems.push({ path: `${path}.target`, kind: 'range', expected: 'gdp-path.expected.above', actual: target, params: { min: String(baseValue) } });
  }
  expectWhole(input, 'years', path, { min: 1, max: MAX_PLAN_YEARS }, problems);
  const benchmark = input.benchmark;
  if (benchmark === undefined) return;
  const at = `${path}.benchmark`;
  if (!isRecord(benchmark)) {
    problems.push({ path: at, kind: 'type', expected: 'expected.object', actual: benchmark });
    return;
  }
  expectLabel(benchmark, 'city', at, problems);
  expectWhole(benchmark, 'thresholdsCrossed', at, { min: 0, max: 1000 }, problems);
  expectWhole(benchmark, 'years', at, { min: 1, max: 1000 }, problems);
  expectWhole(benchmark, 'yearReached', at, YEAR_RANGE, problems);
}
