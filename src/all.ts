/** Registers every widget: the entry of the one-file CDN bundle. */
import './components/key-figure/key-figure.js';
import './components/gdp-path/gdp-path.js';
import './components/industry-cluster/industry-cluster.js';
import './components/innovation-pipeline/innovation-pipeline.js';
import './components/zone-card/zone-card.js';
import './components/plan-timeline/plan-timeline.js';
import './components/land-ledger/land-ledger.js';
import './components/project-pipeline/project-pipeline.js';
import './components/bridge-models/bridge-models.js';

export * from './index.js';
