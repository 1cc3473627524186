// The article's zones as <zone-card> takes them: the dataset's facts (areas, parts, models,
// milestones) in the widget's shape, with the words the widget gives them (its industry
// headings, "深圳总部 + 江门基地") from its own messages. Data returns the facts; the words are here.
import { cities, events, industries, leadJointPlatformsFigures, models, zhongshanClustersFigures, zones } from '../../data/dataset.js';
import { figureLookup } from '../../data/figure-lookup.js';
import type { LabelInput } from '../../data/figure-input.js';
import { labelText } from '../../data/label.js';
import type { Label, Zone } from '../../data/types.js';
import type { ZoneCardData } from '../../data/zones.js';
import { addTraditional } from '../../data/with-traditional.js';
import { labelFrom } from '../../format/message-label.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatFigureValue, formatYi } from '../../format/units.js';
import { messages as zoneCardMessages } from '../../generated/messages/zone-card.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(zoneCardMessages);

/**
 * Areas the dataset nests as a reading while the article does not say where they lie.
 * 深江's 1.2 km² of prepared land: the sentence names the start-up area's plan and then
 * land works in "the park" (data/README.md, doubt 7). The widget draws it apart rather
 * than assert a place the text never gives.
 */
const UNPLACED_AREAS = new Set(['shenjiang-prepared']);

const joinLabels = (a: Label, b: Label): Label => labelFrom((locale) => labelText(a, locale) + (locale.script === 'en' ? ' ' : '') + labelText(b, locale));

/**
 * The sections that print the zones' figures (areas, industry framing): the lead's on the
 * 深江 zone and Zhongshan's on the 深中 zone. A page with <zone-card> alone carries no other.
 */
const ZONE_FIGURE_SECTIONS = [leadJointPlatformsFigures, zhongshanClustersFigures];
const figureById = /*#__PURE__*/ figureLookup(...ZONE_FIGURE_SECTIONS);

/** The zones' names in a sentence: the full name in English runs to six words. */
const SHORT_NAMES: Record<string, LabelInput> = {
  shenjiang: addTraditional({ 'zh-Hans': '深江经济合作区', en: 'Shenzhen–Jiangmen zone' }),
  shenzhong: addTraditional({ 'zh-Hans': '深中经济合作区', en: 'Shenzhen–Zhongshan zone' }),
};

/**
 * The dataset names some areas with a qualifier in brackets ("启动区可用面积（均为工业用地）"):
 * the name goes on the drawing, the qualifier to the table and "About the data".
 */
function splitQualifier(name: Label): { name: Label; note?: Label } {
  const parts = (['zh-Hans', 'en'] as const).map((script) => name[script].match(/^(.+?)\s*[（(]([^（()）]+)[）)]$/));
  if (!parts.every((m) => m)) return { name };
  const [hans, en] = parts as RegExpMatchArray[];
  // New bundled labels: their Traditional texts, Hong Kong's and Taiwan's, come from the tables like any other's.
  return { name: addTraditional({ 'zh-Hans': hans[1], en: en[1] }), note: addTraditional({ 'zh-Hans': hans[2], en: en[2] }) };
}

/** The zone ids of the bundled dataset, for the `zone` attribute. */
export function zoneIds(): string[] {
  return zones.map((z) => z.id);
}

/** The dataset's zone `id` in the widget's shape, or undefined when there is none. */
export function zoneCardData(id: string): ZoneCardData | undefined {
  const zone = zones.find((z) => z.id === id);
  if (!zone) return undefined;
  const area = (figure: string) => figureById(figure)?.value ?? 0;
  const areas = (list: Zone['nested']) => list.map((a) => ({ ...splitQualifier(a.name), area: area(a.areaFigure), figure: a.areaFigure }));
  const city = (cityId: string) => cities.find((c) => c.id === cityId)?.name;
  const shenzhen = city('shenzhen');
  // In the order of events.json, which follows the article and the calendar; sorting the
  // ISO strings would put an "upcoming" 2024 before March 2024.
  const eventIds = new Set(zone.events);
  const milestones = events.filter((e) => eventIds.has(e.id));
  return {
    name: zone.name,
    shortName: SHORT_NAMES[zone.id],
    site: zone.site,
    plannedArea: area(zone.plannedAreaFigure),
    plannedAreaFigure: zone.plannedAreaFigure,
    parts: areas(zone.parts),
    nested: areas(zone.nested.filter((a) => !UNPLACED_AREAS.has(a.id))),
    unplaced: areas(zone.nested.filter((a) => UNPLACED_AREAS.has(a.id))),
    industries: zone.industries.map((i) => industries.find((industry) => industry.id === i)?.name).filter((n): n is Label => !!n),
    industriesHeading: industriesHeading(zone, false),
    industriesLead: industriesHeading(zone, true),
    industriesFigure: industriesFigure(zone),
    models: zone.models
      .map((m) => models.find((model) => model.id === m))
      .filter((m) => m !== undefined)
      .map((m) => {
        const partnerCity = city(m.city);
        return {
          shenzhen: shenzhen ? joinLabels(shenzhen, m.shenzhen) : m.shenzhen,
          partner: partnerCity ? joinLabels(partnerCity, m.partner) : m.partner,
        };
      }),
    milestones: milestones.map((e) => ({ date: e.date, label: e.label, precision: e.precision })),
    tone: zone.cities.includes('zhongshan') ? 'zhongshan' : zone.cities.includes('jiangmen') ? 'jiangmen' : 'shared',
  };
}

const SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The zone's industry figure (六大领域 = 6, 千亿级 = 1000亿元) in every script. */
function industriesFigure(zone: Zone): ZoneCardData['industriesFigure'] {
  const figure = zoneIndustryFigure(zone);
  if (!figure) return undefined;
  return { id: figure.id, value: figure.value, text: labelFrom((locale) => formatFigureValue(figure, locale)) };
}

function zoneIndustryFigure(zone: Zone) {
  return ZONE_FIGURE_SECTIONS.flat().find((f) => f.subjects.includes(zone.id) && f.topics.includes('industry') && f.topics.includes('zone'));
}

/**
 * The article's own framing of a zone's industry list, from the zone's industry figure:
 * a count of fields (深江 "六大领域") or a cluster scale (深中 "千亿级产业集群").
 */
function industriesHeading(zone: Zone, short: boolean): Label | undefined {
  const figure = zoneIndustryFigure(zone);
  if (!figure) return undefined;
  let key: MessageKey;
  if (figure.unit === '亿元') key = short ? 'zone-card.industries-clusters-short' : 'zone-card.industries-clusters';
  else if (figure.unit === '个') key = short ? 'zone-card.industries-fields-short' : 'zone-card.industries-fields';
  else return undefined;
  return labelFrom((locale) => {
    const en = locale.script === 'en';
    const words = msg(locale, key, {
      literal: figure.literal,
      // A newspaper spells out numbers under ten: "six industry fields".
      count: en && figure.value < 10 ? (SPELLED[figure.value] ?? figure.value) : figure.value,
      amount: formatYi(figure.value, locale, 0),
    });
    return en ? words[0].toUpperCase() + words.slice(1) : words;
  });
}
