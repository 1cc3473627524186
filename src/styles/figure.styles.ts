import { css } from 'lit';

/**
 * The frame every widget shares: caption, chart, message, data table, source line.
 * Written against the host page's hostility: every property that could leak in
 * through inheritance is set here, so the page's CSS cannot reflow the chart.
 */
export const figureStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-inline-size: 0;
    contain: inline-size;
    color: var(--_text);
    text-align: start;
    direction: ltr;
    /* Important, so that a page's \`* { writing-mode: … !important }\` cannot turn the host
       on its side (inside a shadow root an important declaration wins over the page's). */
    writing-mode: horizontal-tb !important;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    /* Every inherited property starts again from its initial value here, whatever the page
       set on the host or above it (letter-spacing, writing-mode, word-break, SVG stroke,
       -webkit-text-fill-color…); the lines below set what the frame uses. Visibility and
       pointer events still follow the page: a carousel that hides a slide hides the widget. */
    all: initial;
    display: block;
    visibility: inherit;
    pointer-events: inherit;
    /* The print rules below ask the host to print its colours exactly. */
    print-color-adjust: inherit;
    color-scheme: var(--_scheme);
    /* \`all\` leaves direction alone: Chinese and English charts read left to right on any page. */
    direction: ltr;
    margin: 0;
    /* The same inset in every theme: on a dark panel text must not touch the edge. */
    padding: var(--_inset);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    font-variant-numeric: tabular-nums;
    /* Chinese breaks only at the <wbr>s \`phrased()\` puts between words; a word wider than
       the line still breaks (overflow-wrap) rather than stick out. */
    word-break: keep-all;
    overflow-wrap: anywhere;
    /* No word alone on a caption's or note's last line. */
    text-wrap: pretty;
  }
  .title {
    text-wrap: balance;
  }
  .compound {
    white-space: nowrap;
  }
  figcaption {
    display: block;
    margin: 0 0 var(--_space-s);
  }
  .title {
    display: block;
    margin: 0;
    font-size: var(--_type-title);
    font-weight: 700;
    line-height: 1.35;
  }
  .takeaway {
    display: block;
    margin: var(--_space-xs) 0 0;
    color: var(--_text);
    font-size: var(--_type-lead);
  }
  .chart {
    position: relative;
    display: block;
    inline-size: 100%;
  }
  svg.drawing {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-family: var(--_font);
    font-size: var(--_type-label);
    font-variant-numeric: tabular-nums;
  }
  svg.drawing:focus {
    outline: none;
  }
  svg.drawing:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Size is inherited from the <svg>, so a text's own font-size attribute can override it. */
  svg text {
    fill: var(--_text);
  }
  svg .muted {
    fill: var(--_muted);
  }
  svg .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  svg .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-inline-size: min(280px, 90%);
    padding: 6px 10px;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-size: var(--_type-body);
    line-height: 1.4;
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .notes,
  .source {
    margin: var(--_space-s) 0 0;
    color: var(--_muted);
    font-size: var(--_type-label);
  }
  .about {
    display: block;
    margin: var(--_space-s) 0 0;
    color: var(--_muted);
    font-size: var(--_type-label);
  }
  .about summary {
    display: list-item;
    cursor: pointer;
    inline-size: fit-content;
    color: var(--_text);
    font-size: var(--_type-body);
  }
  .about summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .about p {
    margin: var(--_space-xs) 0 0;
  }
  .message {
    margin: 8px 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_type-body);
  }
  .message p {
    margin: 0;
  }
  .message strong {
    display: block;
  }
  .toggle {
    margin: 8px 0 0;
    padding: 4px 12px;
    min-block-size: 32px;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: var(--_type-body);
    cursor: pointer;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .table-wrap[hidden] {
    display: none;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    display: table;
    inline-size: 100%;
    margin: 8px 0 0;
    border-collapse: collapse;
    font-size: var(--_type-body);
    /* A CMS page without a doctype is in quirks mode, where a table does not inherit the
       colour (black on the dark theme) or the font: inherit them anyway. */
    color: inherit;
    font-family: inherit;
    line-height: inherit;
  }
  caption {
    display: table-caption;
    text-align: start;
    font-weight: 700;
    padding-block-end: 4px;
  }
  th,
  td {
    display: table-cell;
    /* Not \`anywhere\` (the figure's): that lets a column shrink to one letter a line beside
       numbers that never wrap. \`break-word\` still breaks a word too long for any width. */
    overflow-wrap: break-word;
    padding: 4px 8px 4px 0;
    border-block-end: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  td.number {
    text-align: end;
    white-space: nowrap;
  }
  .derived {
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .reveal {
      animation: gba-reveal var(--_duration) ease-out both;
    }
  }
  @keyframes gba-reveal {
    from {
      opacity: 0;
    }
  }
  /* Print: black on white in any theme, no controls, nothing clipped; the table only with --gba-print-table: block. */
  @media print {
    :host {
      --_bg: #fff !important;
      --_text: #000 !important;
      --_muted: #333 !important;
      --_grid: #ccc !important;
      --_rule: #000 !important;
      --_surface: #fff !important;
      --_accent: var(--gba-color-accent, #c8102e) !important;
      --_context: var(--gba-color-context, #767676) !important;
      --_zhongshan: var(--gba-color-zhongshan, #0072b2) !important;
      --_shenzhen: var(--gba-color-shenzhen, #b35900) !important;
      --_dongguan: var(--gba-color-dongguan, #007a5a) !important;
      --_shared: var(--gba-color-shared, #a6427c) !important;
      --_extra: var(--gba-color-extra, #007a5a) !important;
      color: #000;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    figure {
      background: #fff;
      color: #000;
      break-inside: avoid;
    }
    .toggle,
    .tooltip,
    .controls,
    svg .focus-ring {
      display: none !important;
    }
    .chart,
    svg.drawing,
    .table-wrap {
      overflow: visible !important;
    }
    .reveal {
      animation: none !important;
    }
    .table-wrap[hidden] {
      display: var(--gba-print-table, none);
    }
    table {
      break-inside: auto;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
