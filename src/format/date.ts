import type { Locale } from './locale.js';

const PARTS: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'long' },
  3: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** One ISO date of 1–3 parts ("2023", "2023-02", "2024-06-15") in the reader's words. */
function formatIsoDate(iso: string, locale: Locale): string {
  const parts = iso.split('-').map(Number);
  if (parts.some((p) => !Number.isFinite(p)) || !(parts.length in PARTS)) return iso;
  const [year, month = 1, day = 1] = parts;
  // Noon UTC formatted in UTC: the calendar day never shifts with the reader's zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(locale.tag, { ...PARTS[parts.length], timeZone: 'UTC' }).format(date);
}

/** An article date or span ("2021/2023") as the reader writes it. */
export function formatDate(date: string, locale: Locale): string {
  const [from, to] = date.split('/');
  if (!to) return formatIsoDate(from, locale);
  return `${formatIsoDate(from, locale)}–${formatIsoDate(to, locale)}`;
}

/** The year a date or span ends in, for placing it on a time axis. */
export function yearOf(date: string): number {
  const last = date.split('/').pop() ?? date;
  return Number(last.slice(0, 4));
}
