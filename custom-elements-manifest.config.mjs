import { editorTypesPlugin } from './scripts/editor-types.mjs';

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/base/gba-element.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // JSX types and VS Code custom data (custom-element-jsx-integration,
  // custom-element-vs-code-integration) into dist/, from a copy: the manifest is unchanged.
  plugins: [editorTypesPlugin()],
};
