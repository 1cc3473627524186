// Bundles one widget entry alone, in memory, the way rollup.config.mjs bundles the one-file CDN
// bundle (Lit, d3 and the dataset inlined, every language pack and figure section too): what
// `npm run bench` compares with its peers. What a reader's page fetches is measured in a real
// browser by scripts/page-bytes.mjs, which the budgets (test/node/budget.test.mjs) read.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitCss } from './rollup-minify-css.mjs';
import { terserOptions } from './terser-options.mjs';
import { BUDGETS, CEILINGS } from './page-bytes.mjs';

/** Kept for scripts/bench.mjs until it reads page-bytes.mjs: a one-widget page's budget, and the one-file bundle's ceiling. */
export const BUDGET_ONE = BUDGETS.oneWidget;
export const BUDGET_ALL = CEILINGS.oneFile;

const root = new URL('../', import.meta.url);

export function sizeOf(code) {
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

export function widgetTags() {
  const dir = new URL('src/components/', root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/${d.name}.ts`, dir)))
    .map((d) => d.name)
    .sort();
}

/** Bundles one entry file the way rollup.config.mjs bundles the CDN file, in memory, as one file. */
export async function bundleAlone(entry) {
  const bundle = await rollup({
    input: new URL(entry, root).pathname,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: new URL('tsconfig.json', root).pathname, declaration: false, outDir: undefined, noEmitOnError: true }),
      minifyLitCss(),
      terser(terserOptions),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

/** Sizes of dist/gba-widgets.min.js (built by `npm run build`) and of each widget alone. */
export async function measureBundles() {
  const all = sizeOf(readFileSync(new URL('dist/gba-widgets.min.js', root)));
  const widgets = [];
  for (const tag of widgetTags()) widgets.push({ tag, ...sizeOf(await bundleAlone(`src/components/${tag}/${tag}.ts`)) });
  return { all, widgets };
}
