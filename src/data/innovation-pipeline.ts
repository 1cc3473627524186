import { checkFigureInput, type FigureInput, type LabelInput } from './figure-input.js';
import { checkTextLength, expectArray, expectLabel, expectRecord, isRecord, type Problems } from './validate.js';

/** One number of the widget, with the short words the chart writes beside it. */
export interface PipelineItem {
  /** The number: a dataset figure (`figureById(…)`) or your own `{ value, unit, label, date, qualifier? }`. */
  figure: FigureInput;
  /** Words beside the mark, short enough for a phone; the data table keeps `figure.label`. Default: `figure.label`. */
  short?: LabelInput;
}

/** Numbers under one heading. */
export interface PipelineGroup {
  label: LabelInput;
  items: PipelineItem[];
  /** Drawn only with `detail="all"`; in the data table always. */
  extra?: boolean;
}

/**
 * What `<innovation-pipeline>` draws. One quantity, one scale: the headline and every group of
 * `counts` are bars on ONE zero-based scale, so they must all be in the headline's unit (家);
 * `numbers` are written out, never drawn as bars (rates, amounts, counts of other things).
 */
export interface InnovationPipelineData {
  /** The finding, as a headline: "江海区高新技术企业两年从519家增至705家". */
  title: LabelInput;
  /**
   * The story: one count at successive dates, earliest first (519 in 2021, 705 in 2023). The
   * latest is drawn in the accent colour; the change from first to last is stated (derived).
   */
  headline: PipelineGroup;
  /** Other counts in the headline's unit, ranked largest first, on the headline's scale. */
  counts?: PipelineGroup[];
  /** Figures in other units or of other kinds (%, 亿元, 项), set as numbers. */
  numbers?: PipelineGroup[];
  /** At most two short lines under the drawing. */
  notes?: LabelInput[];
  /** Paragraphs of the closed "About the data" disclosure: derivations and doubts. */
  about?: LabelInput[];
}

/** Headline dates drawn at most: more would be a time series, another chart. */
const MAX_HEADLINE = 4;

/**
 * The most of each list `<innovation-pipeline>` reads, so any input is bounded work: 12 groups of
 * counts, 12 of numbers, 24 items a group, 8 notes and 8 paragraphs about the data. Every text is
 * at most 1000 characters (`MAX_TEXT`).
 */
export const PIPELINE_LIMITS = { groups: 12, items: 24, notes: 8 } as const;

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
