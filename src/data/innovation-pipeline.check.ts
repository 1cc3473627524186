// The check of a reader's <innovation-pipeline> data, fetched only when a reader gives data (widget-input.ts).
import { checkFigureInput } from './figure-input.check.js';
import type { FigureInput } from './figure-input.js';
import { PIPELINE_LIMITS } from './innovation-pipeline.js';
import { checkTextLength, expectArray, expectLabel, expectRecord, isRecord } from './expect.js';
import type { Problems } from './validate.js';

/** Headline dates drawn at most: more would be a time series, another chart. */
const MAX_HEADLINE = 4;

/** Every problem with `input` as `<innovation-pipeline>` data, or none. */
export function checkInnovationPipelineData(input: unknown): Problems {
  const problems: Problems = [];
  if (!expectRecord(input, 'data', problems)) return problems;
  expectLabel(input, 'title', 'data', problems);
  const headline = checkGroup(input.headline, 'data.headline', problems);
  if (headline.length > MAX_HEADLINE) {
    problems.push({ path: 'data.headline.items', kind: 'range', expected: 'innovation-pipeline.expected.headline', actual: headline.length, params: { max: String(MAX_HEADLINE) } });
  }
  // The scale's unit is the headline's: every bar must count the same thing in the same unit.
  const unit = headline.find(isFigure)?.unit;
  const bars = [
    ...headline.map((item, i) => ({ item, path: `data.headline.items[${i}]` })),
    ...expectArray(input, 'counts', 'data', problems, { optional: true, max: PIPELINE_LIMITS.groups }).flatMap((group, g) =>
      checkGroup(group, `data.counts[${g}]`, problems).map((item, i) => ({ item, path: `data.counts[${g}].items[${i}]` })),
    ),
  ];
  for (const { item, path } of bars) {
    if (!isFigure(item)) continue;
    if (unit !== undefined && item.unit !== unit) {
      problems.push({ path: `${path}.figure.unit`, kind: 'range', expected: 'innovation-pipeline.expected.same-unit', actual: item.unit, params: { unit } });
    }
    if (item.value < 0) problems.push({ path: `${path}.figure.value`, kind: 'range', expected: 'innovation-pipeline.expected.non-negative', actual: item.value });
  }
  expectArray(input, 'numbers', 'data', problems, { optional: true, max: PIPELINE_LIMITS.groups }).forEach((group, g) => checkGroup(group, `data.numbers[${g}]`, problems));
  for (const key of ['notes', 'about']) {
    expectArray(input, key, 'data', problems, { optional: true, max: PIPELINE_LIMITS.notes }).forEach((note, i) => labelAt(note, `data.${key}[${i}]`, problems));
  }
  return problems;
}

const isFigure = (value: unknown): value is FigureInput => isRecord(value) && typeof value.value === 'number' && typeof value.unit === 'string';

/** One group; returns the figures of its items (or what stands in their place) for the scale check. */
function checkGroup(group: unknown, path: string, problems: Problems): unknown[] {
  if (!expectRecord(group, path, problems)) return [];
  expectLabel(group, 'label', path, problems);
  if (group.extra !== undefined && typeof group.extra !== 'boolean') problems.push({ path: `${path}.extra`, kind: 'type', expected: 'expected.boolean', actual: group.extra });
  const items = expectArray(group, 'items', path, problems, { max: PIPELINE_LIMITS.items });
  if (Array.isArray(group.items) && items.length === 0) {
    problems.push({ path: `${path}.items`, kind: 'range', expected: 'innovation-pipeline.expected.non-empty', actual: items });
  }
  return items.map((item, i) => {
    const at = `${path}.items[${i}]`;
    if (!expectRecord(item, at, problems)) return undefined;
    expectLabel(item, 'short', at, problems, { optional: true });
    return checkFigureInput(item.figure, `${at}.figure`, problems) ? item.figure : undefined;
  });
}

/** A label standing alone in an array, reported at its own path. */
function labelAt(value: unknown, path: string, problems: Problems): void {
  const valid = isRecord(value) && typeof value['zh-Hans'] === 'string' && typeof value.en === 'string';
  if (!valid) problems.push({ path, kind: 'type', expected: 'expected.label', actual: value });
  else for (const script of ['zh-Hans', 'zh-Hant', 'en']) checkTextLength(value[script], `${path}.${script}`, problems);
}
