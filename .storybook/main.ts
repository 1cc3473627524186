import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The packages the preview imports (the widgets, the stories, Storybook's docs and test tools). */
const PREBUNDLED = [
  'lit',
  'lit/directive.js',
  'd3-array',
  'storybook/test',
  '@storybook/web-components-vite',
  '@storybook/addon-docs',
  '@storybook/addon-docs/blocks',
  'react',
  'react/jsx-runtime',
  'react-dom/client',
];

/** The preview's sources, transformed as the dev server starts. */
const WARMUP = ['./.storybook/preview.ts', './src/all.ts', './stories/*.stories.ts'];

/**
 * Storybook for designers. Everything widget-specific comes from custom-elements.json
 * (see preview.ts), so a new widget needs only `stories/<tag>.stories.ts`.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // No telemetry, crash reports or "what's new" fetches: the machine may be offline, and nothing leaves it.
  core: { disableTelemetry: true, enableCrashReports: false, disableWhatsNewNotifications: true, disableProjectJson: true },
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
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), keepRegistrations],
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Pre-bundled when the dev server starts, not discovered by crawling the stories after
        // the first story is requested (which held it for a minute on a busy machine, long
        // enough for the manager's one-second handshake with the server to time out).
        include: [...(viteConfig.optimizeDeps?.include ?? []), ...PREBUNDLED],
      },
      server: {
        ...viteConfig.server,
        // The preview's own modules (every widget's source, the stories) are transformed at
        // start too, so the first story finds them ready.
        warmup: { ...viteConfig.server?.warmup, clientFiles: [...(viteConfig.server?.warmup?.clientFiles ?? []), ...WARMUP] },
      },
    };
  },
};

export default config;
