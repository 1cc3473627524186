// What the figures were measured on: CPU, cores, memory, Node, Chromium, package versions.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const require = createRequire(new URL('../../package.json', import.meta.url));
const PACKAGES = ['lit', 'd3-array', 'chart.js', 'echarts', 'rollup', '@rollup/plugin-node-resolve', '@rollup/plugin-terser', '@rollup/plugin-typescript', 'typescript', 'playwright-core'];

/** Load average over 1, 5 and 15 minutes: other work on the machine skews every timing. */
export const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

function cpuModel() {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
}

function versionOf(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    const dir = require.resolve(name).replace(new RegExp(`(node_modules/${name.replace('/', '\\/')})/.*`), '$1');
    return JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).version;
  }
}

/** The source measured: the commit, and whether src/ differs from it (BENCH_SOURCE overrides, for a tree without .git). */
function source() {
  if (process.env.BENCH_SOURCE) return process.env.BENCH_SOURCE;
  try {
    const git = (...args) => execFileSync('git', args, { cwd: new URL('../../', import.meta.url), encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function machine(browser) {
  const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    source: source(),
    cpu: cpuModel(),
    cores: cpus().length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    load: load(),
    node: process.version,
    chromium: browser.version(),
    packages: { [own.name]: own.version, ...Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])) },
  };
}
