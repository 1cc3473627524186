import type { TimeExtent } from '../types/time.js';

/**
 * What is known of an event's date: `point` a month or a day (or done by then), `span` part
 * of a year (年初), `year` only the year, `upcoming` still to come when the article appeared.
 */
export type EventKind = 'point' | 'span' | 'year' | 'upcoming';

export interface OrderedExtent extends TimeExtent {
  kind: EventKind;
}

/** Where an event falls in reading order: a year-only event is no "January", so it comes after the year's dated ones. */
export function orderKey({ start, end, kind }: OrderedExtent): [number, number] {
  if (kind === 'year') return [end, 1];
  if (kind === 'upcoming') return [start, 2];
  return [(start + end) / 2, 0];
}

/** Indices of `items` in honest time order; equal keys keep the order they came in. */
export function timelineOrder(items: readonly OrderedExtent[]): number[] {
  const keys = items.map(orderKey);
  return items.map((_, i) => i).sort((a, b) => keys[a][0] - keys[b][0] || keys[a][1] - keys[b][1] || a - b);
}

/** The stretch an event takes on a time axis: a point's middle, a span's extent, the upcoming from their start. */
export function axisInterval({ start, end, kind }: OrderedExtent): [number, number] {
  if (kind === 'point') return [(start + end) / 2, (start + end) / 2];
  if (kind === 'upcoming') return [start, start];
  return [start, end];
}
