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
interface AreaEntry extends ZoneAreaText {
  kind: AreaKind;
  /** The number on the mark and in the table cell (`data-value`). */
  raw: number;
  derived: boolean;
  /** Table note: shares of the whole (and of the area it lies in), marked derived. */
  shares: string;
  /** The words of its tooltip: zone, name, area, shares. */
  tip: string;
  /** The article figure it shows, when it is one. */
  figure?: string;
}

/** The number the article frames a zone's industries with (六大, 千亿级), as a table cell. */
function industriesCell(data: ZoneCardData, locale: Locale): TableCell {
  const figure = data.industriesFigure;
  return figure ? { text: text(figure.text, locale), value: figure.value, figure: figure.id } : { text: '' };
}

/** A zone in the reader's words, ready for the layout, the table and the tooltips. */
export interface ZoneWords {
  name: string;
  tone: ZoneTone;
  text: ZoneText;
  areas: AreaEntry[];
  notes: string[];
  rows: TableCell[][];
  description: string;
}

const km2 = (value: number, locale: Locale) => formatQuantity(value, '平方公里', locale);
const text = (label: LabelInput | undefined, locale: Locale) => labelText(label, locale);

function milestoneDate(date: string, precision: string | undefined, locale: Locale): string {
  if (precision === 'early-year') return msg(locale, 'zone-card.early-year', { year: date.slice(0, 4) });
  return formatDate(date, locale);
}

/**
 * Turns one zone's data into words: the labels and lists the layout sets, the table
 * rows, tooltips and description. Shares and the undivided rest are derived here and
 * say so; the article's areas are printed as they are.
 */
export function zoneWords(data: ZoneCardData, locale: Locale, { many }: { many: boolean }): ZoneWords {
  const name = text(data.name, locale);
  const whole = data.plannedArea;
  const wholeValue = km2(whole, locale);
  const planned = msg(locale, 'zone-card.planned');
  const derived = (t: string) => msg(locale, 'zone-card.derived', { text: t });
  const share = (area: number) => msg(locale, 'zone-card.share', { share: formatPercent(areaShare(area, whole), locale) });

  const parts = (data.parts ?? []).map((p) => ({ name: text(p.name, locale), area: p.area, derived: false, figure: p.figure }));
  const rest = parts.length ? restOfWhole(whole, data.parts ?? []) : 0;
  // Rounded for words only: the drawing keeps the exact rest, so the parts still tile the whole.
  if (rest > 0) parts.push({ name: msg(locale, 'zone-card.rest'), area: rest, derived: true, figure: undefined });
  const nested = (data.nested ?? []).map((n) => ({ name: text(n.name, locale), area: n.area, figure: n.figure }));
  const unplaced = (data.unplaced ?? []).map((u) => ({ name: text(u.name, locale), area: u.area, figure: u.figure }));

  const entry = (kind: AreaKind, item: { name: string; area: number; derived?: boolean; figure?: string }, shares: string): AreaEntry => {
    const raw = item.derived ? Math.round(item.area * 100) / 100 : item.area;
    const value = km2(raw, locale);
    const tip = kind === 'whole' ? msg(locale, 'zone-card.mark-whole', { zone: name, area: value }) : msg(locale, 'zone-card.mark', { zone: name, name: item.name, area: value, shares });
    return { kind, name: item.name, area: item.area, raw, value, derived: !!item.derived, shares, tip, figure: item.figure };
  };
  const areas: AreaEntry[] = [
    entry('whole', { name: planned, area: whole, figure: data.plannedAreaFigure }, ''),
    ...parts.map((p) => entry('part', p, derived(share(p.area)))),
    ...nested.map((n, i) => {
      const outer = nested[i - 1];
      const shares = [share(n.area)];
      if (outer) shares.push(msg(locale, 'zone-card.share-outer', { outer: outer.name, share: formatPercent(areaShare(n.area, outer.area), locale) }));
      return entry('nested', n, derived(shares.join(locale.script === 'en' ? ', ' : '，')));
    }),
    ...unplaced.map((u) => entry('unplaced', u, derived(share(u.area)))),
  ];
  const pick = (kind: AreaKind) => areas.filter((a) => a.kind === kind);

  const separator = msg(locale, 'zone-card.list-separator');
  const industries = (data.industries ?? []).map((i) => text(i, locale));
  const industriesHeading = data.industriesHeading ? text(data.industriesHeading, locale) : msg(locale, 'zone-card.industries');
  const models = (data.models ?? []).map((m) => msg(locale, 'zone-card.model', { shenzhen: text(m.shenzhen, locale), partner: text(m.partner, locale) }));
  const modelsHeading = msg(locale, 'zone-card.models');
  const milestones = (data.milestones ?? []).map((m) => ({ lead: milestoneDate(m.date, m.precision, locale), text: text(m.label, locale) }));
  const milestonesHeading = msg(locale, 'zone-card.milestones');

  const site = data.site ? text(data.site, locale) : '';
  const layoutText: ZoneText = {
    title: many ? name : undefined,
    subtitle: site || undefined,
    whole: areas[0],
    parts: pick('part'),
    nested: pick('nested'),
    unplaced: pick('unplaced'),
    lists: [
      { heading: industriesHeading, items: industries.map((t) => ({ text: t })), flow: true },
      { heading: modelsHeading, items: models.map((t) => ({ text: t })), flow: true },
      { heading: milestonesHeading, items: milestones, flow: false },
    ],
  };

  const item = (t: string) => (many ? msg(locale, 'zone-card.area-of', { zone: name, name: t }) : t);
  const rows: TableCell[][] = [
    ...areas.map((a) => [{ text: item(a.name) }, { text: a.value, value: a.raw, figure: a.figure }, { text: a.shares }]),
    ...(industries.length ? [[{ text: item(industriesHeading) }, industriesCell(data, locale), { text: industries.join(separator) }]] : []),
    ...(models.length ? [[{ text: item(modelsHeading) }, { text: '' }, { text: models.join(separator) }]] : []),
    ...milestones.map((m) => [{ text: item(m.lead) }, { text: '' }, { text: m.text }]),
  ];

  const sentences = [msg(locale, 'zone-card.desc-zone', { zone: !site ? name : locale.script === 'en' ? `${name} (${site})` : `${name}（${site}）`, whole: wholeValue })];
  const space = locale.script === 'en' ? ' ' : '';
  const named = (list: AreaEntry[]) => formatList(list.map((a) => `${a.name}${space}${a.value}`), locale);
  if (pick('part').length) sentences.push(msg(locale, 'zone-card.desc-parts', { list: named(pick('part')) }));
  if (nested.length) sentences.push(msg(locale, 'zone-card.desc-nested', { list: named(pick('nested')) }));
  if (unplaced.length) sentences.push(msg(locale, 'zone-card.desc-unplaced', { list: named(pick('unplaced')) }));
  for (const list of layoutText.lists) {
    if (list.items.length) {
      const items = list.items.map((i) => (i.lead ? `${i.lead} ${i.text}` : i.text)).join(list.flow ? separator : msg(locale, 'zone-card.rows-separator'));
      sentences.push(msg(locale, 'zone-card.desc-list', { heading: list.heading, items }));
    }
  }

  return {
    name,
    tone: data.tone ?? 'jiangmen',
    text: layoutText,
    areas,
    notes: pick('unplaced').map((u) => msg(locale, 'zone-card.unplaced-note', { name: u.name, area: u.value })),
    rows,
    description: sentences.join(locale.script === 'en' ? ' ' : ''),
  };
}
