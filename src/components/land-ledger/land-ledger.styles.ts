import { css } from 'lit';

/**
 * Squares carry their meaning in a full-strength outline (≥ 3:1 against the background
 * in both themes); the tinted fill only groups. A nested square fills deeper, so the inner
 * area reads as a part of the outer one without relying on hue, and its label says "of it".
 */
export const landLedgerStyles = css`
  /* The table's names are long and its numbers never wrap: without a floor the names
     shrink to a letter a line on a phone (the table scrolls sideways instead). */
  tbody th {
    min-inline-size: 9em;
    overflow-wrap: break-word;
  }
  svg .run.value {
    font-size: var(--_type-label);
  }
  svg .square {
    fill: var(--_tone);
    fill-opacity: 0.14;
    stroke: var(--_tone);
    stroke-width: 1.5;
  }
  svg .square.inner {
    fill-opacity: 0.4;
  }
  svg .whole-bar {
    fill: var(--_surface);
    stroke: var(--_rule);
    stroke-width: 1;
  }
  svg .part-whole-bar {
    fill: var(--_surface);
    stroke: var(--_jiangmen);
    stroke-width: 1.5;
  }
  svg .part-bar,
  svg .developed-bar {
    fill: var(--_jiangmen);
  }
  svg .zoom {
    fill: var(--_grid);
    fill-opacity: 0.7;
    /* The wedge shows which slice is enlarged: its outline keeps 3:1 (WCAG 1.4.11). */
    stroke: var(--_context);
    stroke-width: 1;
  }
  svg .open-end {
    fill: var(--_text);
  }
`;
