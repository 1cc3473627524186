// The words of <industry-cluster>: takeaway, table and tooltips, in one language, and the
// glyph each industry gets. Pure functions: the element only calls them.
import type { IndustryClusterData, IndustryInput } from '../../data/industries.js';
import type { IndustryStage } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { ROW_ORDER, type ClusterColumn, type IndustryPlace, type Side } from '../../layout/industry-groups.js';
import type { DataTable, TableCell } from '../base/view.js';

export const CLUSTERS = ['all', 'jiangmen', 'zhongshan', 'jianghai'] as const;
/** The one group `cluster` can name by itself. */
export const GROUP_CLUSTER = 'jianghai';
const TAKEAWAY_NAMES = 4;

export type Glyph = { kind: 'single'; side: Side; filled: boolean } | { kind: 'split'; filled: Record<Side, boolean> } | { kind: 'neutral'; filled: boolean };

/** A group's figure as drawn and tabled: "超85%" under Jiangmen's side. */
export interface Annotation {
  group: string;
  side: Side;
  label: string;
  text: string;
  value: number;
  /** The dataset figure's id, when it is one. */
  figure?: string;
}

/** A key number about a side as a whole, as drawn in its strip and tabled: "38个" 国家级产业基地. */
export interface Fact {
  side: Side;
  /** The number as the reader writes it: "38个", "首批" / "1st". */
  text: string;
  /** The short words beside it. */
  short: string;
  /** The full label, for the table. */
  label: string;
  value: number;
  figure?: string;
}

export function glyphOf(place: IndustryPlace): Glyph {
  if (place.sides.length === 2) return { kind: 'split', filled: { jiangmen: place.underway.jiangmen === true, zhongshan: place.underway.zhongshan === true } };
  const side = place.sides[0];
  return { kind: 'single', side, filled: place.underway[side] === true };
}

/** An English name as it reads inside a sentence: "Low-altitude economy" → "low-altitude economy", "AI" stays. */
export function inSentence(name: string, locale: Locale): string {
  return locale.script === 'en' && /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

/** "江门·新赛道：“…”“…”；江海区·现有基础：“…”" — every group naming it, with the article's words. */
export function membershipText(industry: IndustryInput, groupName: Map<string, string>, stageName: (s: IndustryStage) => string, locale: Locale): string {
  const merged = new Map<string, { group: string; stage: IndustryStage; quotes: string[] }>();
  for (const m of industry.memberships) {
    const key = `${m.group} ${m.stage}`;
    const entry = merged.get(key) ?? { group: m.group, stage: m.stage, quotes: [] };
    if (m.quote && !entry.quotes.includes(m.quote)) entry.quotes.push(m.quote);
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map(({ group, stage, quotes }) => {
      const params = { group: groupName.get(group) ?? group, stage: stageName(stage) };
      if (quotes.length === 0) return msg(locale, 'industry-cluster.membership', params);
      return msg(locale, 'industry-cluster.membership-quoted', { ...params, quotes: quotes.map((quote) => msg(locale, 'industry-cluster.quote', { quote })).join('') });
    })
    .join(msg(locale, 'industry-cluster.membership-separator'));
}

/** The finding in one sentence, computed from what is drawn. */
export function takeaway(
  cluster: (typeof CLUSTERS)[number],
  locale: Locale,
  { places, sharedNames, annotations, group }: { places: IndustryPlace[]; sharedNames: string[]; annotations: Annotation[]; group: string },
): string {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const count = (n: number) => formatNumber(n, locale);
  const separator = text('industry-cluster.list-separator');
  if (cluster === 'all') {
    const n = sharedNames.length;
    if (n === 0) return text('industry-cluster.takeaway-none');
    const list = sharedNames.slice(0, TAKEAWAY_NAMES).map((name) => inSentence(name, locale)).join(separator);
    const key = n === 1 ? 'industry-cluster.takeaway-one' : n > TAKEAWAY_NAMES ? 'industry-cluster.takeaway-some' : 'industry-cluster.takeaway-all';
    return text(key, { list, count: count(n) });
  }
  if (cluster === GROUP_CLUSTER) {
    if (annotations[0]) return text('industry-cluster.takeaway-group', { label: annotations[0].label, value: annotations[0].text });
    return text('industry-cluster.takeaway-group-plain', { group, count: count(places.length) });
  }
  const other: Side = cluster === 'jiangmen' ? 'zhongshan' : 'jiangmen';
  return text('industry-cluster.takeaway-side', {
    side: text(`industry-cluster.side.${cluster}`),
    other: text(`industry-cluster.side.${other}`),
    count: count(places.length),
    shared: count(sharedNames.length),
  });
}

/** One row per industry, then the figures drawn beside the columns. */
export function table(
  data: IndustryClusterData,
  places: IndustryPlace[],
  words: {
    names: string[];
    groupName: Map<string, string>;
    stageName: (s: IndustryStage) => string;
    columnTitle: (c: ClusterColumn) => string;
    separator: string;
    annotations: Annotation[];
    facts: Fact[];
    sideName: (side: Side) => string;
  },
  locale: Locale,
): DataTable {
  const { names, groupName, stageName, columnTitle, separator, annotations, facts, sideName } = words;
  const text = (key: MessageKey) => msg(locale, key);
  const rows: TableCell[][] = places.map((p) => {
    const industry = data.industries[p.index];
    const groups = [...new Set(industry.memberships.map((m) => m.group))];
    const stages = ROW_ORDER.filter((s) => industry.memberships.some((m) => m.stage === s));
    return [
      { text: names[p.index] },
      { text: groups.map((g) => groupName.get(g) ?? g).join(separator) },
      { text: stages.map(stageName).join(separator) },
      { text: columnTitle(p.sides.length === 2 ? 'shared' : p.sides[0]) },
      { text: '' },
    ];
  });
  for (const a of annotations) rows.push([{ text: a.label }, { text: groupName.get(a.group) ?? a.group }, { text: '' }, { text: '' }, { text: a.text, value: a.value, figure: a.figure }]);
  for (const f of facts) rows.push([{ text: f.label }, { text: sideName(f.side) }, { text: '' }, { text: columnTitle(f.side) }, { text: f.text, value: f.value, figure: f.figure }]);
  return {
    columns: [
      { label: text('column.item') },
      { label: text('industry-cluster.table.groups') },
      { label: text('industry-cluster.table.stages') },
      { label: text('industry-cluster.table.side') },
      { label: text('column.value'), numeric: true },
    ],
    rows,
  };
}
