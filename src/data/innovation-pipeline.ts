import { checkFigureInput, type FigureInput, type LabelInput } from './figure-input.js';
import type { Unit } from './types.js';
import { checkTextLength, expectArray, expectLabel, expectOneOf, expectRecord, expectString, isRecord, type Problems } from './validate.js';

/** How one number is drawn. */
export type PipelineForm = 'bar' | 'gauge' | 'units' | 'number';

export const PIPELINE_FORMS: readonly PipelineForm[] = ['bar', 'gauge', 'units', 'number'];

/** Unit marks are counted by eye; past this many they stop being countable and a bar says it better. */
export const MAX_UNIT_MARKS = 100;

/** One number of the pipeline, with the short words the chart writes beside it. */
export interface PipelineItem {
  /** The number: a dataset figure (`figureById(…)`) or your own `{ value, unit, label, date, qualifier? }`. */
  figure: FigureInput;
  /** Words beside the mark, short enough for a phone; the data table keeps `figure.label`. Default: `figure.label`. */
  short?: LabelInput;
  /**
   * `bar` (default): a bar on the scale it shares with the bars of its panel, or of every stage of the same `measure`.
   * `gauge`: a percentage on its own 0–100 % track. `units`: one mark per unit (whole numbers up to 100).
   * `number`: the value set large, for a lone figure nothing shares a scale with.
   */
  form?: PipelineForm;
  /** Figures in the same unit that add up to this one, drawn as segments of its bar (2022: 24 + 2023: 18 = 42). */
  parts?: FigureInput[];
  /** What the units are, one name per unit, written on `units` marks (三大技术领域: 电子信息 …). */
  names?: LabelInput[];
}

/** Items under one optional heading inside a stage or panel. */
export interface PipelineGroup {
  label?: LabelInput;
  items: PipelineItem[];
  /** The items are one quantity at successive dates, earliest first: the widget states the change (derived). */
  trend?: boolean;
}

/** One step of the flow. */
export interface PipelineStage {
  label: LabelInput;
  /**
   * What the stage's bars count (`platforms`, `firms`): stages of one measure share one scale, so 超300 and 约40
   * are seen in proportion; different measures never share one.
   */
  measure: string;
  groups: PipelineGroup[];
}

/** A box of numbers beside the flow (rates, results, output); its bars share one scale of their own. */
export interface PipelinePanel {
  label: LabelInput;
  items: PipelineItem[];
}

/**
 * What `<innovation-pipeline>` draws: a flow of stages (platforms → incubation → graduation → high-tech
 * firms), then panels of numbers that are not stages. Every number keeps its unit and its hedge (超, 多, 约).
 * Limits ({@link PIPELINE_LIMITS}): 6 stages, 12 groups a stage, 24 items a group or panel, 6 panels,
 * 8 notes, 100 names and 12 parts an item; texts at most 1000 characters.
 */
export interface InnovationPipelineData {
  title: LabelInput;
  /** The flow, in order: left to right on wide screens, top to bottom on phones. One to six stages. */
  stages: PipelineStage[];
  panels?: PipelinePanel[];
  /** Sentences printed under the chart: what the drawing must not be read to say. */
  notes?: LabelInput[];
}

/** Units that count things: bars of any of them may share a scale when they count the same thing. */
const COUNT_UNITS = new Set<Unit>(['家', '个', '项', '种', '座', '届', '站', '批', '次', '名', '支']);

/** Bars share a scale only in one unit; counts (家, 个, 项 …) are one unit, whatever the classifier. */
export function scaleUnit(unit: Unit): string {
  return COUNT_UNITS.has(unit) ? 'count' : unit;
}

const MAX_STAGES = 6;
/**
 * The most of each list `<innovation-pipeline>` reads, so any input is bounded work: 6 stages,
 * 12 groups a stage, 24 items a group or panel, 6 panels, 8 notes, 100 names an item (one
 * per unit mark), 12 parts a bar. Every text is at most `MAX_TEXT` (1000) characters.
 */
export const PIPELINE_LIMITS = { stages: MAX_STAGES, groups: 12, items: 24, panels: 6, notes: 8, names: MAX_UNIT_MARKS, parts: 12 } as const;

/** Every problem with `input` as `<innovation-pipeline>` data, or none. */
export function checkInnovationPipelineData(input: unknown): Problems {
  const problems: Problems = [];
  if (!expectRecord(input, 'data', problems)) return problems;
  expectLabel(input, 'title', 'data', problems);
  const scales = new Map<string, { unit: string; path: string }>();
  const stages = expectArray(input, 'stages', 'data', problems);
  if (Array.isArray(input.stages) && (stages.length === 0 || stages.length > MAX_STAGES)) {
    problems.push({ path: 'data.stages', kind: 'range', expected: 'innovation-pipeline.expected.stages', actual: stages.length, params: { max: String(MAX_STAGES) } });
  }
  stages.forEach((stage, i) => {
    const path = `data.stages[${i}]`;
    if (!expectRecord(stage, path, problems)) return;
    expectLabel(stage, 'label', path, problems);
    expectString(stage, 'measure', path, problems);
    const groups = nonEmptyArray(stage, 'groups', path, problems, PIPELINE_LIMITS.groups);
    groups.forEach((group, j) => {
      const at = `${path}.groups[${j}]`;
      if (!expectRecord(group, at, problems)) return;
      expectLabel(group, 'label', at, problems, { optional: true });
      if (group.trend !== undefined && typeof group.trend !== 'boolean') problems.push({ path: `${at}.trend`, kind: 'type', expected: 'expected.boolean', actual: group.trend });
      const scale = `stage:${typeof stage.measure === 'string' ? stage.measure : i}`;
      nonEmptyArray(group, 'items', at, problems, PIPELINE_LIMITS.items).forEach((item, k) => checkItem(item, `${at}.items[${k}]`, scale, scales, problems));
    });
  });
  expectArray(input, 'panels', 'data', problems, { optional: true, max: PIPELINE_LIMITS.panels }).forEach((panel, i) => {
    const path = `data.panels[${i}]`;
    if (!expectRecord(panel, path, problems)) return;
    expectLabel(panel, 'label', path, problems);
    nonEmptyArray(panel, 'items', path, problems, PIPELINE_LIMITS.items).forEach((item, k) => checkItem(item, `${path}.items[${k}]`, `panel:${i}`, scales, problems));
  });
  expectArray(input, 'notes', 'data', problems, { optional: true, max: PIPELINE_LIMITS.notes }).forEach((note, i) => labelAt(note, `data.notes[${i}]`, problems));
  return problems;
}

