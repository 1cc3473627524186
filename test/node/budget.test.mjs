// Byte budgets are deterministic (gzip -9 of a fixed build from a locked dependency tree),
// so they may gate CI. Issue 7's budgets are not met; they stay declared as `todo` with the
// measured numbers, and the ceilings in scripts/bundle-sizes.mjs stop the bundles growing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUDGET_ALL, BUDGET_ONE, CEILING_ALL, CEILING_ONE, bundleAlone, sizeOf, widgetTags } from '../../scripts/bundle-sizes.mjs';

const cdn = sizeOf(readFileSync(new URL('../../dist/gba-widgets.min.js', import.meta.url)));
const alone = [];
for (const tag of widgetTags()) alone.push({ tag, ...sizeOf(await bundleAlone(`src/components/${tag}/${tag}.ts`)) });
const over = (limit) => alone.filter((w) => w.gzip > limit).map((w) => `${w.tag} ${w.gzip} B`);

test('the CDN bundle does not grow past its ceiling', () => {
  assert.ok(cdn.gzip <= CEILING_ALL, `dist/gba-widgets.min.js is ${cdn.gzip} bytes gzip, ceiling ${CEILING_ALL}`);
});

test('no widget bundled alone grows past its ceiling', () => {
  assert.equal(alone.length, widgetTags().length);
  assert.deepEqual(over(CEILING_ONE), [], `ceiling ${CEILING_ONE} bytes`);
});

test(
  'the CDN bundle stays within the 35 KiB budget',
  { todo: `issue 7: ${cdn.gzip} bytes gzip; the widgets' code alone is ~60 KiB gzip` },
  () => assert.ok(cdn.gzip <= BUDGET_ALL, `dist/gba-widgets.min.js is ${cdn.gzip} bytes gzip, budget ${BUDGET_ALL}`),
);

test(
  'each widget bundled alone stays within the 24 KiB budget',
  { todo: `issue 7: ${Math.min(...alone.map((w) => w.gzip))}–${Math.max(...alone.map((w) => w.gzip))} bytes gzip` },
  () => assert.deepEqual(over(BUDGET_ONE), []),
);
