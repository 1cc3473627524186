import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelText } from '../../data/dataset.js';
import { checkIndustryClusterData, industryClusterData, type IndustryClusterData } from '../../data/industries.js';
import type { IndustryStage } from '../../data/types.js';
import type { Problems } from '../../data/validate.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutIndustryCluster, ITEM_STYLE, type IndustryClusterLayout } from '../../layout/industry-cluster.js';
import { placeIndustries, ROW_ORDER, type ClusterColumn, type Side } from '../../layout/industry-groups.js';
import type { FlowedLabel } from '../../layout/label-flow.js';
import type { TextBlock } from '../../layout/text-block.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { industryClusterStyles } from './industry-cluster.styles.js';
import { CLUSTERS, GROUP_CLUSTER, glyphOf, membershipText, table, takeaway, type Annotation, type Fact, type Glyph } from './industry-cluster.words.js';
import { messages as industryClusterMessages } from '../../generated/messages/industry-cluster.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(industryClusterMessages);

export type { IndustryClusterData };

interface IndustryClusterView extends FrameView {
  geometry: IndustryClusterLayout;
  columns: ClusterColumn[];
  glyphs: Glyph[];
  legendGlyphs: Glyph[];
  /** Raw numbers of the annotations, for `data-value`. */
  values: number[];
  /** The sides of the annotations and of the key numbers, for their colour. */
  annotationSides: Side[];
  facts: Fact[];
}

let bundled: IndustryClusterData | undefined;

