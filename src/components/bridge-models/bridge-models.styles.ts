import { css } from 'lit';

export const bridgeModelsStyles = css`
  /* The Link: a plain band, not a coastline. */
  svg .band {
    fill: var(--_surface);
    /* The band stands for the Link: its edges keep 3:1 against the page (WCAG 1.4.11). */
    stroke: var(--_context);
    stroke-dasharray: 6 4;
  }
  svg .chip {
    stroke: none;
  }
  svg .chip.hub {
    fill: var(--_shenzhen);
  }
  svg .chip.city-0 {
    fill: var(--_jiangmen);
  }
  svg .chip.city-1 {
    fill: var(--_zhongshan);
  }
  svg .chip.city-2 {
    fill: var(--_extra);
  }
  svg .chip.city-3 {
    fill: var(--_shared);
  }
  /* Words inside a coloured box: the background colour, at least 4.5:1 on every box colour. */
  svg text.chip {
    fill: var(--_bg);
    font-weight: 600;
  }
  svg .connector,
  svg .measure {
    fill: none;
    stroke: var(--_rule);
    stroke-width: 1.5;
  }
  svg .arrow {
    fill: var(--_rule);
  }
  svg .heading {
    font-weight: 700;
  }
  svg .note,
  svg .link {
    fill: var(--_muted);
  }
  svg .pair:hover .connector {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
`;
