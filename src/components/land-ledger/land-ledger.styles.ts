import { css } from 'lit';

/**
 * Squares carry their meaning in a full-strength outline (≥ 3:1 against the background
 * in both themes); the tinted fill only groups. Nested squares fill deeper, so the inner
 * area reads as a part of the outer one without relying on hue.
 */
export const landLedgerStyles = css`
  svg .run.value {
    font-size: 13px;
  }
  svg .square {
    fill: var(--_tone);
    fill-opacity: 0.14;
    stroke: var(--_tone);
    stroke-width: 1.5;
  }
  svg .square.inner {
    fill-opacity: 0.34;
  }
  svg .ghost {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.25;
    stroke-dasharray: 3 2;
    pointer-events: none;
  }
  svg .leader {
    stroke: var(--_rule);
    stroke-width: 1;
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
    /* The wedge shows which square is enlarged: its outline keeps 3:1 (WCAG 1.4.11). */
    stroke: var(--_context);
    stroke-width: 1;
  }
  svg .open-end {
    fill: var(--_text);
  }
`;
