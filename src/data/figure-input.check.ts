// The check of a reader's figure (and of the figures other widgets' data holds): with the
// other checks, fetched only when a reader gives data (widget-input.ts).
import { QUALIFIERS, SOURCE_MAX, UNITS, type FigureInput } from './figure-input.js';
import { expectLabel, expectNumber, expectOneOf, expectRecord, expectString, isRecord } from './expect.js';
import type { Problems } from './validate.js';

/** Checks one figure-shaped object, reporting every problem at once (not just the first). */
export function checkFigureInput(input: unknown, path: string, problems: Problems): input is FigureInput {
  const before = problems.length;
  if (!expectRecord(input, path, problems)) return false;
  expectNumber(input, 'value', path, problems);
  expectOneOf(input, 'unit', path, UNITS, problems);
  expectLabel(input, 'label', path, problems);
  expectString(input, 'date', path, problems);
  expectOneOf(input, 'qualifier', path, QUALIFIERS, problems, { optional: true });
  expectString(input, 'id', path, problems, { optional: true });
  expectString(input, 'literal', path, problems, { optional: true });
  if (input.ordinal !== undefined && typeof input.ordinal !== 'boolean') problems.push({ path: `${path}.ordinal`, kind: 'type', expected: 'expected.boolean', actual: input.ordinal });
  expectString(input, 'quote', path, problems, { optional: true });
  checkSource(input, path, problems);
  return problems.length === before;
}

/** A source is a short text or a `{ 'zh-Hans', en }` label, each at most SOURCE_MAX characters. */
function checkSource(input: Record<string, unknown>, path: string, problems: Problems): void {
  const source = Object.prototype.hasOwnProperty.call(input, 'source') ? input.source : undefined;
  if (source === undefined) return;
  const texts = typeof source === 'string' ? [source] : isRecord(source) ? [source['zh-Hans'], source.en] : [];
  const ok = texts.length > 0 && texts.every((t) => typeof t === 'string' && t.trim() !== '' && t.length <= SOURCE_MAX);
  if (!ok) problems.push({ path: `${path}.source`, kind: 'type', expected: 'expected.source', actual: source, params: { max: String(SOURCE_MAX) } });
}

/** One figure, or a pair to compare (exactly two): every problem of either. */
export function checkFigureOrPair(input: unknown, problems: Problems): void {
  if (!Array.isArray(input)) {
    checkFigureInput(input, 'data', problems);
    return;
  }
  if (input.length !== 2) problems.push({ path: 'data', kind: 'range', expected: 'expected.one-of', actual: input.length, params: { values: '1, 2' } });
  input.slice(0, 2).forEach((item, i) => checkFigureInput(item, `data[${i}]`, problems));
}
