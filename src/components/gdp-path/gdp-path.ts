import { define } from '../base/define.js';
import { GdpPath } from './gdp-path.component.js';

export { GdpPath };
export type { GdpPathBenchmark, GdpPathData, GdpPathScenarioDetail } from './gdp-path.component.js';

define('gdp-path', GdpPath);
