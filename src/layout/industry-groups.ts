import type { IndustryStage } from '../data/types.js';

export type Side = 'jiangmen' | 'zhongshan';
/** Where an industry is drawn: on one side, or in the middle when both sides name it. */
export type ClusterColumn = Side | 'shared';

export const COLUMN_ORDER: readonly ClusterColumn[] = ['jiangmen', 'shared', 'zhongshan'];

/**
 * An industry named at several stages is drawn once, in the row of the first stage
 * here: the article's own headline lists (新赛道) first, then what exists, what is
 * planned, and last what is only looked ahead to — so the 未来产业 row holds nothing
 * that is already under way somewhere.
 */
export const ROW_ORDER: readonly IndustryStage[] = ['new-track', 'strength', 'cluster', 'future'];

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
  /** From the visible groups only: a view of one side has no middle column. */
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
 * Sorts industries into columns and stage rows for the groups in `visible`, in the order
 * the marks are read: column by column, row by row, then as given. Industries no visible
 * group names are left out.
 */
export function placeIndustries(groups: readonly GroupSide[], industries: readonly IndustryGroups[], visible: ReadonlySet<string>): IndustryPlace[] {
  const sideById = new Map(groups.map((g) => [g.id, g.side]));
  const places: IndustryPlace[] = [];
  industries.forEach((industry, index) => {
    const shown = industry.memberships.filter((m) => visible.has(m.group) && sideById.has(m.group));
    if (shown.length === 0) return;
    const shownSides = sidesOf({ memberships: shown }, sideById);
    const underway: Partial<Record<Side, boolean>> = {};
    for (const m of industry.memberships) {
      const side = sideById.get(m.group);
      if (side) underway[side] = underway[side] === true || m.stage !== 'future';
    }
    places.push({
      index,
      column: shownSides.length > 1 ? 'shared' : shownSides[0],
      stage: ROW_ORDER.find((stage) => shown.some((m) => m.stage === stage))!,
      sides: sidesOf(industry, sideById),
      underway,
    });
  });
  const rank = (p: IndustryPlace) => COLUMN_ORDER.indexOf(p.column) * 100 + ROW_ORDER.indexOf(p.stage);
  return places.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}
