import type { FigureInput, LabelInput } from './figure-input.js';
import type { Unit } from './types.js';

// The shape of <project-pipeline>'s data (its check: project-pipeline.check.ts) and its unit rules. The article's
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

/** An investment in 亿元, the money axis's unit. */
export function toYi(figure: FigureInput): number {
  return figure.unit === '万元' ? figure.value / 1e4 : figure.value;
}