/**
 * Which industries the west bank is chasing: the industries Jiangmen's side (the city,
 * the Shenzhen–Jiangmen zone, Jianghai District) and Zhongshan's side (the city, the
 * Shenzhen–Zhongshan zone) name, in rows by stage. An industry named on both sides is
 * one mark in the middle column, drawn in two halves — where the two cities compete for
 * the same Shenzhen firms. Filled marks are under way, hollow ones future industries.
 * Under a side's column stand the numbers the article gives about it as a whole:
 * Jianghai's 85%, and a strip of Zhongshan's key numbers (38 national industrial bases,
 * 18 provincial specialised towns, 18 alliance standards, the first batch of “three
 * products” pilot cities, 20 Shenzhen firms in its digital supplier pool).
 * Below 560 px the columns become three blocks, one under another.
 *
 * @summary The industries Jiangmen and Zhongshan chase, and the ones both chase.
 * @tag industry-cluster
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding: the industries both cities pursue.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused industry: every group naming it, and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart (how marks are placed; no merging of wordings).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per industry, the group figures and each side's key numbers.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Marks, heading and numbers of Jiangmen's side (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Marks, heading and key numbers of Zhongshan's side.
 * @cssprop --gba-color-shared - Heading and outline of the middle column, the industries both cities pursue.
 * @cssprop --gba-color-context - Marks of the legend.
 * @cssprop --gba-color-surface - Background of the middle column.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Row headings, notes and legend.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class IndustryCluster extends GbaElement<IndustryClusterData, IndustryClusterView> {
  static override styles = [...GbaElement.styles, industryClusterStyles];

  /**
   * Which groups to show: `all` (default) both sides and the middle column; `jiangmen`
   * Jiangmen, the Shenzhen–Jiangmen zone and Jianghai; `zhongshan` Zhongshan and the
   * Shenzhen–Zhongshan zone; `jianghai` Jianghai's three fields with the 85% figure.
   */
  @property() cluster: 'all' | 'jiangmen' | 'zhongshan' | 'jianghai' = 'all';

  /**
   * Your own groups and industries, replacing the article's:
   * `{ groups: [{ id, name: { 'zh-Hans', en }, side: 'jiangmen' | 'zhongshan', figure? }],
   * industries: [{ id, name, memberships: [{ group, stage: 'strength' | 'new-track' | 'future' | 'cluster', quote? }], equivalentTo? }],
   * facts?: { jiangmen?: [...], zhongshan?: [...] } }`.
   * `figure` is a `FigureInput` drawn under the group's side; `facts` are up to 8 key numbers a side
   * (`FigureInput`s, each with an optional short label `short`), drawn as a strip under the side's column.
   */
  @property({ attribute: false }) data?: IndustryClusterData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): IndustryClusterData {
    return (bundled ??= industryClusterData());
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    checkIndustryClusterData(input, problems);
    return problems;
  }

  protected override layout(data: IndustryClusterData, context: LayoutContext): IndustryClusterView | FatalView {
    const { locale, width } = context;
    const text = (key: MessageKey, params?: Record<string, string | number>) => msg(locale, key, params);
    const cluster = this.resolveCluster(data, context);
    const groups = data.groups.filter((g) => (cluster === 'all' ? true : cluster === GROUP_CLUSTER ? g.id === cluster : g.side === cluster));
    const visible = new Set(groups.map((g) => g.id));
    const places = placeIndustries(data.groups, data.industries, visible);
    const sidesShown = (['jiangmen', 'zhongshan'] as const).filter((s) => groups.some((g) => g.side === s));
    const columns: ClusterColumn[] = sidesShown.length === 2 ? ['jiangmen', 'shared', 'zhongshan'] : sidesShown;

    const groupName = new Map(data.groups.map((g) => [g.id, labelText(g.name, locale)]));
    const names = data.industries.map((i) => labelText(i.name, locale));
    const columnTitle = (c: ClusterColumn) => text(`industry-cluster.column.${c}`);
    const stageName = (s: IndustryStage) => text(`industry-cluster.stage.${s}`);
    const separator = text('industry-cluster.list-separator');
    const rows = ROW_ORDER.map(stageName);

    const annotations: Annotation[] = groups.flatMap(({ id, side, figure: f }) =>
      f ? [{ group: id, side, label: labelText(f.label, locale), text: formatFigureValue(f, locale), value: f.value, figure: f.id }] : [],
    );
    // Numbers about a side as a whole: in a view of that side, not of one of its groups.
    const facts: Fact[] = cluster === GROUP_CLUSTER ? [] : sidesShown.flatMap((side) =>
      (data.facts?.[side] ?? []).map((f) => ({
        side,
        text: formatFigureValue(f, locale),
        short: labelText(f.short ?? f.label, locale),
        label: labelText(f.label, locale),
        value: f.value,
        figure: f.id,
      })),
    );
    const sideName = (side: Side) => text(`industry-cluster.side.${side}`);
    const glyphs = places.map((p) => glyphOf(p));
    const legendGlyphs: Glyph[] = [
      { kind: 'neutral', filled: true },
      { kind: 'neutral', filled: false },
      ...(glyphs.some((g) => g.kind === 'split') ? [{ kind: 'split', filled: { jiangmen: true, zhongshan: true } } as Glyph] : []),
    ];
    const legendKeys: MessageKey[] = ['industry-cluster.legend.underway', 'industry-cluster.legend.future', 'industry-cluster.legend.split'];

    const geometry = layoutIndustryCluster(
      {
        columns: columns.map((c) => ({
          title: columnTitle(c),
          subtitle: c === 'shared' ? text('industry-cluster.column.shared-subtitle') : groups.filter((g) => g.side === c).map((g) => groupName.get(g.id)).join(separator),
          highlight: c === 'shared',
          ...(c !== 'shared' && facts.some((f) => f.side === c) ? { factsHeading: text('industry-cluster.facts-heading', { side: sideName(c) }) } : {}),
        })),
        rows,
        items: places.map((p) => ({ column: columns.indexOf(p.column), row: ROW_ORDER.indexOf(p.stage), label: names[p.index] })),
        annotations: annotations.map((a) => ({ column: columns.indexOf(a.side), value: a.text, text: a.label })),
        facts: facts.map((f) => ({ column: columns.indexOf(f.side), value: f.text, text: f.short })),
        legend: legendGlyphs.map((_, i) => text(legendKeys[i])),
      },
      { width },
    );

    const sharedNames = places.filter((p) => p.sides.length === 2).map((p) => names[p.index]);
    const order = rows.join(separator);
    return {
      title: cluster === 'all' ? text('industry-cluster.title')
        : cluster === GROUP_CLUSTER ? text('industry-cluster.title-group', { group: groupName.get(cluster) ?? cluster })
        : text('industry-cluster.title-side', { side: text(`industry-cluster.side.${cluster}`) }),
      takeaway: takeaway(cluster, locale, { places, sharedNames, annotations, group: groupName.get(cluster) ?? '' }),
      description: [
        ...columns.map((c) => {
          const list = places.filter((p) => p.column === c).map((p) => names[p.index]);
          return text('industry-cluster.description-column', { column: columnTitle(c), count: formatNumber(list.length, locale), list: list.join(separator) });
        }),
        text('industry-cluster.description-marks', { order }),
        ...sidesShown.flatMap((side) => {
          const list = facts.filter((f) => f.side === side).map((f) => text('industry-cluster.fact-item', { value: f.text, label: f.short }));
          return list.length ? [text('industry-cluster.description-facts', { side: sideName(side), list: list.join(separator) })] : [];
        }),
      ].join(' '),
      width: geometry.width,
      height: geometry.height,
      geometry,
      columns,
      glyphs,
      legendGlyphs,
      values: annotations.map((a) => a.value),
      annotationSides: annotations.map((a) => a.side),
      facts,
      marks: places.map((p, i) => ({
        label: text('industry-cluster.tooltip', {
          industry: names[p.index],
          column: columnTitle(p.sides.length === 2 ? 'shared' : p.sides[0]),
          memberships: membershipText(data.industries[p.index], groupName, stageName, locale),
        }),
        x: geometry.items[i].cx,
        y: geometry.items[i].cy,
      })),
      table: () => table(data, places, { names, groupName, stageName, columnTitle, separator, annotations, facts, sideName }, locale),
      notes: [
        text('industry-cluster.note-rows', { order }),
        text('industry-cluster.note-wording'),
        ...places.flatMap(({ index }) => {
          const same = data.industries[index].equivalentTo;
          if (!same) return [];
          const other = data.industries.findIndex((o) => o.id === same.industry);
          return [text('industry-cluster.note-equivalent', { a: names[index], b: names[other] ?? same.industry, reason: labelText(same.reason, locale) })];
        }),
      ],
    };
  }

  /** The `cluster` to draw; nonsense, or a group the data lacks, falls back to `all` with a message. */
  private resolveCluster(data: IndustryClusterData, { locale, badAttribute }: LayoutContext): (typeof CLUSTERS)[number] {
    const cluster = this.cluster;
    if (!(CLUSTERS as readonly string[]).includes(cluster)) {
      badAttribute('cluster', cluster, msg(locale, 'industry-cluster.error.cluster'));
      return 'all';
    }
    const present = cluster === 'all' || data.groups.some((g) => (cluster === GROUP_CLUSTER ? g.id === cluster : g.side === cluster));
    if (present) return cluster;
    badAttribute('cluster', cluster, msg(locale, 'industry-cluster.error.no-group', { group: cluster }));
    return 'all';
  }

  protected override renderDrawing(view: IndustryClusterView): SVGTemplateResult {
    const { geometry, columns, glyphs, legendGlyphs, values, annotationSides, facts } = view;
    const r = ITEM_STYLE.radius;
    return svg`
      ${geometry.columns.map((c) => (c.band ? svg`<rect class="band" x=${c.band.x + 0.75} y=${c.band.y + 0.75} width=${c.band.width - 1.5} height=${c.band.height - 1.5} rx="6"></rect>` : ''))}
      ${geometry.rules.map((rule) => svg`<line class="grid" x1=${rule.x1} x2=${rule.x2} y1=${rule.y} y2=${rule.y}></line>`)}
      ${geometry.columns.map(
        (c, i) => svg`${textLines(c.title, `heading ${columns[i]}`)}${textLines(c.subtitle, 'subheading')}`,
      )}
      ${geometry.rowHeadings.map((h) => textLines(h.text, 'stage'))}
      ${geometry.items.map(
        (item, i) => svg`<g class="mark" data-mark=${i}>${glyph(item, glyphs[i], r)}${textLines(item.text, 'label')}</g>`,
      )}
      ${geometry.annotations.map(
        (a, i) => svg`<g class="annotation">${textLines(a.value, `annotation-value ${annotationSides[i]}`, values[i])}${textLines(a.text, 'annotation-text')}</g>`,
      )}
      ${geometry.columns.map((c) => (c.factsHeading ? textLines(c.factsHeading, 'stage facts-heading') : nothing))}
      ${geometry.facts.map(
        (f, i) => svg`<g class="fact">${textLines(f.value, `fact-value ${facts[i].side}`, facts[i].value)}${textLines(f.text, 'fact-text')}</g>`,
      )}
      ${geometry.legend.map((item, i) => svg`<g class="legend">${glyph(item, legendGlyphs[i], r)}${textLines(item.text, 'legend-text')}</g>`)}
    `;
  }
}

