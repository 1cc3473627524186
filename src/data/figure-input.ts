import type { Label, Qualifier, Unit } from './types.js';
import { expectLabel, expectNumber, expectOneOf, expectRecord, expectString, type Problems } from './validate.js';

/** A label as people write it: Traditional Chinese may be left out and is then derived from the Simplified. */
export type LabelInput = Omit<Label, 'zh-Hant'> & Partial<Pick<Label, 'zh-Hant'>>;

/** A figure as a developer passes it to a widget: the dataset's shape, with the bookkeeping optional. */
export interface FigureInput {
  value: number;
  unit: Unit;
  label: LabelInput;
  /** ISO date or year: "2023", "2024-06-15", "2021/2023". */
  date: string;
  id?: string;
  qualifier?: Qualifier;
  literal?: string;
  quote?: string;
}

export const UNITS: readonly Unit[] = ['亿元', '万元', '%', '平方公里', '平方米', '亩', '万亩', '倍', '年', '小时', '分之', '家', '个', '项', '种', '座', '届', '次', '名', '支'];
export const QUALIFIERS: readonly Qualifier[] = ['more-than', 'over', 'about', 'nearly', 'under'];

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
  expectString(input, 'quote', path, problems, { optional: true });
  return problems.length === before;
}
