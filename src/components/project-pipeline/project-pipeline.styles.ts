import { css } from 'lit';

/**
 * Money is bars, solid in their city's colour (≥ 3:1 against the background in both
 * themes). Projects are dots, one a project: where a count has a part (122 large projects
 * of 193), the part's dots come first in the city's colour and the rest are context grey,
 * with a keyed swatch and words, not hue alone.
 */
export const projectPipelineStyles = css`
  svg .run.big {
    fill: var(--_tone);
    font-size: var(--_type-display);
    font-weight: 700;
  }
  svg .bar {
    fill: var(--_tone);
  }
  svg .dots {
    fill: none;
    stroke: var(--_tone);
    stroke-linecap: round;
  }
  svg .has-part .units:not(.part) .dots {
    stroke: var(--_context);
  }
  svg .swatch {
    fill: var(--_tone);
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
