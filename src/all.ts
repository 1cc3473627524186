/** Registers every widget: the npm `gba-widgets/all.js` entry, and the one-file bundle's (src/cdn.ts). */
import './components/key-figure/key-figure.js';
import './components/gdp-path/gdp-path.js';
import './components/industry-cluster/industry-cluster.js';
import './components/innovation-pipeline/innovation-pipeline.js';
import './components/zone-card/zone-card.js';
import './components/plan-timeline/plan-timeline.js';
import './components/land-ledger/land-ledger.js';
import './components/project-pipeline/project-pipeline.js';
import './components/bridge-models/bridge-models.js';
import { checkReady } from './components/base/widget-input.js';
import { loadAllFigureSections } from './data/figure-sections.js';
import { loadAllLanguages } from './format/messages.js';
import { BridgeModels, GdpPath, IndustryCluster, InnovationPipeline, KeyFigure, LandLedger, PlanTimeline, ProjectPipeline, ZoneCard } from './index.js';

export * from './index.js';

/**
 * Fetches what the widgets otherwise fetch when they first draw — every language pack, the
 * Traditional character table, <key-figure>'s figure sections, the checks of a reader's data
 * and the words for its problems (`checkReady` loads them, code and language pack) — so that
 * a renderer that draws synchronously (Lit's server rendering: `gba-widgets/ssr.js` calls it) has them all.
 * A browser never needs it: each widget waits for its own before its first render.
 */
export async function preload(): Promise<void> {
  const widgets = [KeyFigure, GdpPath, IndustryCluster, InnovationPipeline, ZoneCard, PlanTimeline, LandLedger, ProjectPipeline, BridgeModels];
  // The words for problems in both languages' packs (Traditional is converted from the Simplified).
  const checks = widgets.flatMap((widget) => (['zh-Hans', 'en'] as const).map((script) => checkReady(widget.spec, { script })));
  await Promise.all([loadAllLanguages(), loadAllFigureSections(), ...checks]);
}
