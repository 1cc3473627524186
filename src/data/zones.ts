import { cities, events, industries, leadJointPlatformsFigures, models, zhongshanClustersFigures, zones } from './dataset.js';
import { figureLookup } from './figure-lookup.js';
import type { LabelInput } from './figure-input.js';
import { labelText } from './label.js';
import { labelFrom } from './message-label.js';
import type { Label, Zone } from './types.js';
import { checkTextLength, expectArray, expectLabel, expectNumber, expectOneOf, expectRecord, expectString, isRecord, type Problems } from './validate.js';
import { formatFigureValue, formatYi } from '../format/units.js';
import { addMessages, msg, type MessageKey } from '../format/messages.js';
import { messages as zoneCardMessages } from '../generated/messages/zone-card.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(zoneCardMessages);

/** An area of a zone: what it is called and how large it is, in km². */
export interface ZoneAreaInput {
  name: LabelInput;
  /** km², above 0. */
  area: number;
  /** Id of the article figure this area is, so the data table can name it. */
  figure?: string;
  /** What the source adds about the area ("均为工业用地"): in the table and "About the data", not on the drawing. */
  note?: LabelInput;
}

/** The city colours of the palette (`--gba-color-<name>`); Jiangmen's is the accent. */
export const ZONE_TONES = ['jiangmen', 'zhongshan', 'shenzhen', 'shared', 'extra'] as const;
export type ZoneTone = (typeof ZONE_TONES)[number];

/** How precisely a milestone's date is known: only `early-year` is worded differently ("2024年初"). */
export const MILESTONE_PRECISIONS = ['year', 'early-year', 'month', 'day', 'upcoming'] as const;

/**
 * One economic cooperation zone as `<zone-card>` draws it (or a list of at most 6 drawn at
 * one scale). Areas are in km² and are drawn to scale by area. Every list holds at most 24
 * items and every text at most 1000 characters.
 */
export interface ZoneCardData {
  name: LabelInput;
  /** A shorter name for sentences ("Shenzhen–Jiangmen zone"); default `name`. */
  shortName?: LabelInput;
  /** Another name of the place, e.g. 银湖湾滨海新区. */
  site?: LabelInput;
  /** The whole planned area, km². */
  plannedArea: number;
  /** Id of the article figure of the planned area. */
  plannedAreaFigure?: string;
  /** Areas that divide the whole between them (马鞍岛 35 + 南朗 19 + 民众 12); together at most `plannedArea`. */
  parts?: ZoneAreaInput[];
  /** Areas each inside the one before, outermost first (start-up area ⊃ its usable land); each at most the one it lies in. */
  nested?: ZoneAreaInput[];
  /** Areas inside the zone whose place the source does not give: drawn apart, dashed, at the same scale. */
  unplaced?: ZoneAreaInput[];
  industries?: LabelInput[];
  /** How the source frames the industries ("可重点发展的六大领域产业"), for the table; default "产业 / Industries". */
  industriesHeading?: LabelInput;
  /** The same, short, before the list on the drawing ("六大领域产业"); default `industriesHeading`. */
  industriesLead?: LabelInput;
  /** The number in that framing (六大 → 6, 千亿级 → 1000亿元), as a figure the table shows. */
  industriesFigure?: { id?: string; value: number; text: LabelInput };
  /** "深圳X+伙伴Y" pairs, each side with its city: `{ shenzhen: 深圳总部, partner: 江门基地 }`. */
  models?: { shenzhen: LabelInput; partner: LabelInput }[];
  /** ISO dates ("2023-02", "2024"), listed in the data table in the order given. */
  milestones?: { date: string; label: LabelInput; precision?: (typeof MILESTONE_PRECISIONS)[number] }[];
  /** Colour of the partner city (`jiangmen` = the accent, the default). */
  tone?: ZoneTone;
}

/** Lists longer than this are a mistake in the data, not a zone: the drawing could not label them. */
const MAX_ITEMS = 24;
const MAX_ZONES = 6;

/** Checks a zone, or a list of zones drawn at one scale, reporting every problem. */
export function checkZoneCardInput(input: unknown, problems: Problems): void {
  if (!Array.isArray(input)) {
    checkZone(input, 'data', problems);
    return;
  }
  if (input.length === 0 || input.length > MAX_ZONES) {
    problems.push({ path: 'data', kind: 'range', expected: 'zone-card.expected.count', actual: input.length, params: { max: String(MAX_ZONES) } });
  }
  input.slice(0, MAX_ZONES).forEach((zone, i) => checkZone(zone, `data[${i}]`, problems));
}

