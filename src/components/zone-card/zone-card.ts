import { define } from '../base/define.js';
import { ZoneCard } from './zone-card.component.js';

export { ZoneCard };
export type { ZoneAreaInput, ZoneCardData, ZoneTone } from './zone-card.component.js';

define('zone-card', ZoneCard);
