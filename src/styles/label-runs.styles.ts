import { css } from 'lit';

/** The styles of `layout/label-runs.ts`: a bold name, then muted derived numbers and notes. */
export const labelRunStyles = css`
  svg .run.name {
    font-weight: 700;
  }
  svg .run.derived,
  svg .run.note {
    fill: var(--_muted);
    font-size: var(--_type-small);
  }
`;
