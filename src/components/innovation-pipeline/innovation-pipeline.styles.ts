import { css } from 'lit';

/**
 * Marks take their colour from a tone class (`tone-accent`, `tone-context`, `tone-extra`) and
 * text its size from a `size-*` class: CSS beats SVG presentation attributes, so sizes set as
 * attributes would lose to the frame's `svg text { font-size }`.
 */
export const innovationPipelineStyles = css`
  svg .size-12 {
    font-size: 12px;
  }
  svg .size-13 {
    font-size: 13px;
  }
  svg .size-15 {
    font-size: 15px;
  }
  svg .size-18 {
    font-size: 18px;
  }
  svg .size-28 {
    font-size: 28px;
  }
  svg .block-title {
    font-weight: 700;
  }
  svg .step circle {
    fill: var(--_text);
  }
  svg .step text {
    fill: var(--_bg);
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
  }
  svg .group-header {
    fill: var(--_muted);
    font-weight: 700;
  }
  svg .change {
    fill: var(--_muted);
  }
  svg .arrow line {
    stroke: var(--_rule);
    stroke-width: 1.5;
  }
  svg .arrow polygon {
    fill: var(--_rule);
  }
  svg .rule {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  svg .value {
    font-weight: 700;
  }
  svg .tone-accent {
    --_tone: var(--_accent);
  }
  svg .tone-context {
    --_tone: var(--_context);
  }
  svg .tone-extra {
    --_tone: var(--_extra);
  }
  svg .bar,
  svg .fill,
  svg .unit {
    fill: var(--_tone);
  }
  svg .number {
    fill: var(--_tone);
  }
  svg .tail {
    stroke: var(--_tone);
    stroke-width: 4;
    stroke-dasharray: 3 2;
  }
  svg .track {
    fill: none;
    stroke: var(--_rule);
    stroke-width: 1;
  }
  svg .tick {
    fill: var(--_muted);
  }
  svg .chip {
    fill: none;
    stroke: var(--_tone);
    stroke-width: 1.5;
  }
  /* Segments alternate the two data colours and are parted by a gap of background. */
  svg .segment {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  svg .segment.even {
    fill: var(--_accent);
  }
  svg .segment.odd {
    fill: var(--_context);
  }
  svg .inside {
    fill: var(--_bg);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    svg .segment {
      stroke: Canvas;
    }
  }
`;
