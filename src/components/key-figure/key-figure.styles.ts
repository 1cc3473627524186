import { css } from 'lit';

export const keyFigureStyles = css`
  svg .big {
    fill: var(--_accent);
    font-weight: 700;
  }
  svg .bar {
    fill: var(--_context);
  }
  svg .bar.latest {
    fill: var(--_accent);
  }
  svg .value {
    font-size: var(--_type-lead);
    font-weight: 700;
  }
  svg .value.inside {
    fill: var(--_bg);
    text-anchor: end;
  }
  svg .caption {
    fill: var(--_muted);
    font-size: var(--_type-label);
  }
`;
