import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Registers every widget, as the CDN bundle does: a new widget needs no line here.
import '../src/all.js';
import { manifest, publicManifest, refineWidgetArgTypes } from './manifest.js';

setCustomElementsManifest(publicManifest(manifest));

const LANGUAGE_TITLES: Record<string, string> = {
  'zh-CN': '简体中文 (zh-CN)',
  'zh-HK': '繁體中文 (zh-HK)',
  en: 'English (en)',
};

/**
 * The toolbar's language and theme reach every widget of every story: the language as
 * the page's `lang` on a wrapper (the widget inherits it, as on a CMS page), the theme as
 * the widget's own `theme` (passed as an arg, so a story or the Controls panel that sets
 * `light` or `dark` still wins; `auto`, the default arg, leaves it to the toolbar).
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = String(context.globals.lang ?? 'zh-CN');
  const theme = String(context.globals.theme ?? 'auto');
  const unset = context.args.theme === undefined || context.args.theme === 'auto';
  const args = theme !== 'auto' && unset ? { ...context.args, theme } : context.args;
  return html`<div class="gba-story" lang=${lang} data-theme=${theme}>${story({ args })}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [refineWidgetArgTypes],
  globalTypes: {
    lang: {
      description: 'Language of every widget (the page’s lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: ['zh-CN', 'zh-HK', 'en'].map((value) => ({ value, title: LANGUAGE_TITLES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'auto (follows the system)' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    lang: 'zh-CN',
    theme: 'auto',
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: {
      options: {
        phone320: { name: 'Small phone (320)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        wechat375: { name: 'WeChat article view (375)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
        tablet768: { name: 'Tablet (768)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop1280: { name: 'Desktop (1280)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    // The conformance suite already holds every widget to axe; here violations show as errors.
    a11y: { test: 'error' },
    docs: {
      toc: { headingSelector: 'h2, h3' },
      // "Show code" gives the markup to paste: the widget, not the toolbar's wrapper.
      source: { excludeDecorators: true },
    },
  },
};

export default preview;
