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

await build({
  absWorkingDir: root.pathname,
  entryPoints: files,
  outbase: 'test',
  outdir: outdir.pathname,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Packages (chai, fast-check, opencc-js) load from node_modules as they are.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  banner: { js: "import { after, afterEach, before, beforeEach, describe, it } from 'node:test';" },
  logLevel: 'warning',
});

for (const file of files) {
  await import(new URL(file.replace(/^test\//, '').replace(/\.ts$/, '.mjs'), outdir));
}
