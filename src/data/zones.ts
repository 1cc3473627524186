import type { LabelInput } from './figure-input.js';

// The shape of <zone-card>'s data (its check: zones.check.ts) and the two numbers it derives. The article's
// zones in that shape, named in the widget's words, are src/components/zone-card/zone-card.bundled.ts.

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

/** The derived share of `area` in `whole`, in percent points. */
export function areaShare(area: number, whole: number): number {
  return whole > 0 ? (area / whole) * 100 : 0;
}

/** What the parts leave of the whole (derived); 0 when they cover it, up to rounding. */
export function restOfWhole(whole: number, parts: readonly { area: number }[]): number {
  const rest = whole - parts.reduce((total, p) => total + p.area, 0);
  return rest > whole * 1e-6 ? rest : 0;
}
