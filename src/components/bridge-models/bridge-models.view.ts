// The view of <bridge-models>: the schematic's geometry and every sentence around it, for
// one language and width. A pure function of the data and the chosen cities: the element
// resolves `city` and calls it.
import type { BridgeModelsData, ModelInput } from '../../data/collaboration-models.js';
import { labelText } from '../../data/dataset.js';
import type { FigureInput } from '../../data/figure-input.js';
import { formatList } from '../../format/list.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutBridgeModels, type BridgeGroup, type BridgeModelsLayout } from '../../layout/bridge-models.js';
import type { FrameView } from '../base/view.js';

export interface BridgeModelsView extends FrameView {
  geometry: BridgeModelsLayout;
  /** The travel-time figure's raw value and id, for `data-value` / `data-figure` on its words. */
  circle?: { value: number; id?: string };
  /** The id of each column's partner city, west to east: a box takes its city's colour. */
  columnCities: string[];
}

export interface BridgeModelsViewContext {
  width: number;
  locale: Locale;
  /** True for the article's pairings: the title states their finding. */
  bundled: boolean;
}

/** English spells out a small whole number before a unit in a compound: "one-hour". */
const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Geometry and words of <bridge-models> for the partner cities in `cityIds` (west to east). */
export function bridgeModelsView(data: BridgeModelsData, cityIds: string[], { width, locale, bundled }: BridgeModelsViewContext): BridgeModelsView {
  const cities = data.cities.filter((c) => cityIds.includes(c.id));
  const cityName = (id: string) => labelText(data.cities.find((c) => c.id === id)?.name, locale);
  const groups = groupModels(data.models.filter((m) => cities.some((c) => c.id === m.city)), cities.map((c) => c.id));
  const circle = data.livingCircle && cities.some((c) => c.id === data.livingCircle!.city) ? data.livingCircle : undefined;
  const circleValue = circle ? formatFigureValue(circle.figure, locale) : '';
  const names = cities.map((c) => labelText(c.name, locale));
  const list = (items: string[]) => formatList(items, locale);
  const role = (m: ModelInput) => ({ hub: labelText(m.shenzhen, locale), city: cityName(m.city), partner: labelText(m.partner, locale) });
  const partnerRole = (m: ModelInput) => msg(locale, 'bridge-models.partner-role', { city: cityName(m.city), role: labelText(m.partner, locale) });
  const geometry = layoutBridgeModels(
    groups.map(({ models }): BridgeGroup => ({
      hub: { short: role(models[0]).hub, long: msg(locale, 'bridge-models.hub-role', { role: role(models[0]).hub }) },
      partners: models.map((m) => ({ short: role(m).partner, long: partnerRole(m), column: cities.findIndex((c) => c.id === m.city) })),
    })),
    {
      width,
      columns: names,
      hub: msg(locale, 'bridge-models.hub'),
      banks: { west: msg(locale, 'bridge-models.west'), east: msg(locale, 'bridge-models.east') },
      link: msg(locale, 'bridge-models.link'),
      stackHeading: msg(locale, 'bridge-models.stack-heading', { cities: list(names) }),
      circle: circle && { column: cities.findIndex((c) => c.id === circle.city), text: msg(locale, 'bridge-models.circle', { city: cityName(circle.city), value: compound(circle.figure, locale) }) },
      schematic: msg(locale, 'bridge-models.schematic'),
    },
  );
  const ordered = groups.flatMap((g) => g.models);
  const pairs = ordered.map((m) => msg(locale, 'bridge-models.pair', role(m)));
  const fan = groups.reduce<(typeof groups)[number] | undefined>((best, g) => (g.models.length > (best?.models.length ?? 1) ? g : best), undefined);
  const takeaway = !ordered.length
    ? msg(locale, 'bridge-models.takeaway-none')
    : fan
      ? msg(locale, 'bridge-models.takeaway-fan', { hub: role(fan.models[0]).hub, partners: list(fan.models.map(partnerRole)) })
      : msg(locale, 'bridge-models.takeaway-list', { pairs: list(pairs) });
  return {
    title: msg(locale, bundled ? 'bridge-models.title' : 'bridge-models.title-custom'),
    takeaway,
    description: msg(locale, 'bridge-models.description', { cities: list(names), pairs: list(pairs) }),
    width: geometry.width,
    height: geometry.height,
    geometry,
    columnCities: cities.map((c) => c.id),
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
        ...ordered.map((m, i) => [{ text: pairs[i] }, { text: role(m).hub }, { text: partnerRole(m) }, { text: '' }, { text: m.quote ?? '' }]),
        ...(circle
          ? [[{ text: labelText(circle.figure.label, locale) }, { text: msg(locale, 'bridge-models.hub') }, { text: cityName(circle.city) }, { text: circleValue, value: circle.figure.value, figure: circle.figure.id }, { text: circle.figure.quote ?? '' }]]
          : []),
      ],
    }),
    about: [msg(locale, 'bridge-models.about-schematic'), ...(circle ? [msg(locale, 'bridge-models.about-circle', { value: compound(circle.figure, locale) })] : [])],
  };
}

/** A travel time as the first half of a compound: "1小时" in Chinese, "one-hour" in English. */
function compound(figure: FigureInput, locale: Locale): string {
  const value = formatFigureValue(figure, locale);
  if (locale.script !== 'en' || figure.unit !== '小时') return value;
  const number = Number.isInteger(figure.value) && figure.value <= 10 ? SMALL_NUMBERS[figure.value] : formatNumber(figure.value, locale);
  return `${number}-hour`;
}

/** The pairings grouped by Shenzhen role, in the order the article names them; partners west to east. */
function groupModels(models: ModelInput[], cities: string[]): { models: ModelInput[] }[] {
  const groups = new Map<string, ModelInput[]>();
  for (const m of models) groups.set(m.shenzhen['zh-Hans'], [...(groups.get(m.shenzhen['zh-Hans']) ?? []), m]);
  return [...groups.values()].map((list) => ({ models: list.map((m, i) => ({ m, i })).sort((a, b) => cities.indexOf(a.m.city) - cities.indexOf(b.m.city) || a.i - b.i).map(({ m }) => m) }));
}
