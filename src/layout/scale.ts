// One spacing scale and one type scale for every widget, in px. Layout functions place
// marks with these numbers and `src/styles/tokens.ts` turns the same numbers into the
// `--_space-*` and `--_type-*` properties the styles use, so a gap drawn in the SVG and a
// margin set in CSS can never disagree.

/** Gaps and insets, smallest to largest: a label's offset (xs) to the gap between panels (xl). */
export const SPACE = { xs: 4, s: 8, m: 12, l: 16, xl: 24, xxl: 32 } as const;

/** Font sizes: nothing a reader must read is set below `small` (GRAPHICS.md point 5). */
export const TYPE = { small: 12, label: 13, body: 14, lead: 16, title: 20, display: 28 } as const;

/** Line height as a multiple of the font size, for wrapped labels and notes. */
export const LEADING = 1.4;

/**
 * The figure's inner padding on each side, in light and dark alike: text never touches
 * the panel's edge. The drawing is laid out at the host's width less twice this.
 */
export const FRAME_INSET = SPACE.m;
