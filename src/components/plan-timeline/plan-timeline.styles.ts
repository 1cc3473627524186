import { css } from 'lit';

export const planTimelineStyles = css`
  svg .mark {
    fill: var(--_accent);
  }
  /* Not yet happened: hollow and dashed, so it reads apart without colour. */
  svg .mark.upcoming {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  svg .rail {
    stroke: var(--_rule);
    stroke-width: 1.5;
  }
  svg .rail.gap {
    stroke-dasharray: 2 4;
  }
  svg .as-of {
    stroke: var(--_rule);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  /* A halo in the background colour keeps words legible where they cross a year line. */
  svg text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .date,
  svg .tick,
  svg .note,
  svg .legend,
  svg .figure {
    fill: var(--_muted);
  }
  svg .value {
    fill: var(--_text);
    font-weight: 700;
  }
  svg .event:hover .label {
    text-decoration: underline;
  }
`;
