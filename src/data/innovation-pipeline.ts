import type { FigureInput, LabelInput } from './figure-input.js';

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

/**
 * The most of each list `<innovation-pipeline>` reads, so any input is bounded work: 12 groups of
 * counts, 12 of numbers, 24 items a group, 8 notes and 8 paragraphs about the data. Every text is
 * at most 1000 characters (`MAX_TEXT`).
 */
export const PIPELINE_LIMITS = { groups: 12, items: 24, notes: 8 } as const;

