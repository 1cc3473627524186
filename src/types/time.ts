/**
 * A stretch of time in fractional years: [start, end). Made from an ISO date by
 * `dateExtent` (src/standards/dates.ts), placed on an axis by the timeline's layout.
 */
export interface TimeExtent {
  start: number;
  end: number;
}
