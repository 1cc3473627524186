import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/browser-check.mjs';
import { nodeTestFiles } from './test/helpers/node-tests.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  // Tests of pure code run in Node (test/node/pure-modules.test.mjs), not here.
  files: ['test/**/*.test.ts', ...nodeTestFiles().map((file) => `!${file}`)],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Every message and the Traditional table first (test/preload-languages.ts): the widgets load
  // them as language packs, but the tests call layouts and formatters directly, synchronously.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module">await import('/test/preload-languages.ts'); await import('${testFramework}');</script></body></html>`,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
};
