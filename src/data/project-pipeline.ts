import { checkFigureInput, UNITS, type FigureInput, type LabelInput } from './figure-input.js';
import type { Unit } from './types.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, isRecord, type Problems } from './validate.js';

// The shape of <project-pipeline>'s data, its checker and its unit rules. The article's
// programmes in that shape, named in the widget's words, are
// src/components/project-pipeline/project-pipeline.bundled.ts.

/** Colours a programme may take (`--gba-color-<tone>`); its label always names the city too. */
export const PIPELINE_TONES = ['jiangmen', 'zhongshan', 'shenzhen', 'context'] as const;
export type PipelineTone = (typeof PIPELINE_TONES)[number];

/** Money units the investment axis takes; it is drawn in 亿元. */
export const MONEY_UNITS: readonly Unit[] = ['亿元', '万元'];
/** Units that count projects. */
export const COUNT_UNITS: readonly Unit[] = ['个', '项', '家'];

/** One programme of projects: a park, a city's list of projects, one firm's project. */
export interface PipelineProgramme {
  /** Its name, with its city: "江门市安全应急产业园". */
  label: LabelInput;
  /** Planned or total investment, unit 亿元 or 万元; drawn on the money axis. */
  investment?: FigureInput;
  /**
   * What the article calls that money — 总投资额, 计划投资额, 计划投资总额, 预计总投资 —
   * drawn before its value, so a planned sum is never read as a total one.
   */
  term?: LabelInput;
  /** How many projects, unit 个, 项 or 家; drawn on the count axis. */
  projects?: FigureInput;
  /** How many of those are large (亿元以上), drawn inside the projects bar; at most `projects`. */
  largeProjects?: FigureInput;
  /** Other numbers printed beside the name, each as "{label}{value}" (占地70余亩); its `label` is the lead-in. */
  extras?: FigureInput[];
  /** Colour: `jiangmen` (the accent), `zhongshan`, `shenzhen` or `context`. */
  tone?: PipelineTone;
  /** A caveat, in the “About the data” disclosure. */
  note?: LabelInput;
}

/** A number that is neither money nor a project count, shown large: 300多家, 30倍. */
export interface PipelineHighlight {
  figure: FigureInput;
  /** What it counts: "深圳企业落户江门". */
  caption: LabelInput;
  /** Numbers that go with it, each as "{label}{value}" (用时5年). */
  extras?: FigureInput[];
  tone?: PipelineTone;
  note?: LabelInput;
}

/** What `<project-pipeline>` draws. */
export interface ProjectPipelineData {
  /** 1 to 12 programmes, each with at most 8 extras; texts at most 1000 characters. */
  programmes: PipelineProgramme[];
  /** At most 6, each with at most 8 extras. */
  highlights?: PipelineHighlight[];
}

const MAX_PROGRAMMES = 12;
const MAX_HIGHLIGHTS = 6;
/** Extra figures of one programme or highlight: a line of words, not a list. */
const MAX_EXTRAS = 8;

/** Checks `<project-pipeline>` data, reporting every problem at once. */
export function checkProjectPipelineData(input: unknown, problems: Problems, path = 'data'): input is ProjectPipelineData {
  const before = problems.length;
  if (!expectRecord(input, path, problems)) return false;
  const programmes = expectArray(input, 'programmes', path, problems);
  if (Array.isArray(input.programmes) && (programmes.length === 0 || programmes.length > MAX_PROGRAMMES)) {
    problems.push({ path: `${path}.programmes`, kind: 'range', expected: 'project-pipeline.expected.count', actual: programmes.length, params: { min: '1', max: String(MAX_PROGRAMMES) } });
  }
  programmes.slice(0, MAX_PROGRAMMES).forEach((item, i) => checkProgramme(item, `${path}.programmes[${i}]`, problems));
  const highlights = expectArray(input, 'highlights', path, problems, { optional: true });
  if (highlights.length > MAX_HIGHLIGHTS) {
    problems.push({ path: `${path}.highlights`, kind: 'range', expected: 'project-pipeline.expected.count', actual: highlights.length, params: { min: '0', max: String(MAX_HIGHLIGHTS) } });
  }
  highlights.slice(0, MAX_HIGHLIGHTS).forEach((item, i) => {
    const at = `${path}.highlights[${i}]`;
    if (!expectRecord(item, at, problems)) return;
    checkFigureInput(item.figure, `${at}.figure`, problems);
    expectLabel(item, 'caption', at, problems);
    expectOneOf(item, 'tone', at, PIPELINE_TONES, problems, { optional: true });
    expectLabel(item, 'note', at, problems, { optional: true });
    expectArray(item, 'extras', at, problems, { optional: true, max: MAX_EXTRAS }).forEach((extra, j) => checkFigureInput(extra, `${at}.extras[${j}]`, problems));
  });
  return problems.length === before;
}

function checkProgramme(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'label', path, problems);
  expectOneOf(input, 'tone', path, PIPELINE_TONES, problems, { optional: true });
  expectLabel(input, 'note', path, problems, { optional: true });
  expectLabel(input, 'term', path, problems, { optional: true });
  if (input.investment === undefined && input.projects === undefined) {
    problems.push({ path: `${path}.investment`, kind: 'missing', expected: 'project-pipeline.expected.measure' });
  }
  if (input.investment !== undefined) checkMeasure(input.investment, `${path}.investment`, MONEY_UNITS, problems);
  const projects = input.projects !== undefined ? checkMeasure(input.projects, `${path}.projects`, COUNT_UNITS, problems) : undefined;
  if (input.largeProjects !== undefined) {
    const large = checkMeasure(input.largeProjects, `${path}.largeProjects`, COUNT_UNITS, problems);
    if (input.projects === undefined) problems.push({ path: `${path}.projects`, kind: 'missing', expected: 'expected.number' });
    else if (large !== undefined && projects !== undefined && large > projects) {
      problems.push({ path: `${path}.largeProjects.value`, kind: 'range', expected: 'project-pipeline.expected.part', actual: large });
    }
  }
  expectArray(input, 'extras', path, problems, { optional: true, max: MAX_EXTRAS }).forEach((extra, j) => checkFigureInput(extra, `${path}.extras[${j}]`, problems));
}

/** A figure in one of `units`, not below zero; its value when it is one. Every problem is reported, not the first. */
function checkMeasure(input: unknown, path: string, units: readonly Unit[], problems: Problems): number | undefined {
  const before = problems.length;
  checkFigureInput(input, path, problems);
  if (!isRecord(input)) return undefined;
  const { value, unit } = input;
  if (typeof unit === 'string' && (UNITS as string[]).includes(unit) && !units.includes(unit as Unit)) {
    problems.push({ path: `${path}.unit`, kind: 'range', expected: 'expected.one-of', actual: unit, params: { values: units.join(' / ') } });
  }
  if (typeof value === 'number' && value < 0) {
    problems.push({ path: `${path}.value`, kind: 'range', expected: 'project-pipeline.expected.non-negative', actual: value });
  }
  return problems.length === before ? (value as number) : undefined;
}

/** An investment in 亿元, the money axis's unit. */
export function toYi(figure: FigureInput): number {
  return figure.unit === '万元' ? figure.value / 1e4 : figure.value;
}
