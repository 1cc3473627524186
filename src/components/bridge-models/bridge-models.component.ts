import { nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledBridgeModels, checkBridgeModels, type BridgeModelsData, type ModelInput } from '../../data/collaboration-models.js';
import { labelText } from '../../data/dataset.js';
import type { Problems } from '../../data/validate.js';
import { addMessages, msg } from '../../format/messages.js';
import { formatList } from '../../format/list.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutBridgeModels, type BridgeGroup, type BridgeModelsLayout, type Chip, type PlacedText } from '../../layout/bridge-models.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { bridgeModelsStyles } from './bridge-models.styles.js';
import { messages as bridgeModelsMessages } from '../../generated/messages/bridge-models.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(bridgeModelsMessages);

export type { BridgeModelsData, ModelInput } from '../../data/collaboration-models.js';

interface BridgeModelsView extends FrameView {
  geometry: BridgeModelsLayout;
  /** The travel-time figure's raw value and id, for `data-value` / `data-figure` on its words. */
  circle?: { value: number; id?: string };
}

/**
 * The story's core idea as a schematic: Shenzhen on the east bank, Jiangmen and
 * Zhongshan on the west, the Shenzhen–Zhongshan Link between, and each "深圳X+城市Y"
 * pairing of the article an arrow across it — one row per Shenzhen role, fanning out to
 * every partner role (深圳研发 → 江门生产, 中山制造, 中山转化). The Shenzhen–Jiangmen
 * "1小时生活圈" is measured under it. Not a map: no coastline, no borders, not to scale.
 * On a phone each Shenzhen role stands over its partners instead.
 *
 * @summary The "深圳X+城市Y" pairings drawn across the Link, one arrow each.
 * @tag bridge-models
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The widget's title.
 * @csspart takeaway - The one-sentence reading: which Shenzhen role pairs with the most partner roles.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused pairing, quoting the article.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart: what the schematic is not.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table: one row per pairing, and the travel time.
 * @csspart source - The source line.
 *
 * @cssprop --gba-color-shenzhen - Colour of Shenzhen's boxes.
 * @cssprop --gba-color-jiangmen - Colour of the first partner city's boxes (Jiangmen).
 * @cssprop --gba-color-zhongshan - Colour of the second partner city's boxes (Zhongshan).
 * @cssprop --gba-color-rule - Colour of the arrows and the measuring line.
 * @cssprop --gba-color-surface - Colour of the band standing for the Link.
 * @cssprop --gba-color-background - Widget background, and the words inside the boxes.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Colour of bank names and notes.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class BridgeModels extends GbaElement<BridgeModelsData, BridgeModelsView> {
  static override styles = [...GbaElement.styles, bridgeModelsStyles];

  /** Which partner city to show: `all` (default), `jiangmen` or `zhongshan`. */
  @property() city = 'all';

  /** Your own pairings, replacing the article's: `{ models: [{ shenzhen, city, partner, quote? }], cities: [{ id, name }], livingCircle?: { city, figure } }`. */
  @property({ attribute: false }) data?: BridgeModelsData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): BridgeModelsData {
    return bundledBridgeModels();
  }

  protected override validate(input: unknown): Problems {
    return checkBridgeModels(input);
  }

  protected override layout(data: BridgeModelsData, { locale, width, badAttribute }: LayoutContext): BridgeModelsView | FatalView {
    let city = this.city.trim() || 'all';
    const ids = data.cities.map((c) => c.id);
    if (city !== 'all' && !ids.includes(city)) {
      badAttribute('city', this.city, msg(locale, 'bridge-models.bad-city', { cities: ['all', ...ids].join(', ') }));
      city = 'all';
    }
    const cities = data.cities.filter((c) => city === 'all' || c.id === city);
    const cityName = (id: string) => labelText(data.cities.find((c) => c.id === id)?.name, locale);
    const groups = groupModels(data.models.filter((m) => cities.some((c) => c.id === m.city)), cities.map((c) => c.id));
    const circle = data.livingCircle && cities.some((c) => c.id === data.livingCircle!.city) ? data.livingCircle : undefined;
    const circleValue = circle ? formatFigureValue(circle.figure, locale) : '';
    const names = cities.map((c) => labelText(c.name, locale));
    const list = (items: string[]) => formatList(items, locale);
    const role = (m: ModelInput) => ({ hub: labelText(m.shenzhen, locale), city: cityName(m.city), partner: labelText(m.partner, locale) });
    const geometry = layoutBridgeModels(
      groups.map(({ models }): BridgeGroup => ({
        hub: { short: role(models[0]).hub, long: msg(locale, 'bridge-models.hub-role', { role: role(models[0]).hub }) },
        partners: models.map((m) => ({ short: role(m).partner, long: msg(locale, 'bridge-models.partner-role', { city: role(m).city, role: role(m).partner }), column: cities.findIndex((c) => c.id === m.city) })),
      })),
      {
        width,
        columns: names,
        hub: msg(locale, 'bridge-models.hub'),
        banks: { west: msg(locale, 'bridge-models.west'), east: msg(locale, 'bridge-models.east') },
        link: msg(locale, 'bridge-models.link'),
        stackHeading: msg(locale, 'bridge-models.stack-heading', { cities: list(names) }),
        circle: circle && { column: cities.findIndex((c) => c.id === circle.city), text: msg(locale, 'bridge-models.circle', { city: cityName(circle.city), value: circleValue }) },
        schematic: msg(locale, 'bridge-models.schematic'),
      },
    );
    const ordered = groups.flatMap((g) => g.models);
    const pairs = ordered.map((m) => msg(locale, 'bridge-models.pair', role(m)));
    const fan = groups.reduce<(typeof groups)[number] | undefined>((best, g) => (g.models.length > (best?.models.length ?? 1) ? g : best), undefined);
    const takeaway = !ordered.length
      ? msg(locale, 'bridge-models.takeaway-none')
      : fan
        ? msg(locale, 'bridge-models.takeaway-fan', { hub: role(fan.models[0]).hub, partners: list(fan.models.map((m) => msg(locale, 'bridge-models.partner-role', { city: role(m).city, role: role(m).partner }))) })
        : msg(locale, 'bridge-models.takeaway-list', { pairs: list(pairs) });
    return {
      title: msg(locale, 'bridge-models.title'),
      takeaway,
      description: msg(locale, 'bridge-models.description', { cities: list(names), pairs: list(pairs) }),
      width: geometry.width,
      height: geometry.height,
      geometry,
      circle: circle && { value: circle.figure.value, id: circle.figure.id },
      marks: [
        ...ordered.map((m, i) => ({ label: msg(locale, 'bridge-models.mark', { pair: pairs[i], quote: m.quote ?? '' }), ...geometry.links[i].tip })),
        ...(circle && geometry.circleAt
          ? [{ label: msg(locale, 'bridge-models.mark-circle', { label: labelText(circle.figure.label, locale), value: circleValue, quote: circle.figure.quote ?? '' }), ...geometry.circleAt }]
          : []),
      ],
      table: () => ({
        columns: [
          { label: msg(locale, 'bridge-models.column.pair') },
          { label: msg(locale, 'bridge-models.column.shenzhen') },
          { label: msg(locale, 'bridge-models.column.partner') },
          { label: msg(locale, 'column.value'), numeric: true },
          { label: msg(locale, 'column.quote') },
        ],
        rows: [
          ...ordered.map((m, i) => [{ text: pairs[i] }, { text: role(m).hub }, { text: msg(locale, 'bridge-models.partner-role', { city: role(m).city, role: role(m).partner }) }, { text: '' }, { text: m.quote ?? '' }]),
          ...(circle
            ? [[{ text: labelText(circle.figure.label, locale) }, { text: msg(locale, 'bridge-models.hub') }, { text: cityName(circle.city) }, { text: circleValue, value: circle.figure.value, figure: circle.figure.id }, { text: circle.figure.quote ?? '' }]]
            : []),
        ],
      }),
      notes: [msg(locale, 'bridge-models.note-schematic'), ...(circle ? [msg(locale, 'bridge-models.note-circle', { value: circleValue })] : [])],
    };
  }

  protected override renderDrawing(view: BridgeModelsView): SVGTemplateResult {
    const { geometry: g, circle } = view;
    const text = (t: PlacedText) =>
      svg`<text class=${t.role} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size} data-value=${t.role === 'circle' ? (circle?.value ?? nothing) : nothing} data-figure=${t.role === 'circle' ? (circle?.id ?? nothing) : nothing}>${t.text}</text>`;
    const box = (c: Chip, cls: string) => svg`<rect class=${cls} x=${c.x} y=${c.y} width=${c.width} height=${c.height} rx="4"></rect>${c.texts.map(text)}`;
    return svg`
      ${g.band ? svg`<rect class="band" x=${g.band.x} y=${g.band.y} width=${g.band.width} height=${g.band.height}></rect>` : nothing}
      ${g.texts.map(text)}
      ${g.circle ? svg`<path class="measure" d="M${g.circle.x0},${g.circle.y - 4}v8M${g.circle.x0},${g.circle.y}H${g.circle.x1}M${g.circle.x1},${g.circle.y - 4}v8"></path>` : nothing}
      ${g.hubs.map((c) => svg`<g aria-hidden="true">${box(c, 'chip hub')}</g>`)}
      ${g.partners.map(
        (c, i) => svg`<g class="pair" data-mark=${i}>
          <path class="connector" d=${g.links[i].d}></path><polygon class="arrow" points=${g.links[i].arrow}></polygon>${box(c, `chip city-${c.column % 4}`)}
        </g>`,
      )}
    `;
  }
}

/** The pairings grouped by Shenzhen role, in the order the article names them; partners west to east. */
function groupModels(models: ModelInput[], cities: string[]): { models: ModelInput[] }[] {
  const groups = new Map<string, ModelInput[]>();
  for (const m of models) groups.set(m.shenzhen['zh-Hans'], [...(groups.get(m.shenzhen['zh-Hans']) ?? []), m]);
  return [...groups.values()].map((list) => ({ models: list.map((m, i) => ({ m, i })).sort((a, b) => cities.indexOf(a.m.city) - cities.indexOf(b.m.city) || a.i - b.i).map(({ m }) => m) }));
}

declare global {
  interface HTMLElementTagNameMap {
    'bridge-models': BridgeModels;
  }
}
