// One zone of <zone-card> in the reader's words: the labels the layout sets, the table
// rows, tooltips, the screen-reader description and the paragraphs of "About the data".
import { labelText } from '../../data/dataset.js';
import type { LabelInput } from '../../data/figure-input.js';
import { areaShare, restOfWhole, type ZoneCardData, type ZoneTone } from '../../data/zones.js';
import { formatDate } from '../../format/date.js';
import { formatList } from '../../format/list.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { formatPercent } from '../../format/number.js';
import { formatQuantity } from '../../format/units.js';
import type { AreaKind, ZoneAreaText, ZoneText } from '../../layout/zone-card.js';
import type { TableCell } from '../base/view.js';

/** One area as drawn: its words, its number, and whether we computed it. */
export interface AreaEntry extends ZoneAreaText {
  kind: AreaKind;
  /** The number on the mark and in the table cell (`data-value`). */
  raw: number;
  derived: boolean;
  /** What the source adds about the area, for the table and "About the data". */
  note: string;
  /** Table note: the source's qualifier, then shares of the whole (and of the area it lies in), marked derived. */
  detail: string;
  /** The words of its tooltip: zone, name, area, shares. */
  tip: string;
  /** The article figure it shows, when it is one. */
  figure?: string;
}

/** A zone in the reader's words, ready for the layout, the table and the tooltips. */
export interface ZoneWords {
  name: string;
  /** For sentences: "Shenzhen–Jiangmen zone". */
  shortName: string;
  tone: ZoneTone;
  text: ZoneText;
  areas: AreaEntry[];
  /** "深中经济合作区由马鞍岛、南朗片区和民众片区组成": what the dek says of this zone. */
  clause: string;
  /** Paragraphs for "About the data": qualifiers and doubts of this zone's areas. */
  about: string[];
  rows: TableCell[][];
  description: string;
}

