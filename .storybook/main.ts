import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Storybook for designers. Everything widget-specific comes from custom-elements.json
 * (see preview.ts), so a new widget needs only `stories/<tag>.stories.ts`.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, disableProjectJson: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // package.json's `sideEffects` names the published dist/ files, so a bundler would take
    // src/ for side-effect free and drop `import './components/<tag>/<tag>.js'` — the line
    // that registers a widget. Storybook bundles src/: keep every module of it.
    const keepRegistrations = {
      name: 'gba-src-registers-widgets',
      transform(code: string, id: string) {
        return id.startsWith(src) ? { code, map: null, moduleSideEffects: true } : undefined;
      },
    };
    return { ...viteConfig, plugins: [...(viteConfig.plugins ?? []), keepRegistrations] };
  },
};

export default config;
