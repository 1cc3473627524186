import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkZoneCardInput, zoneCardData, zoneIds, type ZoneCardData } from '../../data/zones.js';
import type { Problems } from '../../data/validate.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg } from '../../format/messages.js';
import { formatQuantity } from '../../format/units.js';
import { layoutZoneCard, type AreaMark, type MarkLabel, type TextBlock, type ZoneCardLayout } from '../../layout/zone-card.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { zoneCardStyles } from './zone-card.styles.js';
import { formatList } from '../../format/list.js';
import { zoneWords, type ZoneWords } from './zone-view.js';
import { messages as zoneCardMessages } from '../../generated/messages/zone-card.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(zoneCardMessages);

export type { ZoneCardData };
export type { ZoneAreaInput, ZoneTone } from '../../data/zones.js';

interface ZoneCardView extends FrameView {
  geometry: ZoneCardLayout;
  zones: ZoneWords[];
  keyLabel: string;
  /** Index into `marks` of each panel's first mark. */
  firstMark: number[];
}

/**
 * The two economic cooperation zones of the article drawn to scale by area: each
 * planned area a square (side ∝ √km², one scale for the whole widget), 深中's three
 * parts as an area-true treemap inside its square, 深江's start-up area and its usable
 * land as squares inside each other, and its 1.2 km² of prepared land — whose place the
 * article does not give — dashed, apart. Both 66 km² zones side by side, the same size
 * at a glance; stacked, same scale, on narrow screens. Industries, collaboration models
 * and milestones are listed under each drawing.
 *
 * @summary The Shenzhen–Jiangmen and Shenzhen–Zhongshan cooperation zones, to scale.
 * @tag zone-card
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The chart's title.
 * @csspart takeaway - The one-sentence finding (both zones are 66 km²).
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip of the focused area: zone, area and its share of the whole (derived).
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart (areas drawn apart, derived numbers).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: every area, the industries, models and milestones.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-jiangmen - Areas of the Shenzhen–Jiangmen zone (defaults to the accent).
 * @cssprop --gba-color-zhongshan - Areas of the Shenzhen–Zhongshan zone.
 * @cssprop --gba-color-context - Outline of each zone's whole planned area.
 * @cssprop --gba-color-surface - Fill of each zone's whole planned area.
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Scale line, leader lines and milestone dates.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class ZoneCard extends GbaElement<ZoneCardData | ZoneCardData[], ZoneCardView> {
  static override styles = [...GbaElement.styles, toneStyles, zoneCardStyles];

  /** Which zone to show: `shenjiang` (深江), `shenzhong` (深中); left out, both side by side at one scale. */
  @property({ reflect: true }) zone = '';

  /**
   * Your own zone, or a list of zones drawn at one scale, replacing the dataset's:
   * `{ name, plannedArea, parts?, nested?, unplaced?, industries?, models?, milestones? }`
   * (areas in km², labels `{ 'zh-Hans', en }`).
   */
  @property({ attribute: false }) data?: ZoneCardData | ZoneCardData[];

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): ZoneCardData[] {
    return zoneIds().map((id) => zoneCardData(id)).filter((z): z is ZoneCardData => z !== undefined);
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    checkZoneCardInput(input, problems);
    return problems;
  }

  protected override layout(data: ZoneCardData | ZoneCardData[], context: LayoutContext): ZoneCardView | FatalView {
    const { locale, width } = context;
    const zones = this.usesBundledData ? this.zonesFromAttribute(data as ZoneCardData[], context) : [data].flat();
    const many = zones.length > 1;
    const words = zones.map((zone) => zoneWords(zone, locale, { many }));
    const geometry = layoutZoneCard(
      words.map((w) => w.text),
      { width },
      { scaleText: msg(locale, 'zone-card.scale'), separator: msg(locale, 'zone-card.list-separator') },
    );
    let offset = 0;
    const firstMark = geometry.panels.map((panel) => (offset += panel.marks.length) - panel.marks.length);
    const marks = geometry.panels.flatMap((panel, i) => panel.marks.map((mark) => ({ label: areaOf(words[i], mark).tip, ...mark.tip })));
    const notes = words.flatMap((w) => w.notes);
    notes.push(msg(locale, 'derived.note'));
    return {
      title: many ? msg(locale, 'zone-card.title-many') : words[0].name,
      takeaway: takeaway(zones, words, locale),
      description: [msg(locale, 'zone-card.scale'), ...words.map((w) => w.description)].join(locale.script === 'en' ? ' ' : ''),
      width: geometry.width,
      height: geometry.height,
      geometry,
      zones: words,
      keyLabel: msg(locale, 'zone-card.key', { area: formatQuantity(geometry.key.area, '平方公里', locale) }),
      firstMark,
      marks,
      table: () => ({
        columns: [{ label: msg(locale, 'column.item') }, { label: msg(locale, 'column.value'), numeric: true }, { label: msg(locale, 'zone-card.column.detail') }],
        rows: words.flatMap((w) => w.rows),
      }),
      notes,
    };
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
    const { key } = geometry;
    return svg`${textBlock(geometry.scale, 'muted scale')}
      <rect class="key" x=${key.rect.x} y=${key.rect.y} width=${key.rect.width} height=${key.rect.height}></rect>
      <text class="muted" x=${key.labelX} y=${key.labelY}>${view.keyLabel}</text>
      ${geometry.panels.map(
        (panel, p) => svg`<g class="zone tone-${zones[p].tone}">
          ${panel.heading.map((block) => textBlock(block, block.bold ? 'zone-name' : 'muted'))}
          ${panel.marks.map((mark, m) => renderArea(mark, areaOf(zones[p], mark), firstMark[p] + m))}
          ${panel.lists.map(
            (list) => svg`${textBlock(list.heading, 'list-heading')}${list.blocks.map((b) => textBlock(b, b.bold ? 'lead' : ''))}`,
          )}
        </g>`,
      )}`;
  }
}

