// The view of <industry-cluster>: the drawing's geometry and every sentence around it, for
// one language and width. A pure function of the data and the resolved `cluster`: the
// element resolves attributes and calls it.
import { labelText } from '../../data/dataset.js';
import type { IndustryClusterData } from '../../data/industries.js';
import type { IndustryStage } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutIndustryCluster, type ClusterSectionInput, type IndustryClusterLayout } from '../../layout/industry-cluster.js';
import { COLUMN_ORDER, placeIndustries, ROW_ORDER, type ClusterColumn, type IndustryPlace, type Side } from '../../layout/industry-groups.js';
import type { FrameView } from '../base/view.js';
import { capitalise, CLUSTERS, GROUP_CLUSTER, glyphOf, membershipText, table, takeaway, title, type Annotation, type Fact, type Finding, type Glyph } from './industry-cluster.words.js';

export interface IndustryClusterView extends FrameView {
  geometry: IndustryClusterLayout;
  /** The section each drawn section stands for: its colour. */
  sections: ClusterColumn[];
  /** How many industries each section draws: the number in its title. */
  sectionCounts: number[];
  /** In the order of `geometry.items`. */
  glyphs: Glyph[];
  legendGlyphs: Glyph[];
}

export interface IndustryClusterViewContext {
  width: number;
  locale: Locale;
}

