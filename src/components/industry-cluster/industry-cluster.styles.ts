import { css } from 'lit';

export const industryClusterStyles = css`
  svg .band {
    fill: var(--_surface);
    stroke: var(--_shared);
    stroke-width: 1.5;
  }
  svg .heading {
    font-size: 15px;
    font-weight: 700;
  }
  svg .heading.jiangmen {
    fill: var(--_jiangmen);
  }
  svg .heading.zhongshan {
    fill: var(--_zhongshan);
  }
  svg .heading.shared {
    fill: var(--_shared);
  }
  svg .subheading,
  svg .annotation-text,
  svg .legend-text {
    fill: var(--_muted);
    font-size: 12px;
  }
  svg .stage {
    fill: var(--_muted);
    font-size: 12px;
    font-weight: 700;
  }
  svg .label {
    font-size: 14px;
  }
  svg .annotation-value {
    fill: var(--_jiangmen);
    font-size: 22px;
    font-weight: 700;
  }
  svg .fact-value {
    fill: var(--_jiangmen);
    font-size: 18px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg .annotation-value.zhongshan,
  svg .fact-value.zhongshan {
    fill: var(--_zhongshan);
  }
  svg .fact-text {
    font-size: 12px;
  }
  /* Side by colour and by column; stage by fill: hollow marks keep a 2 px ring of the side's colour. */
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
