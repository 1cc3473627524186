// Which TypeScript test files run in Node rather than in Chromium: the tests of pure code
// (src/layout, src/format, src/data), which needs no DOM. test/node/pure-modules.test.mjs
// runs them with `node --test`; web-test-runner.config.mjs leaves them out. A test that
// needs the browser (a canvas to measure text, an element) is listed in NEEDS_BROWSER.
import { readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** Folders whose tests import only src/layout, src/format, src/data (and plain packages). */
export const NODE_TEST_DIRS = ['test/layout', 'test/format'];

/** In those folders, but measured in Chromium: text-width compares the estimate with the browser's canvas. */
export const NEEDS_BROWSER = ['test/layout/text-width.test.ts'];

/** The pure test files, relative to the package root, sorted. */
export function nodeTestFiles() {
  return NODE_TEST_DIRS.flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `${dir}/${name}`),
  )
    .filter((file) => !NEEDS_BROWSER.includes(file))
    .sort();
}
