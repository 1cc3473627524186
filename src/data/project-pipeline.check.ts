// The check of a reader's <project-pipeline> data, fetched only when a reader gives data (widget-input.ts).
import { checkFigureInput } from './figure-input.check.js';
import { UNITS } from './figure-input.js';
import { COUNT_UNITS, MONEY_UNITS, PIPELINE_TONES, type ProjectPipelineData } from './project-pipeline.js';
import type { Unit } from './types.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, isRecord } from './expect.js';
import type { Problems } from './validate.js';

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
