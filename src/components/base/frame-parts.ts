import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { article, labelText } from '../../data/dataset.js';
import { lineUnits } from '../../layout/line-units.js';
import { styleProperties } from './style-properties.js';
import type { DataTable, FrameView, MarkTip } from './view.js';

/**
 * Prose for the browser to set. Chinese gets `<wbr>` between its words and, in the styles,
 * `word-break: keep-all`, so a caption or note breaks only where `lineUnits` allows (never
 * inside 银湖湾 or 4022.5亿元) — the same rule the drawing's own labels follow. A hyphenated
 * English compound ("high-tech", "one-hour") is kept on one line: browsers break after a hyphen.
 */
export function phrased(text: string): string | (string | TemplateResult)[] {
  const units = /[\u3400-\u9fff]/.test(text) ? lineUnits(text) : [text];
  const parts = units.flatMap((unit, i) => (i === 0 ? keepCompounds(unit) : [html`<wbr>`, ...keepCompounds(unit)]));
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
}

const COMPOUND = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g;

/** `text` with each hyphenated compound in a span that does not wrap. */
function keepCompounds(text: string): (string | TemplateResult)[] {
  if (!text.includes('-')) return [text];
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const match of text.matchAll(COMPOUND)) {
    parts.push(text.slice(at, match.index), html`<span class="compound">${match[0]}</span>`);
    at = match.index! + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

/** The columns of a table of article figures: what, how much, when, and the article's words. */
export function figureColumns(locale: Locale): DataTable['columns'] {
  return [
    { label: msg(locale, 'column.item') },
    { label: msg(locale, 'column.value'), numeric: true },
    { label: msg(locale, 'column.date') },
    { label: msg(locale, 'column.quote') },
  ];
}

/** "来源：羊城晚报《江门“万亿”征途 将有产业“深”加速》，2024年6月" */
export function sourceText(locale: Locale): string {
  const { publisher, title, date } = article;
  const citation = msg(locale, 'source.citation', {
    publisher: labelText(publisher, locale),
    title: labelText(title, locale),
    date: formatDate(date, locale),
  });
  return msg(locale, 'source.prefix') + citation;
}

export function messagesTemplate(messages: string[], locale: Locale): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<div part="message" class="message" role="alert">
    <strong>${msg(locale, 'error.title')}</strong>
    ${messages.map((m) => html`<p>${m}</p>`)}
  </div>`;
}

/** The closed "About the data" disclosure: a native `<details>`, so it opens without script and by keyboard. */
export function aboutTemplate(about: readonly string[] | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!about?.length) return nothing;
  return html`<details part="about" class="about">
    <summary>${msg(locale, 'about-data')}</summary>
    ${about.map((paragraph) => html`<p>${phrased(paragraph)}</p>`)}
  </details>`;
}

export function tableTemplate(table: DataTable, caption: string, hidden: boolean): TemplateResult {
  // A table wider than the widget scrolls sideways: as a named region in the tab order a
  // keyboard reader can scroll it too (WCAG 2.1.1).
  return html`<div class="table-wrap" id="data-table" ?hidden=${hidden} tabindex="0" role="region" aria-label=${caption}>
    <table part="table">
      <caption>${caption}</caption>
      <thead>
        <tr>${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr>
            ${row.map((cell, i) =>
              i === 0
                ? html`<th scope="row">${phrased(cell.text)}</th>`
                : html`<td class=${table.columns[i]?.numeric ? 'number' : ''} data-value=${cell.value ?? nothing} data-figure=${cell.figure ?? nothing}>${phrased(cell.text)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The focused mark's tip, inside the shadow root, flipped past the middle so it never leaves the widget. */
export function tooltipTemplate(view: Pick<FrameView, 'width' | 'height'>, mark: Pick<MarkTip, 'label' | 'x' | 'y'>): TemplateResult {
  const right = mark.x > view.width / 2;
  const below = mark.y < view.height / 3;
  const position = {
    [right ? 'right' : 'left']: `${right ? view.width - mark.x + 12 : mark.x + 12}px`,
    [below ? 'top' : 'bottom']: `${below ? mark.y + 12 : view.height - mark.y + 12}px`,
  };
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${styleProperties(position)}>${mark.label}</div>`;
}
