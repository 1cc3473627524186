import { css } from 'lit';

export const planTimelineStyles = css`
  /* Each city keeps its colour of every widget (.tone-<city>, shared); events of several places or none are neutral. */
  svg .mark {
    fill: var(--_tone, var(--_context));
    stroke: var(--_tone, var(--_context));
    stroke-width: 2;
  }
  /* Known only to the year (or part of it): hollow, so an exact date is not implied. */
  svg .mark.year,
  svg .mark.span,
  svg .mark.upcoming {
    fill: var(--_bg);
  }
  /* Not yet happened: hollow and dashed, so it reads apart without colour. */
  svg .mark.upcoming {
    stroke-dasharray: 3 2;
  }
  svg .tag {
    font-weight: 700;
  }
  svg .tag {
    fill: var(--_tone, var(--_text));
  }
  svg .rail,
  svg .tick-line {
    stroke: var(--_rule);
    stroke-width: 1.5;
  }
  svg .rail.unscaled,
  svg .rail.gap {
    stroke-dasharray: 2 3;
  }
  svg .rail.gap {
    stroke-width: 1;
  }
  svg .break {
    stroke: var(--_muted);
    stroke-width: 1.5;
    fill: none;
  }
  svg .grid {
    stroke: var(--_grid);
  }
  svg .leader {
    stroke: var(--_rule);
    stroke-width: 1;
    fill: none;
  }
  svg .stamp {
    fill: var(--_text);
    stroke: var(--_text);
  }
  svg .stamp.upcoming {
    fill: var(--_bg);
    stroke-dasharray: 2 2;
  }
  svg .stamp.bracket {
    fill: none;
    stroke-width: 1.5;
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
