// The check of a reader's <plan-timeline> data, fetched only when a reader gives data (widget-input.ts).
import { checkFigureInput } from './figure-input.check.js';
import { PLACES, TIMELINE_LIMITS, type Precision } from './timeline-events.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, expectString, expectStringList } from './expect.js';
import type { Problems } from './validate.js';
import { dateExtent } from '../standards/dates.js';

const PRECISIONS: readonly Precision[] = ['year', 'early-year', 'month', 'day', 'upcoming'];

/** Every problem with a developer's timeline data, none thrown. */
export function checkTimelineData(input: unknown): Problems {
  const problems: Problems = [];
  if (!expectRecord(input, 'data', problems)) return problems;
  expectArray(input, 'events', 'data', problems, { max: TIMELINE_LIMITS.events }).forEach((event, i) => {
    const path = `data.events[${i}]`;
    if (!expectRecord(event, path, problems)) return;
    expectDate(event, 'date', path, problems);
    expectOneOf(event, 'precision', path, PRECISIONS, problems, { optional: true });
    expectString(event, 'asWritten', path, problems, { optional: true });
    expectOneOf(event, 'place', path, PLACES, problems, { optional: true });
    if (event.doneBy !== undefined && typeof event.doneBy !== 'boolean') problems.push({ path: `${path}.doneBy`, kind: 'type', expected: 'expected.boolean', actual: event.doneBy });
    expectLabel(event, 'label', path, problems);
    expectString(event, 'quote', path, problems, { optional: true });
    expectString(event, 'id', path, problems, { optional: true });
    expectStringList(event, 'topics', path, problems, { max: TIMELINE_LIMITS.topics });
    expectArray(event, 'figures', path, problems, { optional: true, max: TIMELINE_LIMITS.figures }).forEach((figure, j) => checkFigureInput(figure, `${path}.figures[${j}]`, problems));
  });
  if (input.asOf !== undefined) expectDate(input, 'asOf', 'data', problems);
  expectLabel(input, 'dateRule', 'data', problems, { optional: true });
  expectArray(input, 'context', 'data', problems, { optional: true }).forEach((figure, j) => checkFigureInput(figure, `data.context[${j}]`, problems));
  return problems;
}

function expectDate(record: Record<string, unknown>, key: string, path: string, problems: Problems): void {
  const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  // A date is short: 10 MB of text is not parsed to find that out.
  if (typeof value === 'string' && value.length <= 32 && dateExtent(value)) return;
  problems.push({ path: `${path}.${key}`, kind: value === undefined ? 'missing' : 'range', expected: 'plan-timeline.expected-date', actual: value });
}
