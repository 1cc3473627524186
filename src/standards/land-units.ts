/**
 * The article's land units and the standard conversions between them (市制单位换算):
 * 1亩 = 10000/15 m² ≈ 666.67 m², 1 km² = 1,000,000 m² = 1500亩. These are definitions,
 * not figures of the article, so converted areas are derived numbers.
 */

export type LandUnit = '平方公里' | '平方米' | '万平方米' | '亩' | '万亩';

/** The three ways of saying an area the ledger converts between. */
export type AreaFamily = 'km2' | 'mu' | 'm2';

export const SQUARE_METRES_PER_MU = 10000 / 15;
export const SQUARE_METRES_PER_KM2 = 1_000_000;
export const MU_PER_KM2 = SQUARE_METRES_PER_KM2 / SQUARE_METRES_PER_MU;

const SQUARE_METRES_PER_UNIT: Record<LandUnit, number> = {
  平方公里: SQUARE_METRES_PER_KM2,
  平方米: 1,
  万平方米: 1e4,
  亩: SQUARE_METRES_PER_MU,
  万亩: 1e4 * SQUARE_METRES_PER_MU,
};

const FAMILY: Record<LandUnit, AreaFamily> = { 平方公里: 'km2', 平方米: 'm2', 万平方米: 'm2', 亩: 'mu', 万亩: 'mu' };
const SQUARE_METRES_PER_FAMILY: Record<AreaFamily, number> = { km2: SQUARE_METRES_PER_KM2, mu: SQUARE_METRES_PER_MU, m2: 1 };

export const LAND_UNITS = Object.keys(SQUARE_METRES_PER_UNIT) as LandUnit[];

export function isLandUnit(unit: string): unit is LandUnit {
  return Object.prototype.hasOwnProperty.call(SQUARE_METRES_PER_UNIT, unit);
}

/** An area in the article's unit, in square metres: the one currency the drawing compares in. */
export function toSquareMetres(value: number, unit: LandUnit): number {
  return value * SQUARE_METRES_PER_UNIT[unit];
}

/** Square metres as km², 亩 or m². */
export function fromSquareMetres(squareMetres: number, family: AreaFamily): number {
  return squareMetres / SQUARE_METRES_PER_FAMILY[family];
}

/** Which family a unit belongs to: 万亩 is still 亩, 万平方米 still m². */
export function familyOf(unit: LandUnit): AreaFamily {
  return FAMILY[unit];
}

/**
 * `value` to `digits` significant figures, so a derived 8266.666… m² reads 8270 and
 * 1.24万亩 reads 8.27 km². Exact conversions (6096亩 = 4.064 km²) keep their digits
 * when they have no more than `digits + 1` of them.
 */
export function roundSignificant(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  for (const d of [digits, digits + 1]) {
    const rounded = Number(value.toPrecision(d));
    if (Math.abs(rounded - value) <= Math.abs(value) * 1e-9) return rounded;
  }
  return Number(value.toPrecision(digits));
}
