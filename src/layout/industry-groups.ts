import type { IndustryStage } from '../data/types.js';

export type Side = 'jiangmen' | 'zhongshan';
/** Where an industry is drawn: with one side's own, or with the shared ones when both sides name it. */
export type ClusterColumn = Side | 'shared';

/** The order sections are drawn in: the finding first. */
export const COLUMN_ORDER: readonly ClusterColumn[] = ['shared', 'jiangmen', 'zhongshan'];

/**
 * An industry named at several stages is drawn once, in the row of the first stage
 * here: the article's own headline lists (新赛道) first, then the sectors of the firms
 * that came, what exists, what is planned, and last what is only looked ahead to — so
 * the 未来产业 row holds nothing that is already under way somewhere.
 */
export const ROW_ORDER: readonly IndustryStage[] = ['new-track', 'arrivals', 'strength', 'cluster', 'future'];

export interface GroupSide {
  id: string;
  side: Side;
}

export interface IndustryGroups {
  memberships: readonly { group: string; stage: IndustryStage }[];
}

/** Where one industry goes and how its mark is filled. */
export interface IndustryPlace {
  /** Index into the industries given. */
  index: number;
  /** `shared` when both sides name it (visible or not: the overlap is a fact of the data), else its side. */
  column: ClusterColumn;
  /** The row: the first of `ROW_ORDER` among its visible memberships. */
  stage: IndustryStage;
  /** Every side that names it, visible or not: the overlap is a fact of the data, not of the view. */
  sides: Side[];
  /** Per side naming it: true when some group there has it under way (any stage but `future`). */
  underway: Partial<Record<Side, boolean>>;
}

/** The sides that name an industry, in `COLUMN_ORDER`. */
export function sidesOf(industry: IndustryGroups, sideById: ReadonlyMap<string, Side>): Side[] {
  const sides = new Set(industry.memberships.map((m) => sideById.get(m.group)));
  return (['jiangmen', 'zhongshan'] as const).filter((s) => sides.has(s));
}

/**
 * Sorts industries into sections (shared, then each side's own) and stage rows for the
 * groups in `visible`, in the order the marks are read: section by section, row by row,
 * then as given. Industries no visible group names are left out; the row comes from the
 * visible groups' stages only.
 */
export function placeIndustries(groups: readonly GroupSide[], industries: readonly IndustryGroups[], visible: ReadonlySet<string>): IndustryPlace[] {
  const sideById = new Map(groups.map((g) => [g.id, g.side]));
  const places: IndustryPlace[] = [];
  industries.forEach((industry, index) => {
    const shown = industry.memberships.filter((m) => visible.has(m.group) && sideById.has(m.group));
    if (shown.length === 0) return;
    const sides = sidesOf(industry, sideById);
    const underway: Partial<Record<Side, boolean>> = {};
    for (const m of industry.memberships) {
      const side = sideById.get(m.group);
      if (side) underway[side] = underway[side] === true || m.stage !== 'future';
    }
    places.push({
      index,
      column: sides.length > 1 ? 'shared' : sides[0],
      stage: ROW_ORDER.find((stage) => shown.some((m) => m.stage === stage))!,
      sides,
      underway,
    });
  });
  const rank = (p: IndustryPlace) => COLUMN_ORDER.indexOf(p.column) * 100 + ROW_ORDER.indexOf(p.stage);
  return places.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}
