// Four builds from one source tree:
//  1. dist/*.js — ESM entries for bundler users: lit and d3 stay external so an app
//     dedupes them; each entry gets a .d.ts pointing at the tsc declarations.
//  2. dist/gba-widgets.min.js — the editor's one-file CDN bundle, everything inlined,
//     Lit's hydration support first (src/cdn.ts) so server HTML is hydrated in place;
//     the CSS of the widgets' styles minified (scripts/rollup-minify-css.mjs; not in
//     build 1, whose styles the server and the SVG export read as written). The language
//     packs and figure sections other builds fetch as chunks are inlined: one file.
//  4. dist/autoload.js — the editor's first snippet (src/autoload.ts): a loader that imports
//     only the widgets a page holds, from chunks in dist/autoload/ (Lit, the runtime, each
//     article section's figures and each language pack shared, fetched once), minified as 2.
//  3. dist/ssr.js and dist/cli/gba-widgets.js — Node only: server rendering, SVG/PNG
//     export and the `gba-widgets` command. The widgets are not bundled again: ssr.js
//     imports `gba-widgets/all.js` (build 1) at run time, so server and browser draw
//     with the same classes.
import { chmodSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';
import { preloadMap } from './scripts/rollup-preload-map.mjs';
import { terserOptions } from './scripts/terser-options.mjs';

/** One registering entry per widget folder that has a `<tag>.ts` beside its component. */
const widgetEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/components/${d.name}/${d.name}.ts`))
    .map((d) => [d.name, `src/components/${d.name}/${d.name}.ts`]),
);

const entries = { index: 'src/index.ts', all: 'src/all.ts', data: 'src/data/index.ts', ...widgetEntries };

const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: 'src', noEmitOnError: true });

/** Writes `<entry>.d.ts` re-exporting the declarations tsc wrote under dist/types. */
const entryDeclarations = () => ({
  name: 'entry-declarations',
  generateBundle() {
    for (const [name, path] of Object.entries(entries)) {
      const target = `./types/${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
      this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from '${target}';\n` });
    }
  },
});

/** Prints what an editor's page downloads: the bundle minified and gzipped. */
const reportSize = () => ({
  name: 'report-size',
  writeBundle(_options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const min = Buffer.byteLength(chunk.code);
      const gzip = gzipSync(chunk.code, { level: 9 }).length;
      console.log(`${file}: ${(min / 1024).toFixed(1)} KiB min, ${(gzip / 1024).toFixed(1)} KiB gzip (${gzip} bytes)`);
    }
  },
});

/**
 * The autoloader's chunks. Lit's hydration support patches LitElement as lit-element's module
 * is evaluated, so it may import lit-html but must never share a chunk with lit-element: lit-html
 * gets a chunk of its own, and the rest of Lit another. (No `experimentalMinChunkSize`: it
 * merged the small data chunks — the timeline's events, the industries — into the chunk every
 * widget shares, which made every page fetch them.) Hashes keep rollup's 8 characters: 6 would
 * save ~100 B of autoload.js's preload map, but rollup refuses them for more than ~60 chunks
 * (with the checks loaded on demand there are 64), and a build must not break when a widget is added.
 */
export const autoloadOutput = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'autoload/[name]-[hash].js',
  manualChunks: (id) => {
    if (/[\\/]node_modules[\\/]lit-html[\\/]/.test(id)) return 'lit-html';
    if (/[\\/]node_modules[\\/](lit|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return 'lit';
    return undefined;
  },
};

const external = (id) => /^(lit|@lit|d3-|internmap)/.test(id);

/** Build 3's extras: `ssr.d.ts` for the `./ssr.js` export, and an executable CLI. */
const nodeEntries = () => ({
  name: 'node-entries',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'ssr.d.ts', source: "export * from './types/ssr/index.js';\n" });
  },
  writeBundle({ dir }) {
    chmodSync(`${dir}/cli/gba-widgets.js`, 0o755);
  },
});

/** What a browser downloads: everything resolved, styles and code minified, its size printed. */
const browserBundle = () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyLitCss(), terser(terserOptions), reportSize()];

export default [
  {
    input: entries,
    external,
    plugins: [ts(), entryDeclarations()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    input: { 'gba-widgets.min': 'src/cdn.ts' },
    plugins: browserBundle(),
    output: { dir: 'dist', format: 'es', inlineDynamicImports: true },
  },
  {
    input: { autoload: 'src/autoload.ts' },
    plugins: [
      ...browserBundle(),
      // Each tag's chunk files, language packs and default figures, written into autoload.js
      // so that it preloads them all at once (src/autoload.ts).
      preloadMap(),
      // `gba-widgets/autoload.js` for a bundler: its `discover` export, typed.
      { name: 'autoload-declarations', generateBundle() { this.emitFile({ type: 'asset', fileName: 'autoload.d.ts', source: "export * from './types/autoload.js';\n" }); } },
    ],
    output: autoloadOutput,
  },
  {
    input: { ssr: 'src/ssr/index.ts', 'cli/gba-widgets': 'src/cli/gba-widgets.ts' },
    external: (id) => external(id) || /^(node:|@resvg\/|gba-widgets\/)/.test(id),
    plugins: [ts(), nodeEntries()],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/node-[name]-[hash].js',
      banner: (chunk) => (chunk.fileName === 'cli/gba-widgets.js' ? '#!/usr/bin/env node' : ''),
    },
  },
];
