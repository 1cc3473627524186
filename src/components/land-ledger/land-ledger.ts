import { define } from '../base/define.js';
import { LandLedger } from './land-ledger.component.js';

export { LandLedger };
export type { LandArea, LandLedgerData, LandParcel, LandShare } from './land-ledger.component.js';

define('land-ledger', LandLedger);
