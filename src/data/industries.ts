import { checkFigureInput, type FigureInput, type LabelInput } from './figure-input.js';
import type { IndustryStage, RuntimeDataset } from './types.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, expectString, isRecord, MAX_TEXT, type Problems } from './validate.js';

// The shape of <industry-cluster>'s data and its checker. The article's industries in that
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

/** Reports every problem of user-supplied cluster data, including memberships naming no group. */
export function checkIndustryClusterData(input: unknown, problems: Problems, path = 'data'): input is IndustryClusterData {
  const before = problems.length;
  if (!expectRecord(input, path, problems)) return false;
  const groups = expectArray(input, 'groups', path, problems, { max: INDUSTRY_LIMITS.groups });
  const industries = expectArray(input, 'industries', path, problems, { max: INDUSTRY_LIMITS.industries });
  if (Array.isArray(input.groups) && groups.length === 0) nonEmpty(`${path}.groups`, problems);
  if (Array.isArray(input.industries) && industries.length === 0) nonEmpty(`${path}.industries`, problems);

  const groupIds = idsOf(groups, `${path}.groups`, problems);
  groups.forEach((group, i) => {
    const at = `${path}.groups[${i}]`;
    if (!expectRecord(group, at, problems)) return;
    expectLabel(group, 'name', at, problems);
    expectOneOf(group, 'side', at, INDUSTRY_SIDES, problems);
    if (group.figure !== undefined) checkFigureInput(group.figure, `${at}.figure`, problems);
  });

  const industryIds = idsOf(industries, `${path}.industries`, problems);
  const groupList = [...groupIds].join(' / ');
  industries.forEach((industry, i) => {
    const at = `${path}.industries[${i}]`;
    if (!expectRecord(industry, at, problems)) return;
    expectLabel(industry, 'name', at, problems);
    const memberships = expectArray(industry, 'memberships', at, problems, { max: INDUSTRY_LIMITS.memberships });
    if (Array.isArray(industry.memberships) && memberships.length === 0) nonEmpty(`${at}.memberships`, problems);
    memberships.forEach((membership, j) => {
      const mat = `${at}.memberships[${j}]`;
      if (!expectRecord(membership, mat, problems)) return;
      expectString(membership, 'group', mat, problems);
      const group = membership.group;
      if (typeof group === 'string' && group.trim() !== '' && !groupIds.has(group)) {
        problems.push({ path: `${mat}.group`, kind: 'range', expected: 'expected.one-of', actual: group, params: { values: groupList } });
      }
      expectOneOf(membership, 'stage', mat, INDUSTRY_STAGES, problems);
      expectString(membership, 'quote', mat, problems, { optional: true });
    });
    const equivalent = industry.equivalentTo;
    if (equivalent === undefined) return;
    if (!expectRecord(equivalent, `${at}.equivalentTo`, problems)) return;
    expectLabel(equivalent, 'reason', `${at}.equivalentTo`, problems);
    const other = equivalent.industry;
    if (typeof other !== 'string' || !industryIds.has(other) || other === industry.id) {
      const values = [...industryIds].filter((id) => id !== industry.id).join(' / ');
      const expected = values ? 'expected.one-of' : 'industry-cluster.expected.other-industry';
      problems.push({ path: `${at}.equivalentTo.industry`, kind: 'range', expected, actual: other, params: { values } });
    }
  });
  if (input.facts !== undefined) checkFacts(input.facts, `${path}.facts`, problems);
  return problems.length === before;
}

/** Key numbers by side: known sides only, a list each of at most {@link MAX_FACTS} figures. */
function checkFacts(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  for (const key of Object.keys(input)) {
    const at = `${path}.${key}`;
    if (!(INDUSTRY_SIDES as readonly string[]).includes(key)) {
      problems.push({ path: at, kind: 'range', expected: 'industry-cluster.expected.side', actual: key, params: { values: INDUSTRY_SIDES.join(' / ') } });
      continue;
    }
    const facts = expectArray(input, key, path, problems);
    if (facts.length > MAX_FACTS) problems.push({ path: at, kind: 'range', expected: 'industry-cluster.expected.facts', actual: facts.length, params: { max: String(MAX_FACTS) } });
    facts.slice(0, MAX_FACTS).forEach((fact, i) => {
      const fat = `${at}[${i}]`;
      checkFigureInput(fact, fat, problems);
      if (isRecord(fact)) expectLabel(fact, 'short', fat, problems, { optional: true });
    });
  }
}

/** The string ids of `items`, reporting missing and repeated ones. */
function idsOf(items: unknown[], path: string, problems: Problems): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    expectString(item, 'id', `${path}[${i}]`, problems);
    const id = item.id;
    if (typeof id !== 'string' || id.length > MAX_TEXT || id.trim() === '') return;
    if (ids.has(id)) problems.push({ path: `${path}[${i}].id`, kind: 'range', expected: 'industry-cluster.expected.unique', actual: id });
    ids.add(id);
  });
  return ids;
}

function nonEmpty(path: string, problems: Problems): void {
  problems.push({ path, kind: 'range', expected: 'industry-cluster.expected.non-empty', actual: [] });
}
