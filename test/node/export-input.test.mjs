// What the export accepts (issue 15): `--gba-*` values that are colours or lengths only (no
// url(), no `;`), output files resolved inside the output folder and never replaced without
// --force, and a --data file that is no JSON named by line and column, never echoed.
// fast-check over --gba-* values and over --all's language tags. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { exportSVG } from '../../dist/ssr.js';

const execute = promisify(execFile);
const cli = new URL('../../dist/cli/gba-widgets.js', import.meta.url).pathname;
const run = (args, options = {}) => execute(process.execPath, [cli, ...args], { maxBuffer: 1 << 24, ...options });
const fails = (args, options) => run(args, options).then(() => assert.fail(`gba-widgets ${args.join(' ')} succeeded`), (error) => error);

describe('export: --gba-* values', () => {
  for (const [name, value] of [
    ['--gba-color-text', 'url(https://evil.example/x.svg#a)'],
    ['--gba-color-text', 'red;stroke:url(https://evil.example/y)'],
    ['--gba-color-accent', 'var(--x)'],
    ['--gba-font-size', 'calc(1px);fill:url(#a)'],
    ['--gba-font-family', 'a", url(x), "b'],
    ['--gba-color-background', '\\75rl(x)'],
  ]) {
    test(`${name}: ${value} is refused, naming the property`, async () => {
      await assert.rejects(exportSVG('key-figure', {}, { variables: { [name]: value } }), (error) => {
        assert.ok(error.message.startsWith(`${name}: `), error.message);
        assert.match(error.message, /is not a colour or a length/);
        return true;
      });
    });
  }

  test('colours, lengths and font lists are taken', async () => {
    const svg = await exportSVG('key-figure', {}, {
      variables: { '--gba-color-text': 'rgb(10 20 30)', '--gba-color-background': '#fffbe6', '--gba-font-size': '18px', '--gba-font-family': '"Noto Sans SC", sans-serif' },
    });
    assert.match(svg, /fill:rgb\(10 20 30\)|fill:#0a141e/i);
  });

  test('fuzzed: a value is refused, or lands with no url(, no ; of its own and no other function', async () => {
    const piece = fc.constantFrom('url(', ')', ';', 'rgb(', '#', 'a', '1', 'px', ' ', ',', '"', "'", 'expression(', '\\', '}', '{', '/*', 'https://evil.example/x', 'var(', '%', 'hsl(', '0');
    const valueArb = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 20 }));
    const nameArb = fc.constantFrom('--gba-color-text', '--gba-color-accent', '--gba-font-size', '--gba-font-family', '--gba-radius');
    await fc.assert(
      fc.asyncProperty(nameArb, valueArb, async (name, value) => {
        let svg;
        try {
          svg = await exportSVG('key-figure', {}, { variables: { [name]: value } });
        } catch (error) {
          assert.ok(error.message.startsWith(`${name}: `), error.message);
          return;
        }
        const v = value.trim();
        assert.doesNotMatch(v, /[;{}\\<>]|url\(|var\(|expression\(|\/\*/i, `${name}: ${value} was taken`);
        assert.ok(!/\(/.test(v) || /^(rgba?|hsla?)\(/i.test(v), `${name}: ${value} was taken`);
        assert.doesNotMatch(svg, /url\(|evil\.example/);
      }),
      { numRuns: 80, seed: 0x15, endOnFailure: true },
    );
  });
});

describe('export: files', () => {
  let out;
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'gba-export-input-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('an existing file is replaced only with --force', async () => {
    const file = join(out, 'kept.html');
    writeFileSync(file, 'mine');
    const error = await fails(['export', 'key-figure', '--format', 'html', '--out', file]);
    assert.equal(error.code, 1);
    assert.match(error.stderr, /kept\.html exists; add --force to replace it/);
    assert.equal(readFileSync(file, 'utf8'), 'mine');
    await run(['export', 'key-figure', '--format', 'html', '--out', file, '--force']);
    assert.match(readFileSync(file, 'utf8'), /^<key-figure /);
  });

  test('fuzzed: --all with any --langs writes inside its folder or refuses before writing', async () => {
    const dir = join(out, 'all');
    const langArb = fc.oneof(
      fc.constantFrom('../x', '..', '../../tmp/pwned', '/etc/x', 'en/../../x', 'zh-CN/..', '.', 'en\\..\\x', ' '),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(',') && !s.includes('\0')),
    );
    await fc.assert(
      fc.asyncProperty(langArb, async (lang) => {
        const error = await fails(['export', '--all', '--format', 'html', '--langs', lang, '--out', dir]);
        // Every language here is either no tag (a usage error, nothing written) or a tag no widget speaks.
        assert.ok(error.code === 2 || error.code === 1, error.stderr);
        // A path in a file name is refused as such, before any widget is drawn (not left to the widget's own check).
        if (/[/\\.]|^\s*$/.test(lang)) assert.equal(error.code, 2, `--langs ${lang}: ${error.stderr}`);
        if (error.code === 2) assert.match(error.stderr, /--langs takes language tags like zh-HK/);
        const written = readdirSync(out, { recursive: true });
        assert.ok(written.every((f) => f === 'kept.html' || f === 'all' || f.startsWith('all/')), `written outside: ${written}`);
      }),
      { numRuns: 6, seed: 0x15, endOnFailure: true },
    );
  });
});

describe('export: --data', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gba-export-data-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, text, line, column] of [
    ['passwd', 'root:x:0:0:SECRET-TOKEN-8e1f:/root:/bin/bash\n', 1, 1],
    ['late.json', '{\n  "value": 1,\n  "label": SECRET-TOKEN-8e1f\n}\n', 3, 12],
    ['cut.json', '{"value": 1, "note": "SECRET-TOKEN-8e1f', 1, 40],
  ]) {
    test(`${name}: "not valid JSON at line ${line}, column ${column}", without the file's bytes`, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const error = await fails(['export', 'key-figure', '--data', file]);
      assert.match(error.stderr, new RegExp(`--data .*${name.replace('.', '\\.')}: not valid JSON at line ${line}, column ${column}\\.`));
      assert.doesNotMatch(error.stderr, /SECRET|root:/);
    });
  }
});
