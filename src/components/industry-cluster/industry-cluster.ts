import { define } from '../base/define.js';
import { IndustryCluster } from './industry-cluster.component.js';

export { IndustryCluster };
export type { IndustryClusterData } from './industry-cluster.component.js';

define('industry-cluster', IndustryCluster);
