import type { Label, Qualifier, Unit } from './types.js';

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
  /** True for ranks (第4座, 首届) rather than quantities. */
  ordinal?: boolean;
  literal?: string;
  quote?: string;
  /**
   * Where a reader's own figure comes from, shown as its source line ("来源：…"): plain text,
   * or a label per language. Without it a reader's figure has no source line: the article is
   * never credited for a number it did not print. Ignored for the dataset's own figures.
   */
  source?: string | LabelInput;
}

/** Longest source line accepted: a citation, not a paragraph. */
export const SOURCE_MAX = 200;

// A record, not a list, so the compiler fails here when `Unit` gains a member.
const UNIT_SET: Record<Unit, true> = {
  亿元: true, 万元: true, '%': true, 平方公里: true, 平方米: true, 万平方米: true, 亩: true, 万亩: true, 倍: true, 番: true,
  年: true, 小时: true, 分之: true, 家: true, 个: true, 项: true, 种: true, 座: true, 届: true, 站: true, 批: true, 次: true,
  名: true, 支: true,
};
export const UNITS = Object.keys(UNIT_SET) as Unit[];
export const QUALIFIERS: readonly Qualifier[] = ['more-than', 'over', 'about', 'nearly', 'under'];

