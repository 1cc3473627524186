// What each widget draws, pinned: every widget in custom-elements.json, in zh-CN and en,
// at 320 and 640 px, exported by the server (gba-widgets/ssr.js: exportFigure) to SVG and
// compared with test/snapshots/<tag>.<lang>.<width>.svg. A change to any drawing fails here
// until it is looked at and accepted with `npm run test:update`, which rewrites the files
// (review them as a diff, and open them: they are pictures). Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { exportFigure, widgets } from '../../dist/ssr.js';
import { clip, firstDifference, prettyXML, roundNumbers, squashed, UPDATING } from '../helpers/snapshot.mjs';

const root = new URL('../../', import.meta.url);
const stored = new URL('test/snapshots/', root);
/** Where a differing drawing is written, beside the stored one, for `diff` or a viewer. */
const changed = new URL('.cache/snapshots/', root);
const LANGS = ['zh-CN', 'en'];
const WIDTHS = [320, 640];

const tags = (await widgets()).map((w) => w.tag);
const cases = tags.flatMap((tag) => LANGS.flatMap((lang) => WIDTHS.map((width) => ({ tag, lang, width, file: `${tag}.${lang}.${width}.svg` }))));

/** Today's drawing, as it is stored: one element a line, numbers to the hundredth. */
async function draw({ tag, lang, width }) {
  const { svg } = await exportFigure(tag, { lang }, { width });
  const pretty = prettyXML(svg);
  assert.equal(squashed(pretty), squashed(svg), `${tag} ${lang} ${width}: setting the SVG out changed more than white space between tags`);
  return roundNumbers(pretty);
}

mkdirSync(stored, { recursive: true });
if (UPDATING) rmSync(changed, { recursive: true, force: true });

describe(`snapshots (${UPDATING ? 'rewriting' : 'comparing with'} test/snapshots/)`, () => {
  for (const c of cases) {
    test(`<${c.tag}> ${c.lang} at ${c.width} px`, async () => {
      const actual = await draw(c);
      const file = new URL(c.file, stored);
      const path = `test/snapshots/${c.file}`;
      if (UPDATING) {
        writeFileSync(file, actual);
        return;
      }
      assert.ok(existsSync(file), `${path} is not stored yet: run \`npm run test:update\`, look at the new picture and commit it.`);
      const expected = readFileSync(file, 'utf8');
      const difference = firstDifference(expected, actual);
      if (!difference) return;
      mkdirSync(changed, { recursive: true });
      writeFileSync(new URL(c.file, changed), actual);
      assert.fail(
        [
          `${path} is not what <${c.tag} lang="${c.lang}"> draws at ${c.width} px today. First difference, line ${difference.line}:`,
          `  stored: ${clip(difference.expected, difference.actual)}`,
          `  today:  ${clip(difference.actual, difference.expected)}`,
          `Today's drawing: .cache/snapshots/${c.file} (diff -u ${path} .cache/snapshots/${c.file}).`,
          `If the change is meant, run \`npm run test:update\` and commit the new files.`,
        ].join('\n'),
      );
    });
  }

  test('no stored snapshot is left over from a widget, language or width no longer drawn', () => {
    const expected = new Set(cases.map((c) => c.file));
    const extra = readdirSync(stored).filter((name) => name.endsWith('.svg') && !expected.has(name));
    if (UPDATING) for (const name of extra) rmSync(new URL(name, stored));
    else assert.deepEqual(extra, [], `stored but no longer drawn (\`npm run test:update\` removes them): ${extra.join(', ')}`);
  });

  test('two drawings of the same widget are the same file: no random ids, dates or counters', async () => {
    const [first] = cases;
    assert.equal(await draw(first), await draw(first));
  });
});