function textLines(block: TextBlock, className: string, value?: number): SVGTemplateResult {
  return svg`<text class=${className} x=${block.x} y=${block.y} data-value=${value ?? nothing}>${block.lines.map(
    (line, i) => svg`<tspan x=${block.x} dy=${i === 0 ? 0 : block.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

/** A filled or hollow dot, or two halves (Jiangmen's side left, Zhongshan's right) split by a hairline of background. */
function glyph(item: FlowedLabel, g: Glyph, r: number): SVGTemplateResult {
  const { cx, cy } = item;
  if (g.kind !== 'split') {
    const side = g.kind === 'single' ? g.side : 'neutral';
    const filled = g.filled ? 'filled' : 'hollow';
    return svg`<circle class="dot ${side} ${filled}" cx=${cx} cy=${cy} r=${g.filled ? r : r - 1}></circle>`;
  }
  const half = (side: Side, dir: -1 | 1) => {
    const filled = g.filled[side];
    const rr = filled ? r : r - 1;
    const x = cx + dir * 1;
    return svg`<path class="dot ${side} ${filled ? 'filled' : 'hollow'}" d="M${x} ${cy - rr}A${rr} ${rr} 0 0 ${dir === 1 ? 1 : 0} ${x} ${cy + rr}Z"></path>`;
  };
  return svg`${half('jiangmen', -1)}${half('zhongshan', 1)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'industry-cluster': IndustryCluster;
  }
}
