import { css } from 'lit';

export const bridgeModelsStyles = css`
  /* The Link: two thin rules under its name, quieter than the arrows. */
  svg .link-rule {
    fill: none;
    stroke: var(--_rule);
    stroke-width: 1;
  }
  /* Each box in its own place's colour (.tone-<city>, shared): Shenzhen orange, Jiangmen red, Zhongshan blue. */
  svg .chip {
    stroke: none;
    fill: var(--_tone, var(--_context));
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
