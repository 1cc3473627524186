import type { FigureInput, LabelInput } from './figure-input.js';

// The shape of <land-ledger>'s data (its check: land-ledger.check.ts). The article's land in that shape, named
// in the widget's words, is src/components/land-ledger/land-ledger.bundled.ts.

/** Colours a parcel may take (`--gba-color-<tone>`); a label always says the same. */
export const LEDGER_TONES = ['jiangmen', 'zhongshan', 'shenzhen', 'context'] as const;
export type LedgerTone = (typeof LEDGER_TONES)[number];

/** An area inside a parcel, itself inside the area before it. */
export interface LandArea {
  label: LabelInput;
  /** Unit 平方公里, 平方米, 万平方米, 亩 or 万亩; at most the area it lies in. */
  area: FigureInput;
}

/** A piece of land the article names, drawn as a square whose area is proportional to its own. */
export interface LandParcel {
  /** What the land is, short: "中山连片工业用地". */
  label: LabelInput;
  /** Its area, in one of the land units (平方公里, 平方米, 万平方米, 亩, 万亩), above 0. */
  area: FigureInput;
  /** Areas lying inside it (at most 6), each inside the one before (启动区 ⊃ 可用面积), drawn nested at true scale. */
  inner?: LandArea[];
  /** How many pieces the area is made of (the ten theme parks), shown in its label. */
  count?: FigureInput;
  /** Colour: `jiangmen` (the accent), `zhongshan`, `shenzhen` or `context`. */
  tone?: LedgerTone;
  /** A caveat for the "About the data" disclosure (where the source leaves the land's place open). */
  note?: LabelInput;
}

/** A part of a whole whose size the source does not give: only shares can be drawn. */
export interface LandShare {
  /** The whole: 大湾区陆地. */
  whole: LabelInput;
  /** The part: 江门. */
  part: LabelInput;
  /** The part's share of the whole: unit 分之 (value 0–1, e.g. 1/6) or % (0–100). */
  share: FigureInput;
  /** Share of the part already developed (开发强度), unit %. */
  developed?: FigureInput;
  /** Other numbers the source gives about the part, each a line under the bars (江门的主平台是省重点支持的5个之一). */
  facts?: LandShareFact[];
}

/** A line of words about a share's part with one number in it, drawn under the share bars. */
export interface LandShareFact {
  /** The line, with `{value}` where the number goes: "…省重点支持建设的{value}主平台之一". */
  text: LabelInput;
  /** The number, in any of the article's units. */
  figure: FigureInput;
}

/**
 * What `<land-ledger>` draws: parcels of land as squares on one scale by area, and (with
 * the `shares` attribute) a share of a whole.
 */
export interface LandLedgerData {
  /** With at most 4 facts. */
  share?: LandShare;
  /** Drawn, in this order, every square on one scale: 1 to 24 parcels; texts at most 1000 characters. */
  parcels: LandParcel[];
  /**
   * Areas the source gives that the drawing leaves out — a planned total that would shrink
   * every other square to a speck, a floor area that is no land — listed in the table, their
   * `note` saying why in the "About the data" disclosure.
   */
  tableOnly?: LandParcel[];
  /** Where your numbers come from, for the source line; without it no source line is shown. */
  source?: LabelInput;
}

/** Where a fact's number goes in its line. */
export const FACT_VALUE_SLOT = '{value}';

/** A share figure as a fraction 0–1: 1/6 stays 1/6, 12% becomes 0.12. */
export function shareOf(figure: FigureInput): number {
  return figure.unit === '%' ? figure.value / 100 : figure.value;
}
