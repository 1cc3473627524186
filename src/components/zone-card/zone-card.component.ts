import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { type ZoneCardData } from '../../data/zones.js';
import { zoneCardData, zoneIds } from './zone-card.bundled.js';
import { addMessages, msg } from '../../format/messages.js';
import type { AreaMark, ListLine, MarkLabel, TextBlock, ZoneList } from '../../layout/zone-card.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { zoneCardStyles } from './zone-card.styles.js';
import { areaOf, zoneCardView, type ZoneCardView } from './zone-card.view.js';
import type { ZoneWords } from './zone-card.words.js';
import { messages as zoneCardMessages } from '../../generated/messages/zone-card.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(zoneCardMessages);

export type { ZoneCardData };
export type { ZoneAreaInput, ZoneTone } from '../../data/zones.js';

/**
 * The two economic cooperation zones of the article drawn to one scale by area: each
 * planned area a square (side ∝ √km², one scale for the whole widget), so the two 66 km²
 * zones are two squares of the same size, fill and outline, side by side (stacked, same
 * scale, on narrow screens). Inside 深中, its three parts as an area-true treemap; inside
 * 深江, its start-up area with its usable land nested in it, and its 1.2 km² of prepared
 * land — whose place the article does not give — dashed, apart. A rule in each zone's
 * city colour tops its name; industries and collaboration models follow in one running
 * line each. Milestones, shares and the article's qualifiers are in the table and
 * "About the data".
 *
 * @summary The Shenzhen–Jiangmen and Shenzhen–Zhongshan cooperation zones: the same 66 km², to scale.
 * @tag zone-card
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title (the finding: both zones are 66 km²).
 * @csspart takeaway - The one-sentence reading of what lies inside each zone.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused area: zone, area and its share of the whole (derived).
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - The note under the chart (one scale; what the dashed square means).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every area, the industries, models and milestones.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Rule above the Shenzhen–Jiangmen zone's name (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Rule above the Shenzhen–Zhongshan zone's name.
 * @cssprop --gba-color-context - Outline of each zone's square and the lines between its parts, the inner nested area, and (mixed with the background) the square's fill.
 * @cssprop --gba-color-background - Widget background, and the fill of the outer nested area.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - The leads of the lists and the zone's other name.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class ZoneCard extends GbaElement<ZoneCardData | ZoneCardData[], ZoneCardView> {
  static override styles = [...GbaElement.styles, toneStyles, zoneCardStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<ZoneCardData | ZoneCardData[]> = {
    bundled: () => zoneIds().map((id) => zoneCardData(id)).filter((z): z is ZoneCardData => z !== undefined),
    check: () => import('../../data/zones.check.js').then((m) => m.checkZoneCardInput),
  };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    zone: { reflect: true },
  };

  /** Which zone to show: `shenjiang` (深江), `shenzhong` (深中); left out, both side by side at one scale. */
  zone = '';

  /**
   * Your own zone, or a list of zones drawn at one scale, replacing the dataset's:
   * `{ name, plannedArea, parts?, nested?, unplaced?, industries?, models?, milestones? }`
   * (areas in km², labels `{ 'zh-Hans', en }`).
   */
  override data?: ZoneCardData | ZoneCardData[];

  protected override layout(data: ZoneCardData | ZoneCardData[], context: LayoutContext): ZoneCardView | FatalView {
    const zones = context.bundled ? this.zonesFromAttribute(data as ZoneCardData[], context) : [data].flat();
    return zoneCardView(zones, context);
  }

  /** The zone `zone` names, or all of them; a name we do not know shows all, with a message. */
  private zonesFromAttribute(all: ZoneCardData[], { locale, badAttribute }: LayoutContext): ZoneCardData[] {
    if (!this.zone) return all;
    const one = zoneCardData(this.zone);
    if (one) return [one];
    badAttribute('zone', this.zone, msg(locale, 'zone-card.bad-zone', { values: zoneIds().join(', ') }));
    return all;
  }

  protected override renderDrawing(view: ZoneCardView): SVGTemplateResult {
    const { geometry, zones, firstMark } = view;
    return svg`${geometry.panels.map(
      (panel, p) => svg`<g class="zone tone-${zones[p].tone}">
        <rect class="band" x=${panel.band.x} y=${panel.band.y} width=${panel.band.width} height=${panel.band.height}></rect>
        ${panel.heading.map((block) => textBlock(block, block.bold ? 'zone-name' : 'muted'))}
        ${panel.marks.map((mark, m) => renderArea(mark, areaOf(zones[p], mark), firstMark[p] + m))}
        ${panel.dividers.map(([x1, y1, x2, y2]) => svg`<line class="divider" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`)}
        ${panel.lists.map(listBlock)}
      </g>`,
    )}`;
  }
}

/** The whole is drawn first so that its parts, nest and labels sit on its fill. */
function renderArea(mark: AreaMark, area: ZoneWords['areas'][number], index: number): SVGTemplateResult {
  const { rect, label, placement, leader, swatch } = mark;
  const classes = [mark.kind, area.derived ? 'derived' : '', mark.kind === 'nested' ? `depth-${Math.min(mark.index, 1)}` : ''].join(' ');
  return svg`<g class="area" data-mark=${index}>
    <rect class=${classes} data-value=${area.raw} x=${rect.x} y=${rect.y} width=${rect.width} height=${rect.height}></rect>
    ${leader ? svg`<polyline class="leader" points=${leader.map((p) => p.join(',')).join(' ')}></polyline>` : nothing}
    ${swatch ? svg`<rect class=${`swatch ${classes}`} x=${swatch.x} y=${swatch.y} width=${swatch.width} height=${swatch.height}></rect>` : nothing}
    ${markText(label, `label ${placement}`, area.raw)}
  </g>`;
}

function markText(label: MarkLabel, className: string, value: number): SVGTemplateResult {
  const { x, y, lineHeight } = label;
  if (label.inline) {
    return svg`<text class=${className} data-value=${value} x=${x} y=${y}><tspan>${label.name[0]} </tspan><tspan class="num">${label.value}</tspan></text>`;
  }
  return svg`<text class=${className} data-value=${value} x=${x} y=${y}>${label.name.map(
    (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`,
  )}<tspan class="num" x=${x} dy=${label.name.length ? lineHeight : 0}>${label.value}</tspan></text>`;
}

function textBlock(block: TextBlock, className: string): SVGTemplateResult {
  return svg`<text class=${className} x=${block.x} y=${block.y}>${block.lines.map(
    (line, i) => svg`<tspan x=${block.x} dy=${i === 0 ? 0 : block.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

/** A list in running lines, its lead muted: "六大领域产业：新一代信息技术、新能源…". */
function listBlock(list: ZoneList): SVGTemplateResult {
  const line = (l: ListLine) => (l.lead ? svg`<tspan class="lead">${l.lead}</tspan>${l.text}` : l.text);
  return svg`<text class="list" x=${list.x} y=${list.y}>${list.lines.map(
    (l, i) => svg`<tspan x=${list.x} dy=${i === 0 ? 0 : list.lineHeight}>${line(l)}</tspan>`,
  )}</text>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'zone-card': ZoneCard;
  }
}
