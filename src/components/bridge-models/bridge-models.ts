import { define } from '../base/define.js';
import { BridgeModels } from './bridge-models.component.js';

export { BridgeModels };
export type { BridgeModelsData, ModelInput } from './bridge-models.component.js';

define('bridge-models', BridgeModels);
