// The package as developers' tools see it, after `npm run build`: what `npm pack` ships,
// publint and Are-the-types-wrong on the packed package, the tag types (HTMLElementTagNameMap,
// JSX, VS Code custom data) for every widget in the manifest, and the two examples — plain
// HTML opened in Chromium, TypeScript checked by tsc the way a consumer's project would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, launchChromium, serve } from '../../scripts/browser-check.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const modules = manifest.modules ?? [];
const widgets = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, stdout: result.stdout ?? '' };
}

let packed;

before(() => {
  assert.ok(existsSync(join(root, 'dist/gba-widgets.min.js')), 'dist/ is missing: run `npm run build` first (npm test does)');
  const pack = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  assert.equal(pack.status, 0, pack.output);
  packed = JSON.parse(pack.stdout)[0].files.map((f) => f.path).sort();
});

test('npm pack ships dist/, data/, custom-elements.json, README and LICENSE, and nothing else', () => {
  const allowed = /^(dist\/|data\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
  assert.deepEqual(packed.filter((f) => !allowed.test(f)), [], 'files outside the published set');
  for (const forbidden of [/\.map$/, /(^|\/)(test|tests|stories|examples|src|scripts|demo|\.storybook|storybook-static)\//, /\.stories\./, /\.test\./]) {
    assert.deepEqual(packed.filter((f) => forbidden.test(f)), [], `packed files match ${forbidden}`);
  }
  for (const required of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/gba-widgets.min.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/all.js',
    'dist/jsx.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
  ]) {
    assert.ok(packed.includes(required), `${required} is not in the package`);
  }
  assert.ok(packed.some((f) => /^data\/.+\.json$/.test(f)), 'the dataset (data/*.json) is not in the package');
  for (const { tagName } of widgets) {
    assert.ok(packed.includes(`dist/${tagName}.js`) && packed.includes(`dist/${tagName}.d.ts`), `dist/${tagName}.js or .d.ts is not in the package`);
  }
});

test('every "exports" target is in the package', () => {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  for (const target of targets) {
    if (target.includes('*')) {
      const pattern = new RegExp(`^${target.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
      assert.ok(packed.some((f) => pattern.test(f)), `no packed file matches the export ${target}`);
    } else {
      assert.ok(packed.includes(target), `the export ${target} is not in the package`);
    }
  }
});

test('no packed file points at a source map or a file that is not shipped', () => {
  for (const file of packed.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
    const text = read(file);
    const map = /[#@] sourceMappingURL=(\S+)/.exec(text);
    if (map) assert.ok(packed.includes(posix.join(posix.dirname(file), map[1])), `${file} points at ${map[1]}, which is not shipped`);
    // Relative imports and re-exports must stay inside the package.
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const candidates = [target, target.replace(/\.js$/, '.d.ts'), `${target}.d.ts`];
      assert.ok(candidates.some((c) => packed.includes(c)), `${file} imports ${specifier}, which is not shipped`);
    }
  }
});

test('publint --strict passes on the packed package', () => {
  const result = run(bin('publint'), ['--strict']);
  assert.equal(result.status, 0, result.output);
});

test('Are the types wrong? passes for every entry point (ESM-only package)', () => {
  const result = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--no-color']);
  assert.equal(result.status, 0, result.output);
});

test('every tag is in HTMLElementTagNameMap, in the source and in the shipped types', () => {
  assert.ok(widgets.length > 0, 'the manifest documents no widget');
  for (const { tagName, name, path } of widgets) {
    const declaration = new RegExp(`interface\\s+HTMLElementTagNameMap\\s*{[^}]*['"]${tagName}['"]\\s*:\\s*${name}\\b`);
    assert.match(read(path), declaration, `${path} does not declare '${tagName}': ${name} in HTMLElementTagNameMap`);
    const shipped = `dist/types/${path.replace(/^src\//, '').replace(/\.ts$/, '.d.ts')}`;
    assert.match(read(shipped), declaration, `${shipped} lacks the HTMLElementTagNameMap entry for <${tagName}>`);
  }
});

test('the JSX types and the VS Code custom data cover every tag, its attributes, parts and custom properties', () => {
  const jsx = read('dist/jsx.d.ts');
  const html = JSON.parse(read('dist/vscode.html-custom-data.json'));
  const css = JSON.parse(read('dist/vscode.css-custom-data.json'));
  for (const widget of widgets) {
    assert.match(jsx, new RegExp(`"${widget.tagName}": Partial<${widget.name}Props`), `dist/jsx.d.ts lacks <${widget.tagName}>`);
    const tag = html.tags.find((t) => t.name === widget.tagName);
    assert.ok(tag, `the VS Code HTML data lacks <${widget.tagName}>`);
    for (const attribute of widget.attributes ?? []) {
      assert.ok(tag.attributes.some((a) => a.name === attribute.name), `VS Code data: <${widget.tagName}> lacks ${attribute.name}`);
      assert.match(jsx, new RegExp(`[\\s"]${attribute.name}"?\\?: ${widget.name}\\[`), `dist/jsx.d.ts: <${widget.tagName}> lacks ${attribute.name}`);
    }
    for (const property of widget.cssProperties ?? []) assert.ok(css.properties.some((p) => p.name === property.name), `VS Code data lacks ${property.name}`);
    for (const part of widget.cssParts ?? []) assert.ok(css.pseudoElements.some((p) => p.name === `::part(${part.name})`), `VS Code data lacks ::part(${part.name})`);
  }
});

test('README names the editor and IDE types', () => {
  const readme = read('README.md');
  for (const name of ['gba-widgets/jsx', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'HTMLElementTagNameMap']) {
    assert.ok(readme.includes(name), `README.md does not mention ${name}`);
  }
});

test('examples/typescript type-checks against the built package, as a consumer imports it', () => {
  const result = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'examples/typescript/tsconfig.json']);
  assert.equal(result.status, 0, result.output);
});

test('examples/typescript/negative fails tsc with exactly the errors its comments name', () => {
  const result = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'examples/typescript/tsconfig.negative.json']);
  assert.notEqual(result.status, 0, 'wrongly-shaped data compiled without an error');
  const reported = [...result.output.matchAll(/^(examples\/typescript\/negative\/[^(]+)\((\d+),\d+\): error (TS\d+)/gm)]
    .map(([, file, line, code]) => `${file}:${line} ${code}`)
    .sort();
  const expected = [];
  for (const file of ['wrong-data.ts', 'wrong-jsx.tsx']) {
    const path = `examples/typescript/negative/${file}`;
    read(path).split('\n').forEach((line, i) => {
      const mark = /\/\/ error (TS\d+)\s*$/.exec(line);
      if (mark) expected.push(`${path}:${i + 1} ${mark[1]}`);
    });
  }
  assert.ok(expected.length >= 5);
  assert.deepEqual(reported, expected.sort(), `tsc said:\n${result.output}`);
  // Any error outside negative/ (a broken shipped .d.ts, a missing module) is a failure too.
  assert.doesNotMatch(result.output, /^(?!examples\/typescript\/negative\/)\S+\(\d+,\d+\): error/m, result.output);
});

let server;
let browser;

after(async () => {
  await browser?.close();
  await server?.close();
});

test('examples/plain-html renders every widget from dist/gba-widgets.min.js under a strict CSP', async () => {
  const html = read('examples/plain-html/index.html');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(scripts, ['../../dist/gba-widgets.min.js'], 'the editor example loads exactly the one bundle');
  server = await serve(root);
  browser = await launchChromium();
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/examples/plain-html/index.html`, { waitUntil: 'load' });
  const tags = widgets.map((w) => w.tagName);
  const rendered = await page.waitForFunction(
    async (tags) => {
      const found = [...document.querySelectorAll('*')].filter((el) => tags.includes(el.localName));
      if (found.length === 0 || found.some((el) => !el.shadowRoot)) return false;
      await Promise.all(found.map((el) => el.updateComplete));
      return found.map((el) => ({ tag: el.localName, figure: Boolean(el.shadowRoot.querySelector('[part~="figure"]')), error: el.hasError, text: el.shadowRoot.textContent.replace(/\s+/g, ' ') }));
    },
    tags,
    { timeout: 20_000 },
  );
  const widgetsOnPage = await rendered.jsonValue();
  assert.ok(widgetsOnPage.length >= 3, `expected the example's widgets, found ${widgetsOnPage.length}`);
  for (const w of widgetsOnPage) {
    assert.ok(w.figure && !w.error, `<${w.tag}> did not render its figure: ${w.text}`);
  }
  assert.ok(widgetsOnPage.some((w) => w.text.includes('Source')), 'the lang="en" widget is not in English');
  assert.ok(widgetsOnPage.some((w) => w.text.includes('示例')), 'the child-script data was not drawn');
  assert.deepEqual(errors, [], 'console errors, CSP violations or failed requests');
  const own = requested.filter((p) => !p.startsWith('/examples/plain-html/'));
  assert.deepEqual([...new Set(own)], ['/dist/gba-widgets.min.js'], 'the page loads only the bundle from the package');
  await page.close();
});
