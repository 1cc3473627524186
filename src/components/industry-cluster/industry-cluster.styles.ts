import { css } from 'lit';

/**
 * Place colours mean places only: Jiangmen's side red, Zhongshan's blue. The band of
 * industries both sides name is neutral (surface and context grey); its marks say "both"
 * by their two halves, each in its own place's colour.
 */
export const industryClusterStyles = css`
  svg .band {
    fill: var(--_surface);
    stroke: var(--_context);
    stroke-width: 1;
  }
  svg .heading {
    font-size: var(--_type-lead);
    font-weight: 700;
  }
  svg .heading.jiangmen {
    fill: var(--_jiangmen);
  }
  svg .heading.zhongshan {
    fill: var(--_zhongshan);
  }
  svg .subheading,
  svg .legend-text {
    fill: var(--_muted);
    font-size: var(--_type-small);
  }
  svg .stage {
    fill: var(--_muted);
    font-size: var(--_type-small);
    font-weight: 700;
  }
  svg .label {
    font-size: var(--_type-body);
  }
  svg .shared .label {
    font-size: var(--_type-lead);
  }
  /* Side by colour and by section; stage by fill: hollow marks keep a 2 px ring of the side's colour. */
  svg .dot.jiangmen {
    --_mark: var(--_jiangmen);
  }
  svg .dot.zhongshan {
    --_mark: var(--_zhongshan);
  }
  svg .dot.neutral {
    --_mark: var(--_context);
  }
  svg .dot.filled {
    fill: var(--_mark);
  }
  svg .dot.hollow {
    fill: var(--_bg);
    stroke: var(--_mark);
    stroke-width: 2;
  }
  svg .mark {
    cursor: default;
  }
`;
