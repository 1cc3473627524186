/**
 * The import rules of gba-widgets: which layer may import which (CONTRIBUTING.md, "Layers").
 * `test/node/import-rules.test.mjs` runs them in `npm test`; by hand:
 *   npx depcruise src --config .dependency-cruiser.cjs
 *
 * The layers, lowest first (each imports only from lower rows, as its rule below says):
 *   src/types/      types only, no code (Locale, MessageKey, TimeExtent)
 *   src/standards/  rules defined outside the article: land units (市制), ISO dates, the HK/TW
 *                   Traditional tables. Not figures, not geometry, not words.
 *   src/data/       the dataset, the widgets' data shapes and their checkers
 *   src/layout/     pure geometry (beside data, not above it: it sees only types)
 *   src/format/     numbers, units, dates and messages in the reader's language (reads data,
 *                   never layout: words do not depend on geometry)
 *   src/components/ the widgets; only entries, stories and tests import them
 *
 * Why the message plumbing stays in src/format rather than in a layer data may import: data
 * needs no words at all. A checker reports a problem as a message key and its params
 * (`Problem.expected`, `Problem.params`), and `src/format/problems.ts` writes them in the
 * reader's language; the names a widget gives to the article's things (its bundled data)
 * come from its own catalogue, so they are put together beside the widget, in
 * `src/components/<tag>/<tag>.bundled.ts`. Moving `msg`/`addMessages` lower would have let
 * every data module load catalogues again, which is what the layers are meant to stop.
 */

/** Modules that register or re-export widgets: the only ones that may import src/components. */
const ENTRIES = '^src/(index|all|cdn|autoload[^/]*)\\.ts$';

/** Modules that hold only types: the test checks that they compile to nothing. */
const TYPES_ONLY = ['^src/types/', '^src/data/types\\.ts$'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle of imports that run has no bottom layer: split out what both modules need.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      severity: 'warn',
      comment:
        'A cycle closed by an `import type` is erased before anything runs (the generated MessageKey is read ' +
        'off every catalogue, which is typed with format/messages.ts, which names MessageKey): shown, not failed.',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^src/generated/messages/keys\\.ts$' } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file (run `npm run generate` for src/generated/).',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'types-only-types',
      severity: 'error',
      comment: 'src/types holds types for every layer, so it imports nothing but other types.',
      from: { path: '^src/types/' },
      to: { pathNot: ['^src/types/', '^src/generated/messages/keys\\.ts$'] },
    },
    {
      name: 'standards-below-data',
      severity: 'error',
      comment: 'Unit, date and script standards are the floor of data and format: they import only types and their generated table.',
      from: { path: '^src/standards/' },
      to: { pathNot: ['^src/standards/', '^src/types/', '^src/generated/traditional\\.ts$'] },
    },
    {
      name: 'layout-only-layout-and-types',
      severity: 'error',
      comment:
        'Layout is pure geometry that runs in Node: it imports layout, types, d3 and the one generated ' +
        'dictionary the line breaker keeps names whole with (src/generated/kept-words.ts). No Lit, no DOM, no words.',
      from: { path: '^src/layout/' },
      to: { pathNot: ['^src/layout/', ...TYPES_ONLY, '^src/generated/kept-words\\.ts$', '^node_modules/d3-'] },
    },
    {
      name: 'layout-types-only-from-data',
      severity: 'error',
      comment: 'From the data layer, layout may name the dataset\'s types (src/data/types.ts) and nothing it runs.',
      from: { path: '^src/layout/' },
      to: { path: '^src/data/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'data-not-upwards',
      severity: 'error',
      comment:
        'Data returns facts and problems (message keys + params), never sentences: it imports data, types, ' +
        'standards and the generated dataset, never format, layout, components or a message catalogue.',
      from: { path: '^src/data/' },
      to: { pathNot: ['^src/data/', '^src/types/', '^src/standards/', '^src/generated/data/', '^src/generated/dataset-full\\.ts$'] },
    },
    {
      name: 'format-not-to-layout',
      severity: 'error',
      comment: 'Words do not depend on geometry: format imports no layout (nor anything above it).',
      from: { path: '^src/format/' },
      to: { path: '^src/(layout|components|controllers|styles|ssr|cli)/' },
    },
    {
      name: 'components-only-from-entries',
      severity: 'error',
      comment: 'Widgets are the top: only the entries (index, all, cdn, autoload*) register or re-export them.',
      from: { path: '^src/', pathNot: ['^src/components/', ENTRIES] },
      to: { path: '^src/components/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: `import type` from a layer above is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
