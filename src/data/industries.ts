import { cities, industries as bundledIndustries, jianghaiInnovatorsFigures, zhongshanClustersFigures, zones } from './dataset.js';
import { checkFigureInput, type FigureInput, type LabelInput } from './figure-input.js';
import { messageLabel } from './message-label.js';
import type { IndustryStage, RuntimeDataset } from './types.js';

import { addMessages, type MessageKey } from '../format/messages.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, expectString, isRecord, MAX_TEXT, type Problems } from './validate.js';
import { messages as industryClusterMessages } from '../generated/messages/industry-cluster.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(industryClusterMessages);

/** The collections the industry map reads: the bundled ones, or a whole dataset's. */
type IndustrySources = Pick<RuntimeDataset, 'cities' | 'figures' | 'industries' | 'zones'>;

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
 * The one number the article gives about a group's industries as a whole. Named here
 * rather than found by topic: only this one describes the fields listed beside it.
 */
const GROUP_FIGURES: Record<string, string> = { jianghai: 'jianghai-hightech-share-three-fields' };

/**
 * The Zhongshan piece's numbers on the city's manufacturing base (“拥有38个国家级产业基地、
 * 18个省级专业镇、18项产业集群联盟标准，成功创建首批…试点示范城市”, “有20家深圳企业入选…资源池”),
 * each with its short words; in the article’s order.
 */
const SIDE_FACTS: Record<IndustrySide, [figure: string, short: MessageKey][]> = {
  jiangmen: [],
  zhongshan: [
    ['zhongshan-national-industrial-bases', 'industry-cluster.bundled.national-bases'],
    ['zhongshan-provincial-specialised-towns', 'industry-cluster.bundled.specialised-towns'],
    ['zhongshan-cluster-alliance-standards', 'industry-cluster.bundled.alliance-standards'],
    ['zhongshan-three-products-pilot-batch', 'industry-cluster.bundled.three-products-pilot'],
    ['shenzhen-firms-in-zhongshan-digital-pool', 'industry-cluster.bundled.digital-pool'],
  ],
};

/**
 * The side a dataset city or zone stands on: a district's parent city (江海区 → 江门),
 * a zone's partner city on the west bank (深江 → 江门); none for Shenzhen or Dongguan.
 */
function sideOf(id: string, from: IndustrySources): IndustrySide | undefined {
  const city = from.cities.find((c) => c.id === id);
  const zone = from.zones.find((z) => z.id === id);
  const candidates = city ? [city.parent ?? city.id] : (zone?.cities ?? []);
  return INDUSTRY_SIDES.find((side) => candidates.includes(side));
}

/**
 * The bundled collections, with the figures of the two sections that print the figures named
 * above (Jianghai's innovators, with the 85%; Zhongshan's clusters): a page with
 * <industry-cluster> alone carries no other figure.
 */
function bundledSources(): IndustrySources {
  return { cities, figures: [...jianghaiInnovatorsFigures, ...zhongshanClustersFigures], industries: bundledIndustries, zones };
}

/**
 * The article's industries as `<industry-cluster>` data. Groups go by side, and within a
 * side the city, then its cooperation zone, then its districts (江门、深江经济合作区、江海区),
 * each kind in order of first mention.
 */
export function industryClusterData(from: IndustrySources = bundledSources()): IndustryClusterData {
  const ids = [...new Set(from.industries.flatMap((i) => i.memberships.map((m) => m.group)))];
  const kind = (id: string) => (INDUSTRY_SIDES.includes(id as IndustrySide) ? 0 : from.zones.some((z) => z.id === id) ? 1 : 2);
  const groups: IndustryGroupInput[] = [];
  for (const side of INDUSTRY_SIDES) {
    for (const id of ids.filter((id) => sideOf(id, from) === side).sort((a, b) => kind(a) - kind(b))) {
      const place = from.cities.find((c) => c.id === id) ?? from.zones.find((z) => z.id === id);
      const figure = from.figures.find((f) => f.id === GROUP_FIGURES[id]);
      groups.push({ id, name: place!.name, side, ...(figure ? { figure } : {}) });
    }
  }
  const known = new Set(groups.map((g) => g.id));
  const listed = from.industries
    .map((i) => ({ ...i, memberships: i.memberships.filter((m) => known.has(m.group)) }))
    .filter((i) => i.memberships.length > 0);
  const facts: IndustryClusterData['facts'] = {};
  for (const side of INDUSTRY_SIDES) {
    const found = SIDE_FACTS[side].flatMap(([id, short]) => {
      const figure = from.figures.find((f) => f.id === id);
      return figure ? [{ ...figure, short: messageLabel(short) }] : [];
    });
    if (found.length) facts[side] = found;
  }
  return { groups, industries: listed, facts };
}

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
