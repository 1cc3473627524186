import { css } from 'lit';

/**
 * Each zone takes its partner city's colour (`--_tone`); the whole planned area is a
 * neutral, so the eye reads the zone's outline first and the coloured areas inside.
 * Light fills carry a solid outline in the tone: the outline is what keeps 3:1 against
 * the background (WCAG 1.4.11), the fill only groups.
 */
export const zoneCardStyles = css`
  svg .zone-name {
    font-size: 16px;
    font-weight: 700;
  }
  svg .list-heading,
  svg .num {
    font-weight: 700;
  }
  svg .lead {
    fill: var(--_muted);
    font-weight: 700;
  }
  svg rect.whole {
    fill: var(--_surface);
    stroke: var(--_context);
    stroke-width: 1.5;
  }
  svg rect.part {
    fill: var(--_tone);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  /* The rest of a whole its parts leave undivided: computed, so drawn as a gap, not an area. */
  svg rect.part.derived {
    fill: var(--_surface);
    stroke: var(--_context);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  svg rect.nested,
  svg rect.unplaced {
    fill: color-mix(in srgb, var(--_tone) 22%, var(--_surface));
    stroke: var(--_tone);
    stroke-width: 1.5;
  }
  svg rect.nested.depth-1 {
    fill: var(--_tone);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  /* Dashed: its size is known, its place is not. */
  svg rect.unplaced {
    stroke-dasharray: 4 3;
  }
  svg rect.key {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  svg .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  svg text.on-fill {
    fill: var(--_bg);
  }
  svg .part.derived ~ text {
    fill: var(--_text);
  }
  /* Labels in the lane sit on the whole's fill; a halo keeps them clear of leader lines. */
  svg text.halo {
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .area:hover rect {
    stroke-width: 2.5;
  }
`;
