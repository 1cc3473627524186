import { css } from 'lit';

export const gdpPathStyles = css`
  /* FONT_SIZE (TYPE.small) in layout/gdp-path.ts: the layout measures labels at this size. */
  svg .gdp-path text {
    font-size: var(--_type-small);
  }
  svg .tick {
    fill: var(--_muted);
  }
  svg .ref {
    stroke: var(--_context);
    stroke-width: 1.5;
  }
  svg .ref.doubling {
    stroke-dasharray: 2 3;
  }
  /* Solid, so that the dashed line stays the comparison's alone. */
  svg .ref.target {
    stroke-width: 1;
  }
  svg .projection {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  /* What reaching the target in the plan's years would take: thin, dashed, context grey. */
  svg .comparison {
    fill: none;
    stroke: var(--_context);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  svg .comparison-label {
    fill: var(--_muted);
  }
  svg .marker {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  /* The target: a ring, the goal still to be filled in. */
  svg .marker.target {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  /* Where the path meets the doubling level: a ring around whatever marker stands there. */
  svg .marker.doubling {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  svg .marker.actual {
    fill: var(--_text);
  }
  /* A halo in the background colour keeps a label readable where it crosses a gridline. */
  svg .label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .label.story,
  svg .label.target {
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    margin: var(--_space-s) 0 0;
  }
  .slider-label {
    font-size: var(--_type-body);
  }
  .controls input[type='range'] {
    flex: 1 1 140px;
    min-inline-size: 0;
    max-inline-size: 360px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .controls input[type='range']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .growth {
    min-inline-size: 4em;
    font-weight: 700;
  }
  .scenario {
    flex: 1 1 100%;
    margin: 0;
    font-weight: 700;
  }
`;
