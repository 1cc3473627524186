import { nothing, svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { bundledBridgeModels, type BridgeModelsData } from '../../data/collaboration-models.js';
import { addMessages, msg } from '../../format/messages.js';
import type { Chip, PlacedText } from '../../layout/bridge-models.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { bridgeModelsView, type BridgeModelsView } from './bridge-models.view.js';
import { toneStyles } from '../../styles/tones.styles.js';
import { bridgeModelsStyles } from './bridge-models.styles.js';
import { messages as bridgeModelsMessages } from '../../generated/messages/bridge-models.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(bridgeModelsMessages);

export type { BridgeModelsData, ModelInput } from '../../data/collaboration-models.js';

/**
 * The story's core idea as a schematic: Shenzhen at the right (the east bank), Jiangmen
 * and Zhongshan at the left (the west bank), and each "深圳X+城市Y" pairing of the article
 * an arrow across the width between them, through the Shenzhen–Zhongshan Link (a thin
 * double rule under its name) — one row per pairing, so a Shenzhen role fans out to every
 * partner role (深圳研发 → 江门生产, 中山制造, 中山转化). The Shenzhen–Jiangmen
 * "1小时生活圈" is measured under it. Not a map: no coastline, no borders, not to scale.
 * On a phone each Shenzhen role stands over its partners instead.
 *
 * @summary The "深圳X+城市Y" pairings drawn across the Link, one arrow each.
 * @tag bridge-models
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The widget's title: the division of work the pairings show.
 * @csspart takeaway - The one-sentence reading: which Shenzhen role pairs with the most partner roles.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused pairing, quoting the article.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart (none: "示意图，非地图" is in the drawing, the rest in the disclosure).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per pairing, and the travel time.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-shenzhen - Colour of Shenzhen's boxes.
 * @cssprop --gba-color-jiangmen - Colour of Jiangmen's boxes.
 * @cssprop --gba-color-zhongshan - Colour of Zhongshan's boxes.
 * @cssprop --gba-color-dongguan - Colour of Dongguan's boxes, in your own data.
 * @cssprop --gba-color-context - Colour of the boxes of any other partner city in your own data.
 * @cssprop --gba-color-rule - Colour of the arrows, the Link's rules and the measuring line.
 * @cssprop --gba-color-background - Widget background, and the words inside the boxes.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Colour of bank names and notes.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class BridgeModels extends GbaElement<BridgeModelsData, BridgeModelsView> {
  static override styles = [...GbaElement.styles, toneStyles, bridgeModelsStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<BridgeModelsData> = { bundled: bundledBridgeModels, check: () => import('../../data/collaboration-models.check.js').then(({ checkBridgeModels }) => (input, problems) => void problems.push(...checkBridgeModels(input))) };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    city: {},
  };

  /** Which partner city to show: `all` (default), `jiangmen` or `zhongshan`. */
  city = 'all';

  /** Your own pairings, replacing the article's: `{ models: [{ shenzhen, city, partner, quote? }], cities: [{ id, name }], livingCircle?: { city, figure } }`. */
  override data?: BridgeModelsData;

  protected override layout(data: BridgeModelsData, { locale, width, bundled, badAttribute }: LayoutContext): BridgeModelsView | FatalView {
    let city = this.city.trim() || 'all';
    const ids = data.cities.map((c) => c.id);
    if (city !== 'all' && !ids.includes(city)) {
      badAttribute('city', this.city, msg(locale, 'bridge-models.bad-city', { cities: ['all', ...ids].join(', ') }));
      city = 'all';
    }
    return bridgeModelsView(data, city === 'all' ? ids : [city], { width, locale, bundled });
  }

  protected override renderDrawing(view: BridgeModelsView): SVGTemplateResult {
    const { geometry: g, circle, columnCities } = view;
    const text = (t: PlacedText) =>
      svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size} data-value=${t.role === 'circle' ? (circle?.value ?? nothing) : nothing} data-figure=${t.role === 'circle' ? (circle?.id ?? nothing) : nothing}>${t.text}</text>`;
    const box = (c: Chip, cls: string) => svg`<rect class=${cls} x=${c.x} y=${c.y} width=${c.width} height=${c.height} rx="4"></rect>${c.texts.map(text)}`;
    // A box takes its own city's colour; a city without one is drawn in the neutral context colour.
    const place = (column: number) => `chip ${PLACES.has(columnCities[column]) ? `tone-${columnCities[column]}` : 'tone-context'}`;
    const rule = g.linkRule;
    return svg`
      ${rule ? svg`<path class="link-rule" d="M${rule.x0},${rule.y}H${rule.x1}M${rule.x0},${rule.y + rule.gap}H${rule.x1}"></path>` : nothing}
      ${g.texts.map(text)}
      ${g.circle ? svg`<path class="measure" d="M${g.circle.x0},${g.circle.y - 4}v8M${g.circle.x0},${g.circle.y}H${g.circle.x1}M${g.circle.x1},${g.circle.y - 4}v8"></path>` : nothing}
      ${g.hubs.map((c) => svg`<g aria-hidden="true">${box(c, 'chip hub tone-shenzhen')}</g>`)}
      ${g.partners.map(
        (c, i) => svg`<g class="pair" data-mark=${i}>
          <path class="connector" d=${g.links[i].d}></path><polygon class="arrow" points=${g.links[i].arrow}></polygon>${box(c, place(c.column))}
        </g>`,
      )}
    `;
  }
}

/** The partner cities with a colour of their own (tokens `--_jiangmen`, `--_zhongshan`, `--_dongguan`). */
const PLACES = new Set(['jiangmen', 'zhongshan', 'dongguan']);

declare global {
  interface HTMLElementTagNameMap {
    'bridge-models': BridgeModels;
  }
}