// A no-break space keeps "4.58 km²" on one line in the title, dek and labels.
const km2 = (value: number, locale: Locale) => formatQuantity(value, '平方公里', locale).replace(/ (?=km²)/, '\u00a0');
const text = (label: LabelInput | undefined, locale: Locale) => labelText(label, locale);
/** "Start-up area" → "start-up area", for the middle of an English sentence. */
export const lowerFirst = (s: string, locale: Locale) => (locale.script === 'en' && /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function milestoneDate(date: string, precision: string | undefined, locale: Locale): string {
  if (precision === 'early-year') return msg(locale, 'zone-card.early-year', { year: date.slice(0, 4) });
  return formatDate(date, locale);
}

/**
 * Turns one zone's data into words. Shares and the undivided rest are derived here and
 * say so; the article's areas are printed as they are.
 */
export function zoneWords(data: ZoneCardData, locale: Locale, { many }: { many: boolean }): ZoneWords {
  const en = locale.script === 'en';
  const name = text(data.name, locale);
  const shortName = data.shortName ? text(data.shortName, locale) : name;
  const whole = data.plannedArea;
  const derived = (t: string) => msg(locale, 'zone-card.derived', { text: t });
  const share = (area: number) => msg(locale, 'zone-card.share', { share: formatPercent(areaShare(area, whole), locale) });
  const joinNotes = (list: string[]) => list.filter(Boolean).join(en ? '; ' : '；');

  type Item = { name: string; area: number; derived?: boolean; figure?: string; note?: string };
  const item = (a: { name: LabelInput; area: number; figure?: string; note?: LabelInput }): Item => ({ name: text(a.name, locale), area: a.area, figure: a.figure, note: a.note ? text(a.note, locale) : '' });
  const parts = (data.parts ?? []).map(item);
  const rest = parts.length ? restOfWhole(whole, data.parts ?? []) : 0;
  // Rounded for words only: the drawing keeps the exact rest, so the parts still tile the whole.
  if (rest > 0) parts.push({ name: msg(locale, 'zone-card.rest'), area: rest, derived: true });
  const nested = (data.nested ?? []).map(item);
  const unplaced = (data.unplaced ?? []).map(item);

  const entry = (kind: AreaKind, it: Item, shares: string): AreaEntry => {
    const raw = it.derived ? Math.round(it.area * 100) / 100 : it.area;
    const value = km2(raw, locale);
    const tip = kind === 'whole' ? msg(locale, 'zone-card.mark-whole', { zone: name, area: value }) : msg(locale, 'zone-card.mark', { zone: name, name: it.name, area: value, shares });
    const note = it.note ?? '';
    return { kind, name: it.name, area: it.area, raw, value, derived: !!it.derived, note, detail: joinNotes([note, shares]), tip, figure: it.figure };
  };
  const areas: AreaEntry[] = [
    entry('whole', { name: msg(locale, 'zone-card.planned'), area: whole, figure: data.plannedAreaFigure }, ''),
    ...parts.map((p) => entry('part', p, derived(share(p.area)))),
    ...nested.map((n, i) => {
      const outer = nested[i - 1];
      const shares = [share(n.area)];
      if (outer) shares.push(msg(locale, 'zone-card.share-outer', { outer: outer.name, share: formatPercent(areaShare(n.area, outer.area), locale) }));
      return entry('nested', n, derived(shares.join(en ? ', ' : '，')));
    }),
    ...unplaced.map((u) => entry('unplaced', u, derived(share(u.area)))),
  ];
  const pick = (kind: AreaKind) => areas.filter((a) => a.kind === kind);

  const separator = msg(locale, 'zone-card.list-separator');
  const lead = (heading: string) => msg(locale, 'zone-card.lead', { heading });
  const industries = (data.industries ?? []).map((i) => text(i, locale));
  const industriesHeading = data.industriesHeading ? text(data.industriesHeading, locale) : msg(locale, 'zone-card.industries');
  const industriesLead = data.industriesLead ? text(data.industriesLead, locale) : industriesHeading;
  const models = (data.models ?? []).map((m) => msg(locale, 'zone-card.model', { shenzhen: text(m.shenzhen, locale), partner: text(m.partner, locale) }));
  const modelsHeading = msg(locale, 'zone-card.models');
  const milestones = (data.milestones ?? []).map((m) => ({ lead: milestoneDate(m.date, m.precision, locale), text: text(m.label, locale) }));

  const site = data.site ? text(data.site, locale) : '';
  const layoutText: ZoneText = {
    title: many ? name : undefined,
    subtitle: site || undefined,
    whole: areas[0],
    parts: pick('part'),
    nested: pick('nested'),
    unplaced: pick('unplaced'),
    lists: [
      { lead: lead(industriesLead), items: industries },
      { lead: lead(modelsHeading), items: models },
    ],
  };

  const row = (t: string) => (many ? msg(locale, 'zone-card.area-of', { zone: name, name: t }) : t);
  const industriesCell: TableCell = data.industriesFigure
    ? { text: text(data.industriesFigure.text, locale), value: data.industriesFigure.value, figure: data.industriesFigure.id }
    : { text: '' };
  const rows: TableCell[][] = [
    ...areas.map((a) => [{ text: row(a.name) }, { text: a.value, value: a.raw, figure: a.figure }, { text: a.detail }]),
    ...(industries.length ? [[{ text: row(industriesHeading) }, industriesCell, { text: industries.join(separator) }]] : []),
    ...(models.length ? [[{ text: row(modelsHeading) }, { text: '' }, { text: models.join(separator) }]] : []),
    ...milestones.map((m) => [{ text: row(m.lead) }, { text: '' }, { text: m.text }]),
  ];

  const space = en ? ' ' : '';
  const named = (list: AreaEntry[]) => formatList(list.map((a) => `${a.name}${space}${a.value}`), locale);
  const sentences = [msg(locale, 'zone-card.desc-zone', { zone: !site ? name : en ? `${name} (${site})` : `${name}（${site}）`, whole: areas[0].value })];
  if (pick('part').length) sentences.push(msg(locale, 'zone-card.desc-parts', { list: named(pick('part')) }));
  if (nested.length) sentences.push(msg(locale, 'zone-card.desc-nested', { list: named(pick('nested')) }));
  if (unplaced.length) sentences.push(msg(locale, 'zone-card.desc-unplaced', { list: named(pick('unplaced')) }));
  for (const list of layoutText.lists) if (list.items.length) sentences.push(`${list.lead.trim()}${space}${list.items.join(separator)}${en ? '.' : '。'}`);

  const about = [
    ...[...pick('part'), ...pick('nested')].filter((a) => a.note).map((a) => msg(locale, 'zone-card.about-note', { name: a.name, note: a.note })),
    ...pick('unplaced').map((u) => msg(locale, 'zone-card.about-unplaced', { name: u.name, area: u.value })),
    ...(rest > 0 ? [msg(locale, 'zone-card.about-rest')] : []),
  ];

  return {
    name,
    shortName,
    tone: data.tone ?? 'jiangmen',
    text: layoutText,
    areas,
    clause: clause(shortName, pick('part'), pick('nested'), areas[0].value, locale),
    about,
    rows,
    description: sentences.join(en ? ' ' : ''),
  };
}

/** What the dek says of one zone: its parts by name, else its first nested area, else its size. */
function clause(zone: string, parts: AreaEntry[], nested: AreaEntry[], whole: string, locale: Locale): string {
  const named = parts.filter((p) => !p.derived);
  if (named.length) return msg(locale, 'zone-card.clause-parts', { zone, list: formatList(named.map((p) => p.name), locale) });
  if (nested.length) return msg(locale, 'zone-card.clause-nested', { zone, name: lowerFirst(nested[0].name, locale), area: nested[0].value });
  return msg(locale, 'zone-card.clause-plain', { zone, area: whole });
}