/** A label standing alone in an array, reported at its own path. */
function labelAt(value: unknown, path: string, problems: Problems): void {
  const valid = isRecord(value) && typeof value['zh-Hans'] === 'string' && typeof value.en === 'string';
  if (!valid) problems.push({ path, kind: 'type', expected: 'expected.label', actual: value });
  else for (const script of ['zh-Hans', 'zh-Hant', 'en']) checkTextLength(value[script], `${path}.${script}`, problems);
}

function nonEmptyArray(record: Record<string, unknown>, key: string, path: string, problems: Problems, max: number): unknown[] {
  const items = expectArray(record, key, path, problems, { max });
  if (Array.isArray(record[key]) && items.length === 0) {
    problems.push({ path: `${path}.${key}`, kind: 'range', expected: 'innovation-pipeline.expected.non-empty', actual: items });
  }
  return items;
}

/** One item; a bar also joins its scale, which must keep to one unit. */
function checkItem(item: unknown, path: string, scale: string, scales: Map<string, { unit: string; path: string }>, problems: Problems): void {
  if (!expectRecord(item, path, problems)) return;
  const figureOk = checkFigureInput(item.figure, `${path}.figure`, problems);
  expectLabel(item, 'short', path, problems, { optional: true });
  expectOneOf(item, 'form', path, PIPELINE_FORMS, problems, { optional: true });
  const names = expectArray(item, 'names', path, problems, { optional: true, max: PIPELINE_LIMITS.names });
  names.forEach((name, i) => labelAt(name, `${path}.names[${i}]`, problems));
  const parts = expectArray(item, 'parts', path, problems, { optional: true, max: PIPELINE_LIMITS.parts });
  parts.forEach((part, i) => checkFigureInput(part, `${path}.parts[${i}]`, problems));
  if (!figureOk) return;
  const figure = item.figure as FigureInput;
  const form = (item.form as PipelineForm | undefined) ?? 'bar';
  if (form === 'gauge' && figure.unit !== '%') {
    problems.push({ path: `${path}.figure.unit`, kind: 'range', expected: 'innovation-pipeline.expected.percent', actual: figure.unit });
  }
  if ((form === 'gauge' || form === 'bar') && figure.value < 0) {
    problems.push({ path: `${path}.figure.value`, kind: 'range', expected: 'innovation-pipeline.expected.non-negative', actual: figure.value });
  }
  if (form === 'units' && !(Number.isInteger(figure.value) && figure.value >= 0 && figure.value <= MAX_UNIT_MARKS)) {
    problems.push({ path: `${path}.figure.value`, kind: 'range', expected: 'innovation-pipeline.expected.unit-count', actual: figure.value, params: { max: String(MAX_UNIT_MARKS) } });
  }
  if (names.length > 0 && names.length !== figure.value) {
    problems.push({ path: `${path}.names`, kind: 'range', expected: 'innovation-pipeline.expected.names', actual: names.length, params: { count: String(figure.value) } });
  }
  checkParts(parts, figure, path, problems);
  if (form !== 'bar') return;
  const unit = scaleUnit(figure.unit);
  const first = scales.get(scale);
  if (!first) scales.set(scale, { unit, path });
  else if (first.unit !== unit) {
    problems.push({ path: `${path}.figure.unit`, kind: 'range', expected: 'innovation-pipeline.expected.same-unit', actual: figure.unit, params: { other: first.path } });
  }
}

/** Segments must be in the bar's unit and fit inside it: 24 + 18 may make 42, never 50. */
function checkParts(parts: unknown[], figure: FigureInput, path: string, problems: Problems): void {
  const valid = parts.filter((p): p is FigureInput => isRecord(p) && typeof p.value === 'number' && typeof p.unit === 'string');
  if (valid.length !== parts.length) return;
  valid.forEach((part, i) => {
    if (scaleUnit(part.unit) !== scaleUnit(figure.unit)) {
      problems.push({ path: `${path}.parts[${i}].unit`, kind: 'range', expected: 'innovation-pipeline.expected.same-unit', actual: part.unit, params: { other: `${path}.figure` } });
    }
    if (part.value < 0) problems.push({ path: `${path}.parts[${i}].value`, kind: 'range', expected: 'innovation-pipeline.expected.non-negative', actual: part.value });
  });
  const sum = valid.reduce((total, part) => total + part.value, 0);
  if (sum > figure.value * (1 + 1e-9) + 1e-9) {
    problems.push({ path: `${path}.parts`, kind: 'range', expected: 'innovation-pipeline.expected.parts-sum', actual: sum, params: { total: String(figure.value) } });
  }
}
