import { cities, leadHardLinksFigures, models } from './dataset.js';
import { figureLookup } from './figure-lookup.js';
import type { FigureInput, LabelInput } from './figure-input.js';

/** One "深圳X+城市Y" pairing: what Shenzhen brings, the partner city, and what the partner brings. */
export interface ModelInput {
  /** The Shenzhen side: 总部, 研发, 服务, 链主. */
  shenzhen: LabelInput;
  /** Id of the partner city, one of `cities`. */
  city: string;
  /** The partner side: 基地, 生产, 制造, 配套, 转化. */
  partner: LabelInput;
  /** The source passage, quoted in the tooltip and table. */
  quote?: string;
  id?: string;
}

/** `<bridge-models>`'s data: the pairings, the partner cities' names, and the travel time the Link brings. */
export interface BridgeModelsData {
  /** At most 24 pairings; texts at most 1000 characters. */
  models: ModelInput[];
  /** The partner cities on the west bank, west to east (at most 8): `{ id, name: { 'zh-Hans', en } }`. */
  cities: { id: string; name: LabelInput }[];
  /** A travel-time figure drawn from one partner city across the Link to Shenzhen ("1小时生活圈"). */
  livingCircle?: { city: string; figure: FigureInput };
}

const LIVING_CIRCLE = 'shenzhen-jiangmen-one-hour-circle';
/** The lead's section on the Link, which prints the "1小时生活圈": the only figure drawn here. */
const figureById = /*#__PURE__*/ figureLookup(leadHardLinksFigures);

/** The article's seven pairings, Jiangmen and Zhongshan, and the Shenzhen–Jiangmen "1小时生活圈". */
export function bundledBridgeModels(): BridgeModelsData {
  const partners = new Set(models.map((m) => m.city));
  const figure = figureById(LIVING_CIRCLE);
  const city = figure?.subjects.find((s) => partners.has(s));
  return {
    models: models,
    // In the dataset's order, which is west to east as the banks are drawn: Jiangmen, then Zhongshan at the Link.
    cities: cities.filter((c) => partners.has(c.id)),
    livingCircle: figure && city ? { city, figure } : undefined,
  };
}

/** The most pairings and partner cities `<bridge-models>` reads: bounded work for any input. */
export const BRIDGE_LIMITS = { models: 24, cities: 8 } as const;

