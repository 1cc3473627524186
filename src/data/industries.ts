import type { FigureInput, LabelInput } from './figure-input.js';
import type { IndustryStage, RuntimeDataset } from './types.js';

// The shape of <industry-cluster>'s data (its check: industries.check.ts). The article's industries in that
// shape, with the widget's own words, are src/components/industry-cluster/industry-cluster.bundled.ts.

/** The collections the industry map reads: the bundled ones, or a whole dataset's. */
export type IndustrySources = Pick<RuntimeDataset, 'cities' | 'figures' | 'industries' | 'zones'>;

/** The two sides of the west bank the article sets against each other. */
export type IndustrySide = 'jiangmen' | 'zhongshan';

export const INDUSTRY_SIDES: readonly IndustrySide[] = ['jiangmen', 'zhongshan'];
export const INDUSTRY_STAGES: readonly IndustryStage[] = ['strength', 'arrivals', 'new-track', 'future', 'cluster'];

/** A city, district or cooperation zone that names industries, and the side it stands on. */
export interface IndustryGroupInput {
  /** Referenced by memberships, e.g. `jiangmen`, `shenjiang`, `jianghai`. */
  id: string;
  name: LabelInput;
  /** 深江经济合作区 and 江海区 stand on Jiangmen's side; 深中经济合作区 on Zhongshan's. */
  side: IndustrySide;
  /** A number the article gives about the group's industries (江海区: 超过85%的高企): in the table and, for the group's own view, the takeaway. */
  figure?: FigureInput;
}

/** One group naming one industry, at one stage, in the article's words. */
export interface IndustryMembershipInput {
  /** A group `id`. */
  group: string;
  /**
   * `new-track` 新赛道, `arrivals` the sectors of firms that moved in from Shenzhen, `strength` an
   * existing base, `cluster` a planned cluster or joint field, `future` 未来产业.
   */
  stage: IndustryStage;
  /** The sentence of the article that names it; shown in the tooltip. */
  quote?: string;
}

export interface IndustryInput {
  id: string;
  name: LabelInput;
  memberships: IndustryMembershipInput[];
  /** Another industry this wording may mean, and why; shown as a note, never merged. */
  equivalentTo?: { industry: string; reason: LabelInput };
}

/**
 * A number the article gives about one side as a whole (中山：38个国家级产业基地), listed in
 * the data table and told to screen readers with its short words.
 */
export interface IndustryFactInput extends FigureInput {
  /** Short words for the number ("国家级产业基地"); `label` when absent. The table names it by `label`. */
  short?: LabelInput;
}

/**
 * What `<industry-cluster>` draws: groups, each on Jiangmen's or Zhongshan's side, and
 * the industries they name. An industry named by groups on both sides is the finding.
 */
export interface IndustryClusterData {
  /** At most 12. */
  groups: IndustryGroupInput[];
  /** At most 60, each with at most 24 memberships; texts at most 1000 characters. */
  industries: IndustryInput[];
  /** Key numbers about a side as a whole, by side, in the order given (at most 8 a side); listed in the table. */
  facts?: Partial<Record<IndustrySide, IndustryFactInput[]>>;
}

/** The most key numbers a side may have. */
export const MAX_FACTS = 8;

/**
 * The most of each list `<industry-cluster>` reads (a map a reader can take in, and bounded
 * work for any input): 12 groups, 60 industries, 24 memberships an industry, 8 facts a side.
 * Every text is at most `MAX_TEXT` (1000) characters.
 */
export const INDUSTRY_LIMITS = { groups: 12, industries: 60, memberships: 24, facts: MAX_FACTS } as const;

