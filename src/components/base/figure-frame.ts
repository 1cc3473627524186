// The frame every widget's drawing sits in: caption, messages, the chart's SVG and its
// tooltip, controls, notes, the data table behind its button, "About the data", the source.
// Templates only: the element decides what is shown and handles the events.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { msg } from '../../format/messages.js';
import { aboutTemplate, messagesTemplate, phrased, sourceText, tableTemplate, tooltipTemplate } from './frame-parts.js';
import type { DataTable, FrameView } from './view.js';

/** What goes between the caption and the source, each drawn by the element. */
export interface FrameBody {
  chart: TemplateResult;
  controls: TemplateResult | typeof nothing;
  table: TemplateResult;
}

/** `<figure part="figure">`: with no view (the input could not be drawn) only the title, the messages and the source. */
export function figureTemplate(locale: Locale, view: FrameView | undefined, messages: string[], body?: FrameBody): TemplateResult {
  const title = view?.title ?? msg(locale, 'error.title');
  return html`<figure part="figure" class="figure" lang=${locale.tag} data-script=${locale.script}>
    <figcaption part="caption">
      <span part="title" class="title">${phrased(title)}</span>
      ${view?.takeaway ? html`<span part="takeaway" class="takeaway">${phrased(view.takeaway)}</span>` : nothing}
    </figcaption>
    ${messagesTemplate(messages, locale)}
    ${body?.chart ?? nothing}
    ${body?.controls ?? nothing}
    ${view?.notes?.map((note) => html`<p part="notes" class="notes">${phrased(note)}</p>`) ?? nothing}
    ${body?.table ?? nothing}
    ${aboutTemplate(view?.about, locale)}
    ${view?.source === null ? nothing : html`<p part="source" class="source">${phrased(view?.source ?? sourceText(locale))}</p>`}
  </figure>`;
}

/** The chart's listeners: one tab stop, arrows step through marks, pointing shows a mark. */
export interface ChartEvents {
  keydown(event: KeyboardEvent): void;
  focus(): void;
  blur(): void;
  pointerover(event: PointerEvent): void;
  pointerleave(): void;
}

/** The SVG with role img, its description, the focused mark's ring and tip, and a live region saying the mark. */
export function chartTemplate(view: FrameView, drawing: SVGTemplateResult, active: number, reveal: boolean, on: ChartEvents): TemplateResult {
  const mark = view.marks[active];
  return html`<div part="chart" class="chart">
    <svg
      class="drawing ${reveal ? 'reveal' : ''}"
      role="img"
      aria-label=${view.title}
      tabindex=${view.marks.length ? '0' : nothing}
      viewBox="0 0 ${view.width} ${view.height}"
      width=${view.width}
      height=${view.height}
      @keydown=${on.keydown}
      @focus=${on.focus}
      @blur=${on.blur}
      @pointerover=${on.pointerover}
      @pointerleave=${on.pointerleave}
    >
      <desc>${view.description}</desc>
      ${drawing}
      ${mark ? svg`<circle class="focus-ring" cx=${mark.x} cy=${mark.y} r="10"></circle>` : nothing}
    </svg>
    ${mark ? tooltipTemplate(view, mark) : nothing}
    <div class="visually-hidden" role="status">${mark?.label ?? ''}</div>
  </div>`;
}

/**
 * The "查看数据 / View data" button and the table it shows. Without `table` the rows are left
 * out of the DOM (most readers never open it) and an empty, hidden box stands in.
 */
export function dataTableTemplate(title: string, locale: Locale, open: boolean, table: DataTable | undefined, toggle: () => void): TemplateResult {
  return html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="data-table" @click=${toggle}>
      ${msg(locale, open ? 'hide-data' : 'view-data')}
    </button>
    ${table ? tableTemplate(table, msg(locale, 'table.caption', { title }), !open) : html`<div class="table-wrap" id="data-table" hidden></div>`}`;
}