function checkZone(input: unknown, path: string, problems: Problems): void {
  if (!expectRecord(input, path, problems)) return;
  expectLabel(input, 'name', path, problems);
  expectLabel(input, 'shortName', path, problems, { optional: true });
  expectLabel(input, 'site', path, problems, { optional: true });
  expectLabel(input, 'industriesHeading', path, problems, { optional: true });
  expectLabel(input, 'industriesLead', path, problems, { optional: true });
  expectString(input, 'plannedAreaFigure', path, problems, { optional: true });
  if (input.industriesFigure !== undefined && expectRecord(input.industriesFigure, `${path}.industriesFigure`, problems)) {
    expectNumber(input.industriesFigure, 'value', `${path}.industriesFigure`, problems);
    expectLabel(input.industriesFigure, 'text', `${path}.industriesFigure`, problems);
    expectString(input.industriesFigure, 'id', `${path}.industriesFigure`, problems, { optional: true });
  }
  expectOneOf(input, 'tone', path, ZONE_TONES, problems, { optional: true });
  const before = problems.length;
  expectNumber(input, 'plannedArea', path, problems, { positive: true });
  const whole = problems.length === before ? (input.plannedArea as number) : undefined;

  const areas = (key: string) =>
    listOf(input, key, path, problems, (item, at) => {
      if (!expectRecord(item, at, problems)) return undefined;
      expectLabel(item, 'name', at, problems);
      expectLabel(item, 'note', at, problems, { optional: true });
      expectString(item, 'figure', at, problems, { optional: true });
      const ok = problems.length;
      expectNumber(item, 'area', at, problems, { positive: true });
      return problems.length === ok ? (item.area as number) : undefined;
    });
  const parts = areas('parts');
  const nested = areas('nested');
  const unplaced = areas('unplaced');
  listOf(input, 'industries', path, problems, (item, at) => {
    if (!isRecord(item) || typeof item['zh-Hans'] !== 'string' || typeof item.en !== 'string') {
      problems.push({ path: at, kind: 'type', expected: 'expected.label', actual: item });
    } else for (const script of ['zh-Hans', 'zh-Hant', 'en']) checkTextLength(item[script], `${at}.${script}`, problems);
  });
  listOf(input, 'models', path, problems, (item, at) => {
    if (!expectRecord(item, at, problems)) return;
    expectLabel(item, 'shenzhen', at, problems);
    expectLabel(item, 'partner', at, problems);
  });
  listOf(input, 'milestones', path, problems, (item, at) => {
    if (!expectRecord(item, at, problems)) return;
    expectString(item, 'date', at, problems);
    expectLabel(item, 'label', at, problems);
    expectOneOf(item, 'precision', at, MILESTONE_PRECISIONS, problems, { optional: true });
  });
  if (whole === undefined) return;

  // The drawing cannot show parts larger than their whole, or a nest that grows inwards:
  // such data is a typo, and drawing it to scale would draw a falsehood.
  const sum = parts.reduce((total: number, area) => total + (area ?? 0), 0);
  if (sum > whole * (1 + 1e-9)) {
    problems.push({ path: `${path}.parts`, kind: 'range', expected: 'zone-card.expected.parts-sum', actual: sum, params: { whole: String(whole) } });
  }
  let outer = whole;
  nested.forEach((area, i) => {
    if (area === undefined) return;
    if (area > outer * (1 + 1e-9)) {
      problems.push({ path: `${path}.nested[${i}].area`, kind: 'range', expected: 'zone-card.expected.inside', actual: area, params: { outer: String(outer) } });
    }
    outer = area;
  });
  unplaced.forEach((area, i) => {
    if (area !== undefined && area > whole * (1 + 1e-9)) {
      problems.push({ path: `${path}.unplaced[${i}].area`, kind: 'range', expected: 'zone-card.expected.inside', actual: area, params: { outer: String(whole) } });
    }
  });
}

/** Checks an optional list item by item; returns what `check` made of each item. */
function listOf<T>(record: Record<string, unknown>, key: string, path: string, problems: Problems, check: (item: unknown, at: string) => T): T[] {
  const items = expectArray(record, key, path, problems, { optional: true });
  if (items.length > MAX_ITEMS) {
    problems.push({ path: `${path}.${key}`, kind: 'range', expected: 'zone-card.expected.at-most', actual: items.length, params: { max: String(MAX_ITEMS) } });
  }
  return items.slice(0, MAX_ITEMS).map((item, i) => check(item, `${path}.${key}[${i}]`));
}

/** The derived share of `area` in `whole`, in percent points. */
export function areaShare(area: number, whole: number): number {
  return whole > 0 ? (area / whole) * 100 : 0;
}

/** What the parts leave of the whole (derived); 0 when they cover it, up to rounding. */
export function restOfWhole(whole: number, parts: readonly { area: number }[]): number {
  const rest = whole - parts.reduce((total, p) => total + p.area, 0);
  return rest > whole * 1e-6 ? rest : 0;
}

// ---- The article's zones as the widget takes them ----

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
  shenjiang: { 'zh-Hans': '深江经济合作区', en: 'Shenzhen–Jiangmen zone' },
  shenzhong: { 'zh-Hans': '深中经济合作区', en: 'Shenzhen–Zhongshan zone' },
};

/**
 * The dataset names some areas with a qualifier in brackets ("启动区可用面积（均为工业用地）"):
 * the name goes on the drawing, the qualifier to the table and "About the data".
 */
function splitQualifier(name: Label): { name: Label; note?: Label } {
  const parts = (['zh-Hans', 'zh-Hant', 'en'] as const).map((script) => name[script].match(/^(.+?)\s*[（(]([^（()）]+)[）)]$/));
  if (!parts.every((m) => m)) return { name };
  const [hans, hant, en] = parts as RegExpMatchArray[];
  return { name: { 'zh-Hans': hans[1], 'zh-Hant': hant[1], en: en[1] }, note: { 'zh-Hans': hans[2], 'zh-Hant': hant[2], en: en[2] } };
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
