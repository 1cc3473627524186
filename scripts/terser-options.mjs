// The terser options of every minified bundle: the CDN build (rollup.config.mjs) and each
// widget bundled alone (bundleAlone() in scripts/bundle-sizes.mjs, which the budget test
// and `npm run bench` measure). One object, so what is measured is what ships.
// `passes: 3`: compress runs again over its own output (inlining a constant exposes a dead
// branch, which frees a variable…); a fourth pass found nothing more.
export const terserOptions = { ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } };
