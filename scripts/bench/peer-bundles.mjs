// The peers `<gdp-path>` is weighed against, bundled the way bundle-sizes.mjs bundles a
// widget alone (rollup + node-resolve + terser, in memory), from a tiny entry that
// registers only what a line chart needs, so tree-shaking drops the rest.
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const PEERS = {
  'chart.js': `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } from 'chart.js';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
export { Chart };`,
  echarts: `import { use, init } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
use([LineChart, GridComponent, SVGRenderer]);
export { init };`,
};

const ENTRY = '\0bench-entry';

/** The entry as a virtual module; `process.env.NODE_ENV` set to production as any app bundler does (ECharts keeps dev checks behind it). */
const entryPlugin = (source) => ({
  name: 'bench-entry',
  resolveId: (id) => (id === ENTRY ? ENTRY : null),
  load: (id) => (id === ENTRY ? source : null),
  transform: (code) => (code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null } : null),
});

/** Minified ES module code of one peer's line-chart bundle. */
export async function bundlePeer(name) {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [entryPlugin(PEERS[name]), nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2021, module: true, format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}
