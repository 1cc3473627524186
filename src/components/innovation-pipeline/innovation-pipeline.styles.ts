import { css } from 'lit';

/**
 * Bars take their colour from a tone class (`tone-accent` for the story's figure,
 * `tone-context` for every other) and text its size from a `size-*` class of the one type
 * scale: CSS beats SVG presentation attributes, so sizes set as attributes would lose to the
 * frame's `svg text { font-size }`.
 */
export const innovationPipelineStyles = css`
  svg .size-12 {
    font-size: var(--_type-small);
  }
  svg .size-13 {
    font-size: var(--_type-label);
  }
  svg .size-14 {
    font-size: var(--_type-body);
  }
  svg .size-16 {
    font-size: var(--_type-lead);
  }
  svg .section-title,
  svg .value,
  svg .number {
    font-weight: 700;
  }
  svg .label {
    fill: var(--_muted);
  }
  svg .tone-accent {
    --_tone: var(--_accent);
  }
  svg .tone-context {
    --_tone: var(--_context);
  }
  svg .bar {
    fill: var(--_tone);
  }
  /* A floor (超): the bar runs on in dashes past the number given. */
  svg .tail {
    stroke: var(--_tone);
    stroke-width: 4;
    stroke-dasharray: 3 2;
  }
  svg .bracket {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1;
  }
  svg .change-text {
    font-weight: 700;
  }
`;