/** Geometry and words of <industry-cluster> for one `cluster` the data has. */
export function industryClusterView(data: IndustryClusterData, cluster: (typeof CLUSTERS)[number], { width, locale }: IndustryClusterViewContext): IndustryClusterView {
  const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
  const count = (n: number) => formatNumber(n, locale);
  const groups = data.groups.filter((g) => (cluster === 'all' ? true : cluster === GROUP_CLUSTER ? g.id === cluster : g.side === cluster));
  const places = placeIndustries(data.groups, data.industries, new Set(groups.map((g) => g.id)));
  const sidesShown = (['jiangmen', 'zhongshan'] as const).filter((s) => groups.some((g) => g.side === s));
  const groupName = new Map(data.groups.map((g) => [g.id, labelText(g.name, locale)]));
  const names = data.industries.map((i) => labelText(i.name, locale));
  const sideName = (side: Side) => text(`industry-cluster.side.${side}`);
  const stageName = (s: IndustryStage) => text(`industry-cluster.stage.${s}`);
  const separator = text('industry-cluster.list-separator');
  const columnTitle = (c: ClusterColumn) => text(`industry-cluster.column.${c}`);

  const sections = COLUMN_ORDER.filter((c) => places.some((p) => p.column === c));
  const inSection = (c: ClusterColumn) => places.filter((p) => p.column === c);
  const alone = sidesShown.length === 1 ? sidesShown[0] : undefined;
  const sectionTitle = (c: ClusterColumn) => {
    const n = count(inSection(c).length);
    if (c !== 'shared') return text('industry-cluster.section.own', { side: sideName(c), count: n });
    return alone ? text('industry-cluster.section.shared-side', { other: sideName(alone === 'jiangmen' ? 'zhongshan' : 'jiangmen'), count: n }) : text('industry-cluster.section.shared', { count: n });
  };
  const sectionInputs: ClusterSectionInput[] = sections.map((c) => ({
    title: sectionTitle(c),
    subtitle: c === 'shared' ? '' : groups.filter((g) => g.side === c).map((g) => groupName.get(g.id)).join(separator),
    highlight: c === 'shared',
    rows:
      c === 'shared'
        ? [{ heading: '', items: inSection(c).map((p) => names[p.index]) }]
        : ROW_ORDER.filter((stage) => inSection(c).some((p) => p.stage === stage)).map((stage) => {
            const row = inSection(c).filter((p) => p.stage === stage);
            return { heading: rowHeading(data, row, stage, c, { groupName, stageName, locale }), items: row.map((p) => names[p.index]) };
          }),
  }));
  // Drawing order: section by section, row by row, as the layout reads its items.
  const drawn: IndustryPlace[] = sections.flatMap((c) => (c === 'shared' ? inSection(c) : ROW_ORDER.flatMap((stage) => inSection(c).filter((p) => p.stage === stage))));
  const glyphs = drawn.map((p) => glyphOf(p));
  const legendGlyphs: Glyph[] = [
    { kind: 'neutral', filled: true },
    ...(glyphs.some((g) => !isFilled(g)) ? [{ kind: 'neutral', filled: false } as Glyph] : []),
    ...(glyphs.some((g) => g.kind === 'split') ? [{ kind: 'split', filled: { jiangmen: true, zhongshan: true } } as Glyph] : []),
  ];
  const legendWord = (g: Glyph) => text(g.kind === 'split' ? 'industry-cluster.legend.split' : g.filled ? 'industry-cluster.legend.underway' : 'industry-cluster.legend.future');
  const geometry = layoutIndustryCluster({ sections: sectionInputs, legend: legendGlyphs.map(legendWord) }, { width });

  const annotations: Annotation[] = groups.flatMap(({ id, side, figure: f }) =>
    f ? [{ group: id, side, label: labelText(f.label, locale), text: formatFigureValue(f, locale), value: f.value, figure: f.id }] : [],
  );
  // Numbers about a side as a whole: in a view of that side, not of one of its groups.
  const facts: Fact[] = cluster === GROUP_CLUSTER ? [] : sidesShown.flatMap((side) =>
    (data.facts?.[side] ?? []).map((f) => ({ side, text: formatFigureValue(f, locale), short: labelText(f.short ?? f.label, locale), label: labelText(f.label, locale), value: f.value, figure: f.id })),
  );
  const finding: Finding = {
    cluster,
    sharedNames: inSection('shared').map((p) => names[p.index]),
    own: Object.fromEntries(sidesShown.map((s) => [s, inSection(s).length])),
    subject: cluster === GROUP_CLUSTER ? (groupName.get(cluster) ?? cluster) : cluster === 'all' ? '' : sideName(cluster),
    annotations,
  };
  const order = ROW_ORDER.map(stageName).join(separator);
  return {
    title: title(locale, finding),
    takeaway: takeaway(locale, finding),
    description: [
      ...sections.map((c, i) => text('industry-cluster.description-section', { section: sectionInputs[i].title, list: inSection(c).map((p) => names[p.index]).join(separator) })),
      text('industry-cluster.description-marks', { order }),
      ...sidesShown.flatMap((side) => {
        const list = facts.filter((f) => f.side === side).map((f) => text('industry-cluster.fact-item', { value: f.text, label: f.short }));
        return list.length ? [text('industry-cluster.description-facts', { side: sideName(side), list: list.join(separator) })] : [];
      }),
    ].join(' '),
    width: geometry.width,
    height: geometry.height,
    geometry,
    sections,
    sectionCounts: sections.map((c) => inSection(c).length),
    glyphs,
    legendGlyphs,
    marks: drawn.map((p, i) => ({
      label: text('industry-cluster.tooltip', {
        industry: names[p.index],
        column: columnTitle(p.column),
        memberships: membershipText(data.industries[p.index], groupName, stageName, locale),
      }),
      x: geometry.items[i].cx,
      y: geometry.items[i].cy,
    })),
    table: () => table(data, drawn, { names, groupName, stageName: (s) => capitalise(stageName(s), locale), columnTitle, separator, annotations, facts, sideName, sectionCounts: sections.map((c) => ({ column: c, count: inSection(c).length })) }, locale),
    notes: [
      ...(annotations.length || facts.length ? [text('industry-cluster.note-numbers')] : []),
      ...drawn.flatMap(({ index }) => {
        const same = data.industries[index].equivalentTo;
        if (!same) return [];
        const other = data.industries.findIndex((o) => o.id === same.industry);
        return [text('industry-cluster.note-equivalent', { a: names[index], b: names[other] ?? same.industry, reason: labelText(same.reason, locale) })];
      }),
    ],
    about: [
      text('industry-cluster.about-sides'),
      ...(places.some((p) => data.industries[p.index].memberships.some((m) => m.stage === 'arrivals')) ? [text('industry-cluster.about-arrivals')] : []),
      text('industry-cluster.about-rows', { order }),
      text('industry-cluster.about-wording'),
    ],
  };
}

const isFilled = (g: Glyph) => (g.kind === 'split' ? g.filled.jiangmen && g.filled.zhongshan : g.filled);

/**
 * A row's heading: its kind, and the group that names it when that is one group other than
 * the side's city (江海区·现有基础, 深江经济合作区·规划与合作领域), so a row says whose list it is.
 */
function rowHeading(
  data: IndustryClusterData,
  row: IndustryPlace[],
  stage: IndustryStage,
  side: ClusterColumn,
  { groupName, stageName, locale }: { groupName: Map<string, string>; stageName: (s: IndustryStage) => string; locale: Locale },
): string {
  const namers = new Set(row.flatMap((p) => data.industries[p.index].memberships.filter((m) => m.stage === stage).map((m) => m.group)));
  const [only] = namers;
  const sideGroups = data.groups.filter((g) => g.side === side);
  if (namers.size !== 1 || only === side || !sideGroups.some((g) => g.id === only) || sideGroups.length < 2) return capitalise(stageName(stage), locale);
  return msg(locale, 'industry-cluster.row-in-group', { group: groupName.get(only) ?? only, stage: stageName(stage) });
}
