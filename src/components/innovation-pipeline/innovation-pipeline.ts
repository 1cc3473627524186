import { define } from '../base/define.js';
import { InnovationPipeline } from './innovation-pipeline.component.js';

export { InnovationPipeline };
export type { InnovationPipelineData, PipelineDetail, PipelineGroup, PipelineItem } from './innovation-pipeline.component.js';

define('innovation-pipeline', InnovationPipeline);
