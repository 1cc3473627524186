// `npm run bench`: prints figures, asserts nothing. Run `npm run build` first.
import { BUDGET_ALL, BUDGET_ONE, measureBundles } from './bundle-sizes.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const { all, widgets } = await measureBundles();
console.log('| bundle | min | gzip -9 | budget |');
console.log('| --- | --- | --- | --- |');
console.log(`| gba-widgets.min.js (all) | ${kib(all.min)} | ${kib(all.gzip)} | ${kib(BUDGET_ALL)} |`);
for (const w of widgets) console.log(`| ${w.tag}.js alone | ${kib(w.min)} | ${kib(w.gzip)} | ${kib(BUDGET_ONE)} |`);
