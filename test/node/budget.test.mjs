// Byte budgets are deterministic (gzip -9 of a fixed build), so they may gate CI. Each
// widget bundled alone is measured by `npm run bench` (it compiles nine bundles: too slow
// for every test run); here, the CDN file the README promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUDGET_ALL, sizeOf } from '../../scripts/bundle-sizes.mjs';

test(
  'the CDN bundle stays within its gzip budget',
  { todo: 'issue 7: the trilingual dataset and nine widgets are ~93 KiB gzip; the 35 KiB budget is not met yet' },
  () => {
    const { gzip } = sizeOf(readFileSync(new URL('../../dist/gba-widgets.min.js', import.meta.url)));
    assert.ok(gzip <= BUDGET_ALL, `dist/gba-widgets.min.js is ${gzip} bytes gzip, budget ${BUDGET_ALL}`);
  },
);
