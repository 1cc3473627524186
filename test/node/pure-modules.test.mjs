// The tests of pure code (test/layout, test/format: see test/helpers/node-tests.mjs) in
// Node. They are written for the browser runner (mocha's describe/it, chai's expect); here
// esbuild bundles each with the source it imports into .cache/node-tests/, with node:test's
// describe/it in scope, and each is loaded in turn: same test names, no browser. Needs
// `npm run generate` (src/generated), which `npm run build` does.
import { build } from 'esbuild';
import { nodeTestFiles } from '../helpers/node-tests.mjs';

const root = new URL('../../', import.meta.url);
const outdir = new URL('.cache/node-tests/', root);
const files = nodeTestFiles();

// One bundle of every pure test file, after test/preload-languages.ts (every language pack and
// the Traditional table, as wtr's runner page loads them: the widgets fetch packs when they need
// them, these tests call formatters directly in any language). One bundle, so the tests share
// the one copy of the catalogues the preload filled.
const entry = ['../preload-languages.ts', ...files.map((file) => `../${file.replace(/^test\//, '')}`)]
  .map((file) => `import ${JSON.stringify(file)};`)
  .join('\n');

await build({
  absWorkingDir: root.pathname,
  stdin: { contents: entry, resolveDir: new URL('test/node/', root).pathname, loader: 'ts', sourcefile: 'pure-tests.ts' },
  outfile: new URL('pure-tests.mjs', outdir).pathname,
  bundle: true,
  // package.json's "sideEffects" lists the dist entries; the test files are imported for theirs.
  ignoreAnnotations: true,
  // Packages (chai, fast-check, opencc-js) load from node_modules as they are.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  banner: { js: "import { after, afterEach, before, beforeEach, describe, it } from 'node:test';" },
  logLevel: 'warning',
});

await import(new URL('pure-tests.mjs', outdir));
