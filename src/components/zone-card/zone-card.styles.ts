import { css } from 'lit';

/**
 * Equal areas look equal: every zone's square has the same neutral fill and the same
 * outline, whatever its city, so two 66 km² zones read as the same size at a glance.
 * The city's colour (`--_tone`) is a rule above the zone's name, never an area. Parts
 * share their zone's fill and are told apart by lines in the outline's colour; nested
 * areas are neutral, the inner one darker; an area of unknown place is dashed.
 * Outlines, not fills, keep 3:1 against their neighbours (WCAG 1.4.11).
 */
export const zoneCardStyles = css`
  svg .zone {
    --_zone-fill: color-mix(in srgb, var(--_context) 16%, var(--_bg));
    --_zone-line: var(--_context);
  }
  svg .zone-name {
    font-size: var(--_type-lead);
    font-weight: 700;
  }
  svg .num {
    font-weight: 700;
  }
  svg .band {
    fill: var(--_tone);
  }
  svg .list .lead {
    fill: var(--_muted);
  }
  svg rect.whole {
    fill: var(--_zone-fill);
    stroke: var(--_zone-line);
    stroke-width: 1.5;
  }
  /* A part is its share of the whole's fill: transparent, so equal areas keep equal fills. */
  svg rect.part {
    fill: transparent;
    stroke: none;
  }
  /* The rest of a whole its parts leave undivided: computed, so drawn as a gap, not an area. */
  svg rect.part.derived {
    fill: var(--_bg);
    stroke: var(--_zone-line);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  /* The only thing that tells the parts apart: in the outline's colour, so it keeps 3:1. */
  svg .divider {
    fill: none;
    stroke: var(--_zone-line);
    stroke-width: 1;
  }
  svg rect.nested,
  svg rect.unplaced {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  svg rect.nested.depth-1 {
    fill: var(--_context);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  /* Dashed: its size is known, its place is not. */
  svg rect.unplaced {
    fill: transparent;
    stroke-dasharray: 4 3;
  }
  svg .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  svg .area:hover rect:not(.whole):not(.part) {
    stroke-width: 2.5;
  }
  svg .area:hover rect.whole {
    stroke-width: 2.5;
  }
`;
