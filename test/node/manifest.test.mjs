// The committed custom-elements.json must be what the analyzer makes of today's JSDoc,
// and every widget it documents must be reachable the three ways the README promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);

test('custom-elements.json is fresh: regenerating it from the JSDoc changes nothing', () => {
  // The analyzer resolves --outdir against the working directory, so keep it relative.
  const outdir = '.cache/cem-check';
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
  const fresh = readFileSync(new URL(`${outdir}/custom-elements.json`, root), 'utf8');
  assert.equal(fresh, read('custom-elements.json'), 'custom-elements.json is stale: run `npm run analyze` and commit it');
});

test('every documented tag has a registering export, a sideEffects entry and a line in all.ts', () => {
  assert.ok(tags.length > 0, 'the manifest documents no tag');
  const all = read('src/all.ts');
  for (const tag of tags) {
    assert.deepEqual(pkg.exports[`./${tag}.js`], { types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` }, `exports lacks ./${tag}.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/${tag}.js`), `sideEffects lacks ./dist/${tag}.js`);
    assert.ok(all.includes(`./components/${tag}/${tag}.js`), `src/all.ts does not register <${tag}>`);
  }
});

test('every documented tag has a summary and documents its parts', () => {
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    assert.ok(declaration.summary, `<${declaration.tagName}> has no @summary`);
    const parts = (declaration.cssParts ?? []).map((p) => p.name);
    for (const part of ['figure', 'title', 'chart', 'table', 'source']) assert.ok(parts.includes(part), `<${declaration.tagName}> lacks @csspart ${part}`);
  }
});

test('README’s API section is generated from the current manifest', () => {
  execFileSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});
