import { define } from '../base/define.js';
import { PlanTimeline } from './plan-timeline.component.js';

export { PlanTimeline };
export type { PlanTimelineData, TimelineEventInput } from './plan-timeline.component.js';

define('plan-timeline', PlanTimeline);
