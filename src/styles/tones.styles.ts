import { css } from 'lit';

/**
 * `.tone-<city>` sets `--_tone` to that city's colour, so a widget draws a group of marks
 * in one colour with `var(--_tone)` and never names the city in its own CSS.
 */
export const toneStyles = css`
  .tone-jiangmen {
    --_tone: var(--_jiangmen);
  }
  .tone-zhongshan {
    --_tone: var(--_zhongshan);
  }
  .tone-shenzhen {
    --_tone: var(--_shenzhen);
  }
  .tone-dongguan {
    --_tone: var(--_dongguan);
  }
  .tone-shared {
    --_tone: var(--_shared);
  }
  .tone-extra {
    --_tone: var(--_extra);
  }
  .tone-context {
    --_tone: var(--_context);
  }
`;
