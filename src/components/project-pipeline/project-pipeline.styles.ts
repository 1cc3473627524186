import { css } from 'lit';

/**
 * Bars are solid in their city's colour (≥ 3:1 against the background in both themes).
 * A bar holding a part (122 large projects of 193) turns pale with a full-strength
 * outline, and the part inside it is solid: the whole and its part differ in fill
 * weight and carry a bracket and words, not hue alone.
 */
export const projectPipelineStyles = css`
  svg .run.big {
    fill: var(--_tone);
    font-size: 28px;
    font-weight: 700;
  }
  svg .bar {
    fill: var(--_tone);
  }
  svg .bar.has-part {
    fill-opacity: 0.28;
    stroke: var(--_tone);
    stroke-width: 1.5;
  }
  svg .part {
    fill: var(--_tone);
  }
  svg .bracket {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1;
  }
  svg .open-line {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  svg .open-head {
    fill: var(--_text);
  }
  /* Words over gridlines keep a halo of the background, so the lines never cut through them. */
  svg .panel .run:not(.inside) {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .run.inside {
    fill: var(--_bg);
    text-anchor: end;
  }
`;
