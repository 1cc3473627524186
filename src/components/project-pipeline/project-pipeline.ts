import { define } from '../base/define.js';
import { ProjectPipeline } from './project-pipeline.component.js';

export { ProjectPipeline };
export type { PipelineHighlight, PipelineProgramme, ProjectPipelineData } from './project-pipeline.component.js';

define('project-pipeline', ProjectPipeline);
