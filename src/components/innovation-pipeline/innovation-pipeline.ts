import { define } from '../base/define.js';
import { InnovationPipeline } from './innovation-pipeline.component.js';

export { InnovationPipeline };
export type { InnovationPipelineData, PipelineForm, PipelineGroup, PipelineItem, PipelinePanel, PipelineStage } from './innovation-pipeline.component.js';

define('innovation-pipeline', InnovationPipeline);
