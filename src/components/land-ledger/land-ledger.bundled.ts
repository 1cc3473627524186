// The article's land as <land-ledger> takes it: the dataset's figures, named in the widget's
// own words (its messages). Data returns the figures; the words are put to them here.
import { leadJointPlatformsFigures, leadOneHourCircleFigures, zhongshanClustersFigures, zhongshanTwinCitiesFigures } from '../../data/dataset.js';
import { figureLookup } from '../../data/figure-lookup.js';
import type { FigureInput } from '../../data/figure-input.js';
import type { LandLedgerData, LandParcel, LedgerTone } from '../../data/land-ledger.js';
import { messageLabel } from '../../format/message-label.js';
import { addMessages, type MessageKey } from '../../format/messages.js';
import { messages as landLedgerMessages } from '../../generated/messages/land-ledger.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(landLedgerMessages);

/**
 * The article's figure with this id among the sections the bundled land comes from:
 * Jiangmen's share and 海目星's plant, the 深江 zone, 浪尖's site, Zhongshan's parks and land.
 */
const figureById = /*#__PURE__*/ figureLookup(leadOneHourCircleFigures, leadJointPlatformsFigures, zhongshanClustersFigures, zhongshanTwinCitiesFigures);

const figure = (id: string): FigureInput => {
  const found = figureById(id);
  if (!found) throw new Error(`the dataset has no figure ${id}`);
  return found;
};

/**
 * The article's land ready for industry, on one scale: Zhongshan's prepared and
 * transferable industrial land, the Shenzhen–Jiangmen zone's start-up area (its usable
 * land inside) and prepared land, and one project's site for a sense of size. Jiangmen's
 * share of the Bay Area, the planned theme parks and Hymson's plant are in the table.
 */
export function landLedgerData(): LandLedgerData {
  const parcel = (key: MessageKey, id: string, tone: LedgerTone, extra: Partial<LandParcel> = {}): LandParcel => ({
    label: messageLabel(key),
    area: figure(id),
    tone,
    ...extra,
  });
  return {
    share: {
      whole: messageLabel('land-ledger.bundled.gba-land'),
      part: messageLabel('land-ledger.bundled.jiangmen'),
      share: figure('jiangmen-land-share-gba'),
      developed: figure('jiangmen-development-intensity'),
      facts: [{ text: messageLabel('land-ledger.bundled.main-platforms'), figure: figure('provincial-main-platforms') }],
    },
    parcels: [
      parcel('land-ledger.bundled.contiguous', 'zhongshan-contiguous-industrial-land', 'zhongshan'),
      // Whether the 6096亩 lie within the 1.24万亩 the text does not say: drawn apart, not nested.
      parcel('land-ledger.bundled.for-transfer', 'zhongshan-industrial-land-for-sale', 'zhongshan', { note: messageLabel('land-ledger.bundled.for-transfer-note') }),
      parcel('land-ledger.bundled.startup', 'shenjiang-startup-area', 'jiangmen', {
        inner: [{ label: messageLabel('land-ledger.bundled.usable'), area: figure('shenjiang-startup-usable-area') }],
        note: messageLabel('land-ledger.bundled.usable-note'),
      }),
      // The text does not say where the 1.2 km² lie (see data/README.md, doubt 7): drawn apart, not nested.
      parcel('land-ledger.bundled.prepared', 'shenjiang-land-prepared', 'jiangmen', { note: messageLabel('land-ledger.bundled.prepared-note') }),
      parcel('land-ledger.bundled.langjian', 'langjian-site-area', 'zhongshan'),
    ],
    tableOnly: [
      parcel('land-ledger.bundled.theme-parks', 'zhongshan-theme-parks-planned-area', 'zhongshan', {
        count: figure('zhongshan-theme-parks'),
        note: messageLabel('land-ledger.bundled.theme-parks-note'),
      }),
      parcel('land-ledger.bundled.hymson', 'hymson-plant-area-2017', 'jiangmen', { note: messageLabel('land-ledger.bundled.hymson-note') }),
    ],
  };
}
