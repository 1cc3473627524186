import { css } from 'lit';

export const bridgeModelsStyles = css`
  /* The Link: two thin rules under its name, quieter than the arrows. */
  svg .link-rule {
    fill: none;
    stroke: var(--_rule);
    stroke-width: 1;
  }
  svg .chip {
    stroke: none;
  }
  /* Each box in its own place's colour: Shenzhen orange, Jiangmen red, Zhongshan blue. */
  svg .chip.hub {
    fill: var(--_shenzhen);
  }
  svg .chip.place-jiangmen {
    fill: var(--_jiangmen);
  }
  svg .chip.place-zhongshan {
    fill: var(--_zhongshan);
  }
  svg .chip.place-dongguan {
    fill: var(--_dongguan);
  }
  svg .chip.place-other {
    fill: var(--_context);
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
