// The words of <industry-cluster>: title, takeaway, table and tooltips, in one language, and the
// glyph each industry gets. Pure functions: the element only calls them.
import type { IndustryClusterData, IndustryInput } from '../../data/industries.js';
import type { IndustryStage } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatList } from '../../format/list.js';
import { formatNumber } from '../../format/number.js';
import { ROW_ORDER, type ClusterColumn, type IndustryPlace, type Side } from '../../layout/industry-groups.js';
import type { DataTable, TableCell } from '../base/view.js';

export const CLUSTERS = ['all', 'jiangmen', 'zhongshan', 'jianghai'] as const;
/** The one group `cluster` can name by itself. */
export const GROUP_CLUSTER = 'jianghai';
/** The dek names this many shared industries, then says how many in all. */
const TAKEAWAY_NAMES = 3;

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

/** A label as it starts a heading: English stage names are kept lower-case for use inside sentences. */
export function capitalise(text: string, locale: Locale): string {
  return locale.script === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** What the title and takeaway say, computed from what is drawn. */
export interface Finding {
  cluster: (typeof CLUSTERS)[number];
  /** Names of the industries both sides name, in drawing order. */
  sharedNames: string[];
  /** How many industries are drawn only on each side shown. */
  own: Partial<Record<Side, number>>;
  /** The side or group shown by itself, in words. */
  subject: string;
  annotations: Annotation[];
}

/** The title: the overlap, the finding of the widget. */
export function title(locale: Locale, { cluster, sharedNames, own, subject }: Finding): string {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const count = (n: number) => formatNumber(n, locale);
  const n = sharedNames.length;
  if (cluster === 'all') {
    return text(n === 0 ? 'industry-cluster.title-none' : n === 1 ? 'industry-cluster.title-one' : 'industry-cluster.title', { count: count(n) });
  }
  const side: Side = cluster === 'zhongshan' ? 'zhongshan' : 'jiangmen';
  const total = n + (own[side] ?? 0);
  const key = cluster === GROUP_CLUSTER ? 'industry-cluster.title-group' : 'industry-cluster.title-side';
  return text(key, { side: subject, other: text(`industry-cluster.side.${otherSide(side)}`), count: count(total), shared: count(n) });
}

/** The one sentence under the title: what to look at. */
export function takeaway(locale: Locale, { cluster, sharedNames, own, annotations }: Finding): string {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const count = (n: number) => formatNumber(n, locale);
  const names = sharedNames.map((name) => inSentence(name, locale));
  if (cluster === 'all') {
    const ownWords = (['jiangmen', 'zhongshan'] as const).map((side) =>
      text(own[side] === 1 ? 'industry-cluster.own-count-one' : 'industry-cluster.own-count', { count: count(own[side] ?? 0), side: text(`industry-cluster.side.${side}`) }),
    );
    const separator = text('industry-cluster.list-separator');
    // Two counts side by side: 12个只在江门一侧、5个只在中山一侧 / 12 … and 5 ….
    const params = { own: locale.script === 'en' ? andList(ownWords) : ownWords.join(separator), count: count(names.length) };
    if (names.length === 0) return text('industry-cluster.takeaway-none', params);
    if (names.length <= TAKEAWAY_NAMES) return text('industry-cluster.takeaway-list', { ...params, list: locale.script === 'en' ? andList(names) : formatList(names, locale) });
    // "A、B、C等6个" (等 closes a Chinese list; no 和 before it); "among them A, B and C".
    const some = names.slice(0, TAKEAWAY_NAMES);
    return text('industry-cluster.takeaway-some', { ...params, list: locale.script === 'en' ? andList(some) : some.join(separator) });
  }
  if (cluster === GROUP_CLUSTER && annotations[0]) return text('industry-cluster.takeaway-group', { label: annotations[0].label, value: annotations[0].text });
  const other = text(`industry-cluster.side.${otherSide(cluster === 'zhongshan' ? 'zhongshan' : 'jiangmen')}`);
  if (names.length === 0) return text('industry-cluster.takeaway-side-none', { other });
  return text('industry-cluster.takeaway-side', { other, list: locale.script === 'en' ? andList(names) : formatList(names, locale) });
}

/** "a, b and c": a British list, without the serial comma `Intl.ListFormat('en')` puts in. */
function andList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const otherSide = (side: Side): Side => (side === 'jiangmen' ? 'zhongshan' : 'jiangmen');

/** One row per industry, then the numbers the article gives about a group or a side. */
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
    /** How many industries each section draws, as its title says: "两市都在争取（6个）". */
    sectionCounts: { column: ClusterColumn; count: number }[];
  },
  locale: Locale,
): DataTable {
  const { names, groupName, stageName, columnTitle, separator, annotations, facts, sideName, sectionCounts } = words;
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
  for (const { column, count } of sectionCounts) {
    const label = column === 'shared' ? msg(locale, 'industry-cluster.table.count-shared') : msg(locale, 'industry-cluster.table.count-own', { side: sideName(column) });
    rows.push([{ text: label }, { text: '' }, { text: '' }, { text: columnTitle(column) }, { text: msg(locale, 'industry-cluster.count-value', { count: formatNumber(count, locale) }), value: count }]);
  }
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
