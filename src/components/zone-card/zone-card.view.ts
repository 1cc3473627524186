// The view of <zone-card>: the drawing's geometry and every sentence around it, for one
// language and width. A pure function of the zones to draw: the element picks them from
// its attributes and calls it.
import type { ZoneCardData } from '../../data/zones.js';
import { formatList } from '../../format/list.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { layoutZoneCard, type AreaMark, type ZoneCardLayout } from '../../layout/zone-card.js';
import type { FrameView } from '../base/view.js';
import { lowerFirst, zoneWords, type ZoneWords } from './zone-card.words.js';

export interface ZoneCardView extends FrameView {
  geometry: ZoneCardLayout;
  zones: ZoneWords[];
  /** Index into `marks` of each panel's first mark. */
  firstMark: number[];
}

/** The words of the area `mark` draws. */
export function areaOf(zone: ZoneWords, mark: Pick<AreaMark, 'kind' | 'index'>): ZoneWords['areas'][number] {
  return zone.areas.filter((a) => a.kind === mark.kind)[mark.index];
}

/** Geometry and words of <zone-card> for `zones`, drawn at one scale. */
export function zoneCardView(zones: readonly ZoneCardData[], { width, locale }: { width: number; locale: Locale }): ZoneCardView {
  const en = locale.script === 'en';
  const many = zones.length > 1;
  const words = zones.map((zone) => zoneWords(zone, locale, { many }));
  const geometry = layoutZoneCard(
    words.map((w) => w.text),
    { width },
    { separator: msg(locale, 'zone-card.list-separator') },
  );
  let offset = 0;
  const firstMark = geometry.panels.map((panel) => (offset += panel.marks.length) - panel.marks.length);
  const marks = geometry.panels.flatMap((panel, i) => panel.marks.map((mark) => ({ label: areaOf(words[i], mark).tip, ...mark.tip })));
  const unplaced = words.some((w) => w.areas.some((a) => a.kind === 'unplaced'));
  const derived = words.some((w) => w.areas.some((a) => a.kind !== 'whole'));
  return {
    title: title(zones, words, locale),
    takeaway: takeaway(zones, words, locale),
    description: [msg(locale, 'zone-card.note-scale'), ...words.map((w) => w.description)].join(en ? ' ' : ''),
    width: geometry.width,
    height: geometry.height,
    geometry,
    zones: words,
    firstMark,
    marks,
    table: () => ({
      columns: [{ label: msg(locale, 'column.item') }, { label: msg(locale, 'column.value'), numeric: true }, { label: msg(locale, 'zone-card.column.detail') }],
      rows: words.flatMap((w) => w.rows),
    }),
    // One line a reader needs to read the squares right; the rest is in "About the data".
    notes: [[msg(locale, 'zone-card.note-scale'), ...(unplaced ? [msg(locale, 'zone-card.note-unplaced')] : [])].join(en ? ' ' : '')],
    about: [
      msg(locale, 'zone-card.about-scale'),
      ...words.flatMap((w) => w.about),
      ...(derived ? [msg(locale, 'zone-card.about-shares'), msg(locale, 'derived.note')] : []),
    ],
  };
}

const sameArea = (zones: readonly ZoneCardData[]) => zones.every((z) => z.plannedArea === zones[0].plannedArea);

/** The finding: the zones are the same size, or how large each is. */
function title(zones: readonly ZoneCardData[], words: ZoneWords[], locale: Locale): string {
  const whole = (w: ZoneWords) => w.areas[0].value;
  if (zones.length === 1) return msg(locale, 'zone-card.title-one', { zone: words[0].shortName, area: whole(words[0]) });
  if (sameArea(zones)) return msg(locale, zones.length === 2 ? 'zone-card.title-same-two' : 'zone-card.title-same', { area: whole(words[0]) });
  return msg(locale, 'zone-card.title-many', { list: formatList(words.map((w) => `${w.shortName}${locale.script === 'en' ? ' ' : ''}${whole(w)}`), locale) });
}

/** One sentence on what to look at inside the squares. */
function takeaway(zones: readonly ZoneCardData[], words: ZoneWords[], locale: Locale): string {
  if (zones.length > 1) {
    const clauses = words.map((w) => w.clause).join(msg(locale, 'zone-card.clause-separator'));
    return msg(locale, sameArea(zones) ? 'zone-card.takeaway-same' : 'zone-card.takeaway-scale', { clauses });
  }
  const [w] = words;
  const whole = w.areas[0].value;
  const parts = w.areas.filter((a) => a.kind === 'part');
  const first = w.areas.find((a) => a.kind === 'nested');
  const space = locale.script === 'en' ? ' ' : '';
  if (parts.length) return msg(locale, 'zone-card.takeaway-parts', { whole, list: formatList(parts.map((a) => `${a.name}${space}${a.value}`), locale) });
  if (first) return msg(locale, 'zone-card.takeaway-nested', { whole, name: lowerFirst(first.name, locale), area: first.value });
  return msg(locale, 'zone-card.takeaway-plain', { whole });
}
