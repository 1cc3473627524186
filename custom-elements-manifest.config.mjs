export default {
  globs: ['src/components/**/*.component.ts', 'src/components/base/gba-element.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