function areaOf(zone: ZoneWords, mark: AreaMark): ZoneWords['areas'][number] {
  return zone.areas.filter((a) => a.kind === mark.kind)[mark.index];
}

function renderArea(mark: AreaMark, area: ZoneWords['areas'][number], index: number): SVGTemplateResult {
  const { rect, label, placement, leader } = mark;
  const classes = [mark.kind, area.derived ? 'derived' : '', mark.kind === 'nested' ? `depth-${mark.index % 2}` : ''].join(' ');
  const labelClass = placement === 'inside' ? 'label on-fill' : placement === 'lane' ? 'label halo' : 'label';
  return svg`<g class="area" data-mark=${index}>
    <rect class=${classes} data-value=${area.raw} x=${rect.x} y=${rect.y} width=${rect.width} height=${rect.height}></rect>
    ${leader ? svg`<polyline class="leader" points=${leader.map((p) => p.join(',')).join(' ')}></polyline>` : nothing}
    ${markText(label, labelClass, area.raw)}
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

function takeaway(zones: ZoneCardData[], words: ZoneWords[], locale: Locale): string {
  if (zones.length > 1) {
    const same = zones.every((z) => z.plannedArea === zones[0].plannedArea);
    if (same) return msg(locale, 'zone-card.takeaway-same', { names: formatList(words.map((w) => w.name), locale), area: words[0].areas[0].value });
    return msg(locale, 'zone-card.takeaway-scale', { list: formatList(words.map((w) => `${w.name} ${w.areas[0].value}`), locale) });
  }
  const [w] = words;
  const whole = w.areas[0].value;
  const parts = w.areas.filter((a) => a.kind === 'part');
  const first = w.areas.find((a) => a.kind === 'nested');
  if (parts.length) return msg(locale, 'zone-card.takeaway-parts', { whole, list: formatList(parts.map((a) => `${a.name}${locale.script === 'en' ? ' ' : ''}${a.value}`), locale) });
  if (first) return msg(locale, 'zone-card.takeaway-nested', { whole, name: first.name, area: first.value });
  return msg(locale, 'zone-card.takeaway-plain', { whole });
}

declare global {
  interface HTMLElementTagNameMap {
    'zone-card': ZoneCard;
  }
}
