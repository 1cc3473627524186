// The check of a reader's <industry-cluster> data, fetched only when a reader gives data (widget-input.ts).
import { checkFigureInput } from './figure-input.check.js';
import { INDUSTRY_LIMITS, INDUSTRY_SIDES, INDUSTRY_STAGES, MAX_FACTS, type IndustryClusterData } from './industries.js';
import { expectArray, expectLabel, expectOneOf, expectRecord, expectString, isRecord } from './expect.js';
import { MAX_TEXT, type Problems } from './validate.js';

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
