import { editorTypesPlugin } from './scripts/editor-types.mjs';

/**
 * The analyzer lists modules in the order the file system returns them, which differs
 * between checkouts; sorting by path keeps the committed manifest identical everywhere
 * (the freshness test compares it byte for byte).
 */
const sortModulesPlugin = () => ({
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
});

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/base/gba-element.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // JSX types and VS Code custom data (custom-element-jsx-integration,
  // custom-element-vs-code-integration) into dist/, from a copy: the manifest is unchanged.
  plugins: [sortModulesPlugin(), editorTypesPlugin()],
};
