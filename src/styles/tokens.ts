import { css, unsafeCSS } from 'lit';
import { FRAME_INSET, SPACE, TYPE } from '../layout/scale.js';

/** The scale of `layout/scale.ts` as custom properties: `--_space-m`, `--_type-label`… */
const scale = unsafeCSS(
  [...Object.entries(SPACE).map(([k, v]) => `--_space-${k}:${v}px;`), ...Object.entries(TYPE).map(([k, v]) => `--_type-${k}:${v}px;`), `--_inset:${FRAME_INSET}px;`].join(''),
);

/** The dark palette: chosen by `theme="dark"`, or by the reader's system under `theme="auto"`. */
const darkValues = css`
  --_scheme: dark;
  --_bg: var(--gba-color-background, #141414);
  --_text: var(--gba-color-text, #ececec);
  --_muted: var(--gba-color-muted, #a8a8a8);
  --_grid: var(--gba-color-grid, #333333);
  --_rule: var(--gba-color-rule, #9e9e9e);
  --_accent: var(--gba-color-accent, #ff6b6b);
  --_context: var(--gba-color-context, #9e9e9e);
  --_zhongshan: var(--gba-color-zhongshan, #56b4e9);
  --_shenzhen: var(--gba-color-shenzhen, #e69f00);
  --_dongguan: var(--gba-color-dongguan, #2ec4a0);
  --_shared: var(--gba-color-shared, #e58fc0);
  --_extra: var(--gba-color-extra, #2ec4a0);
  --_focus: var(--gba-color-focus, #8ab4f8);
  --_surface: var(--gba-color-surface, #222222);
`;

/**
 * Design tokens. A page restyles a widget only through these `--gba-*` properties and
 * the widget's parts; each value below is the default the page can override.
 * Every data colour is at least 3:1 against its theme's background (WCAG 1.4.11) and
 * every text colour at least 4.5:1.
 */
export const tokens = css`
  :host {
    ${scale}
    /* Native controls (the slider, the button's focus ring, scrollbars) follow the theme. */
    --_scheme: light;
    --_bg: var(--gba-color-background, #ffffff);
    --_text: var(--gba-color-text, #1a1a1a);
    --_muted: var(--gba-color-muted, #595959);
    --_grid: var(--gba-color-grid, #e3e3e3);
    --_rule: var(--gba-color-rule, #767676);
    --_accent: var(--gba-color-accent, #c8102e);
    --_context: var(--gba-color-context, #767676);
    --_jiangmen: var(--gba-color-jiangmen, var(--_accent));
    --_zhongshan: var(--gba-color-zhongshan, #0072b2);
    --_shenzhen: var(--gba-color-shenzhen, #b35900);
    --_dongguan: var(--gba-color-dongguan, #007a5a);
    --_shared: var(--gba-color-shared, #a6427c);
    --_extra: var(--gba-color-extra, #007a5a);
    --_focus: var(--gba-color-focus, #0057b8);
    --_surface: var(--gba-color-surface, #f4f4f4);
    --_font: var(--gba-font-family, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',
        'Source Han Sans SC', system-ui, sans-serif);
    --_font-size: var(--gba-font-size, 16px);
    --_radius: var(--gba-radius, 4px);
    --_duration: var(--gba-duration, 600ms);
  }
  [data-script='zh-Hant'] {
    --_font: var(--gba-font-family, 'PingFang HK', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK HK',
        'Noto Sans CJK TC', 'Source Han Sans HC', 'Source Han Sans TC', system-ui, sans-serif);
  }
  [data-script='en'] {
    --_font: var(--gba-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,
        'Noto Sans CJK SC', sans-serif);
  }
  :host([theme='dark']) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkValues}
    }
  }
  /* Forced colours: the reader's system palette wins over ours, marks stay distinct by shape. */
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_rule: CanvasText;
      --_accent: Highlight;
      --_context: CanvasText;
      --_jiangmen: Highlight;
      --_zhongshan: LinkText;
      --_shenzhen: CanvasText;
      --_dongguan: LinkText;
      --_shared: Highlight;
      --_extra: LinkText;
      --_focus: Highlight;
      --_surface: Canvas;
    }
  }
`;
