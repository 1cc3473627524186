/**
 * gba-widgets: the element classes and their types. Importing this registers no tag,
 * so an application can define them under names of its own; import
 * `gba-widgets/<tag>.js` or `gba-widgets/all.js` to register.
 */
export { GbaElement, type LayoutContext, type WidgetSpec } from './components/base/gba-element.js';
export type { DataTable, FrameView, MarkTip, TableCell } from './components/base/view.js';
export { KeyFigure, type KeyFigureData } from './components/key-figure/key-figure.component.js';
export { GdpPath, type GdpPathBenchmark, type GdpPathData, type GdpPathScenarioDetail } from './components/gdp-path/gdp-path.component.js';
export { IndustryCluster, type IndustryClusterData } from './components/industry-cluster/industry-cluster.component.js';
export { InnovationPipeline, type InnovationPipelineData } from './components/innovation-pipeline/innovation-pipeline.component.js';
export { ZoneCard, type ZoneCardData } from './components/zone-card/zone-card.component.js';
export { PlanTimeline, type PlanTimelineData } from './components/plan-timeline/plan-timeline.component.js';
export { LandLedger, type LandLedgerData } from './components/land-ledger/land-ledger.component.js';
export { ProjectPipeline, type ProjectPipelineData } from './components/project-pipeline/project-pipeline.component.js';
export { BridgeModels, type BridgeModelsData } from './components/bridge-models/bridge-models.component.js';
export type { FigureInput, LabelInput } from './data/figure-input.js';
export type * from './data/types.js';
export { parseLocale, type Locale, type Script } from './format/locale.js';
