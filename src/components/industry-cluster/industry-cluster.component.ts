import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { type IndustryClusterData } from '../../data/industries.js';
import { industryClusterData } from './industry-cluster.bundled.js';
import { addMessages, msg } from '../../format/messages.js';
import { ITEM_STYLE, SHARED_STYLE } from '../../layout/industry-cluster.js';
import type { Side } from '../../layout/industry-groups.js';
import type { FlowedLabel } from '../../layout/label-flow.js';
import type { TextBlock } from '../../layout/text-block.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { industryClusterStyles } from './industry-cluster.styles.js';
import { industryClusterView, type IndustryClusterView } from './industry-cluster.view.js';
import { CLUSTERS, GROUP_CLUSTER, type Glyph } from './industry-cluster.words.js';
import { messages as industryClusterMessages } from '../../generated/messages/industry-cluster.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(industryClusterMessages);

export type { IndustryClusterData };

let articleData: IndustryClusterData | undefined;

/**
 * Which industries the west bank is chasing, and where the two sides overlap. Jiangmen's
 * side (the city, the Shenzhen–Jiangmen zone, Jianghai District) and Zhongshan's side (the
 * city, the Shenzhen–Zhongshan zone) each name industries; those both sides name — where
 * the two cities compete for the same Shenzhen firms — come first, on a neutral band, each
 * mark in two halves (Jiangmen's colour left, Zhongshan's right). Below, each side's own
 * industries in rows by kind: new tracks, the sectors of the Shenzhen firms that came,
 * existing strengths, planned and joint fields, future industries. Filled marks are under
 * way, hollow ones future industries. Sections run the full width at every size; a row's
 * heading stands beside its industries from 480 px and above them on a phone.
 * The numbers the article gives about a group or a side (Jianghai's 85%, Zhongshan's
 * national industrial bases…) are in the data table, not in the drawing.
 *
 * @summary The industries Jiangmen and Zhongshan chase, the ones both chase first.
 * @tag industry-cluster
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title: how many industries the two sides share.
 * @csspart takeaway - The one-sentence finding: the industries both cities pursue, and how many each pursues alone.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused industry: every group naming it, and the article's words.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart (where the numbers are; recorded equivalences).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per industry, the group figures and each side's key numbers.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Marks and heading of Jiangmen's side, and the left half of a shared mark (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Marks and heading of Zhongshan's side, and the right half of a shared mark.
 * @cssprop --gba-color-context - Outline of the band of shared industries; marks of the legend.
 * @cssprop --gba-color-surface - Background of the band of shared industries.
 * @cssprop --gba-color-grid - The rule between the two sides.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Row headings, subtitles and legend.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class IndustryCluster extends GbaElement<IndustryClusterData, IndustryClusterView> {
  static override styles = [...GbaElement.styles, industryClusterStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<IndustryClusterData> = { bundled: () => (articleData ??= industryClusterData()), check: () => import('../../data/industries.check.js').then((m) => m.checkIndustryClusterData) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    cluster: {},
  };

  /**
   * Which groups to show: `all` (default) both sides; `jiangmen` Jiangmen, the
   * Shenzhen–Jiangmen zone and Jianghai; `zhongshan` Zhongshan and the Shenzhen–Zhongshan
   * zone; `jianghai` Jianghai's fields, with the 85% figure as the takeaway. In a view of
   * one side, the industries the other side names too still come first, on the band.
   */
  cluster: 'all' | 'jiangmen' | 'zhongshan' | 'jianghai' = 'all';

  /**
   * Your own groups and industries, replacing the article's:
   * `{ groups: [{ id, name: { 'zh-Hans', en }, side: 'jiangmen' | 'zhongshan', figure? }],
   * industries: [{ id, name, memberships: [{ group, stage: 'new-track' | 'arrivals' | 'strength' | 'cluster' | 'future', quote? }], equivalentTo? }],
   * facts?: { jiangmen?: [...], zhongshan?: [...] } }`.
   * `arrivals` is the sectors of firms that moved in from Shenzhen (not an existing base).
   * `figure` is a `FigureInput` about the group's industries; `facts` are up to 8 key numbers a side
   * (`FigureInput`s, each with an optional short label `short`). Both are listed in the data table.
   */
  override data?: IndustryClusterData;

  protected override layout(data: IndustryClusterData, context: LayoutContext): IndustryClusterView | FatalView {
    return industryClusterView(data, this.resolveCluster(data, context), context);
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
    const { geometry, sections, sectionCounts, glyphs, legendGlyphs } = view;
    let item = 0;
    return svg`
      ${geometry.sections.map((sec) => (sec.band ? svg`<rect class="band" x=${sec.band.x + 0.5} y=${sec.band.y + 0.5} width=${sec.band.width - 1} height=${sec.band.height - 1} rx="6"></rect>` : ''))}
      ${geometry.rules.map((rule) => svg`<line class="grid" x1=${rule.x1} x2=${rule.x2} y1=${rule.y} y2=${rule.y}></line>`)}
      ${geometry.sections.map((sec, s) => {
        const radius = sec.band ? SHARED_STYLE.radius : ITEM_STYLE.radius;
        return svg`<g class="section ${sections[s]}">
          ${textLines(sec.title, `heading ${sections[s]}`, sectionCounts[s])}${textLines(sec.subtitle, 'subheading')}
          ${sec.rows.map((row) => svg`${row.heading ? textLines(row.heading, 'stage') : ''}${row.items.map((placed) => {
            const i = item++;
            return svg`<g class="mark" data-mark=${i}>${glyph(placed, glyphs[i], radius)}${textLines(placed.text, 'label')}</g>`;
          })}`)}
        </g>`;
      })}
      ${geometry.legend.map((placed, i) => svg`<g class="legend">${glyph(placed, legendGlyphs[i], ITEM_STYLE.radius)}${textLines(placed.text, 'legend-text')}</g>`)}
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
  // Each half is a pixel narrower, so the pair with its gap stays within the mark's radius.
  const half = (side: Side, dir: -1 | 1) => {
    const filled = g.filled[side];
    const rr = filled ? r - 1 : r - 2;
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
