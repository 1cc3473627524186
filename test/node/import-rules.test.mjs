// The layers' import rules (.dependency-cruiser.cjs, CONTRIBUTING.md "Layers") hold for src/,
// and they bite: a small tree that breaks each of them is caught, one that keeps them is not.
// Needs src/generated/ (`npm run generate`, part of `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Cruises `src` of `cwd` with the project's rules; the JSON report's summary. */
async function cruise(cwd) {
  // depcruise exits 1 when a rule is broken; the report is on stdout either way.
  const { stdout } = await promisify(execFile)(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error) => {
    if (error.stdout) return error;
    throw error;
  });
  return JSON.parse(stdout).summary;
}

const describe = (v) => `${v.rule.severity} ${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`;

test('src/ keeps the layers: no import breaks a rule of .dependency-cruiser.cjs', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(root, 'src/generated/kept-words.ts')), 'src/generated/ is missing: run `npm run generate` first');
  const summary = await cruise(root);
  assert.ok(summary.totalCruised > 100, `only ${summary.totalCruised} modules cruised`);
  const errors = summary.violations.filter((v) => v.rule.severity === 'error');
  assert.deepEqual(errors.map(describe), [], 'imports that break the layers');
});

/** A tree that breaks each rule once, beside imports the rules allow. */
const FIXTURE = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', target: 'ES2021', strict: true } }),
  'src/types/locale.ts': "export interface Locale { tag: string }\n",
  'src/data/types.ts': "export interface Label { en: string }\n",
  'src/data/facts.ts': "export const facts = [1];\n",
  // data → format: data returns facts, not words.
  'src/data/zones.ts': "import type { Locale } from '../types/locale.js';\nimport { words } from '../format/words.js';\nexport const zones = (l: Locale) => words(l);\n",
  // format → layout: words do not depend on geometry.
  'src/format/words.ts': "import type { Locale } from '../types/locale.js';\nimport { width } from '../layout/ok.js';\nexport const words = (l: Locale) => l.tag + width;\n",
  // layout → layout, a type of data/types.ts, and kept-words: allowed.
  'src/layout/ok.ts': "import type { Label } from '../data/types.js';\nimport { keptWords } from '../generated/kept-words.js';\nexport const width = 1;\nexport const f = (l: Label) => l.en + keptWords;\n",
  'src/generated/kept-words.ts': "export const keptWords = '';\n",
  // layout → data code (not a type): forbidden.
  'src/layout/reads-data.ts': "import { facts } from '../data/facts.js';\nexport const n = facts.length;\n",
  // layout → components: forbidden twice (layout's rule, and components are imported by entries only).
  'src/layout/draws.ts': "import { Widget } from '../components/widget.js';\nexport const w = Widget;\n",
  'src/components/widget.ts': "export class Widget {}\n",
  // An entry may import a widget.
  'src/index.ts': "export { Widget } from './components/widget.js';\n",
  // A runtime cycle.
  'src/format/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/format/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
};

test('the rules bite: a tree that breaks each of them is caught, its allowed imports are not', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-rules-'));
  try {
    for (const [path, text] of Object.entries(FIXTURE)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const summary = await cruise(dir);
    const found = summary.violations.filter((v) => v.rule.severity === 'error').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    const expected = [
      'data-not-upwards: src/data/zones.ts → src/format/words.ts',
      'format-not-to-layout: src/format/words.ts → src/layout/ok.ts',
      'layout-types-only-from-data: src/layout/reads-data.ts → src/data/facts.ts',
      'layout-only-layout-and-types: src/layout/reads-data.ts → src/data/facts.ts',
      'layout-only-layout-and-types: src/layout/draws.ts → src/components/widget.ts',
      'components-only-from-entries: src/layout/draws.ts → src/components/widget.ts',
    ];
    for (const violation of expected) assert.ok(found.includes(violation), `not caught: ${violation}\ncaught: ${found.join('\n')}`);
    assert.ok(
      found.some((v) => v.startsWith('no-circular: src/format/a.ts') || v.startsWith('no-circular: src/format/b.ts')),
      `the a ⇄ b cycle is not caught:\n${found.join('\n')}`,
    );
    // What the rules allow stays allowed.
    for (const allowed of ['src/layout/ok.ts → src/data/types.ts', 'src/layout/ok.ts → src/generated/kept-words.ts', 'src/index.ts → src/components/widget.ts', 'src/data/zones.ts → src/types/locale.ts']) {
      assert.ok(!found.some((v) => v.endsWith(allowed)), `wrongly caught: ${allowed}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the modules every layer may import for types hold only types: they compile to nothing', async () => {
  const files = [...(await readdir(join(root, 'src/types'))).map((f) => `src/types/${f}`), 'src/data/types.ts'];
  assert.ok(files.length >= 2);
  for (const file of files) {
    const { outputText } = ts.transpileModule(await readFile(join(root, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021, removeComments: true, verbatimModuleSyntax: false },
    });
    const code = outputText.replace(/export \{\};?/g, '').trim();
    assert.equal(code, '', `${file} holds code, not only types:\n${code}`);
  }
});
