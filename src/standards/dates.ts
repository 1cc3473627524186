import type { TimeExtent } from '../types/time.js';

// What a date of the ISO 8601 calendar covers: a rule of the calendar, not geometry, so the
// data checkers (an editor’s typo) and the timeline’s words read it here; the layout sees only
// the `TimeExtent` it makes (src/types/time.ts).

const ISO_DATE = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = 86_400_000;

/**
 * The time an ISO date of 1–3 parts covers, in fractional years: "2023" → [2023, 2024),
 * "2023-02" → February 2023, "2024-06-15" → that day. Undefined for anything else,
 * including dates that do not exist ("2023-02-30"), so an editor's typo is caught.
 */
export function dateExtent(iso: string): TimeExtent | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { start: year, end: year + 1 };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  const from = Date.UTC(year, month - 1, d === undefined ? 1 : Number(d));
  if (d !== undefined && new Date(from).getUTCDate() !== Number(d)) return undefined;
  const to = d === undefined ? Date.UTC(year, month, 1) : from + DAY;
  return { start: yearFraction(from), end: yearFraction(to) };
}

/** A UTC instant as a fractional year: 1 July 2023 ≈ 2023.496. */
function yearFraction(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (ms - start) / (Date.UTC(year + 1, 0, 1) - start);
}
