import type { LandLedgerData } from '../src/components/land-ledger/land-ledger.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/land-ledger',
  ...widgetMeta('land-ledger'),
};

type Story = WidgetStory<'land-ledger'>;

/** The land ready for industry in Zhongshan and the Shenzhen–Jiangmen zone, and one project's site, as squares on one scale. */
export const Default: Story = {};

/** With Jiangmen's 1/6 of the Bay Area's land (under 12% developed) as part-of-whole bars above the squares. */
export const WithShares: Story = {
  name: 'With the shares (shares)',
  args: { shares: true },
};

/** Every area also given in km², the unit of the zones and the Bay Area. */
export const InKm2: Story = {
  name: 'Converted to km² (unit="km2")',
  args: { unit: 'km2' },
};

/** Every area also given in 亩, the unit Chinese land deals are made in. */
export const InMu: Story = {
  name: 'Converted to 亩 (unit="mu")',
  args: { unit: 'mu' },
};

/** Every area also given in m², the unit of plant floors and single plots. */
export const InM2: Story = {
  name: 'Converted to m² (unit="m2")',
  args: { unit: 'm2' },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the parcels, the tooltip gives each area in every unit; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own land through the typed `data` property: areas in any land unit, one nested inside another. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      parcels: [
        {
          label: label('示例新区', 'Example new district'),
          area: { value: 12, unit: '平方公里', label: label('示例新区', 'Example new district'), date: '2030' },
          inner: [{ label: label('其中已建成', 'of it built'), area: { value: 3, unit: '平方公里', label: label('已建成', 'Built'), date: '2030' } }],
          tone: 'zhongshan',
          note: label('已建成部分的边界以规划图为准。', 'The built part’s boundary follows the plan.'),
        },
        { label: label('示例厂区', 'Example plant'), area: { value: 300, unit: '亩', qualifier: 'about', label: label('示例厂区', 'Example plant'), date: '2030' } },
      ],
      tableOnly: [{ label: label('示例远景区', 'Example long-term zone'), area: { value: 300, unit: '平方公里', label: label('示例远景区', 'Example long-term zone'), date: '2040' } }],
      source: label('示例规划局', 'Example Planning Bureau'),
    } satisfies LandLedgerData,
  },
};

/** A unit the widget does not convert into: it says which it takes and falls back to `auto`. */
export const BadAttribute: Story = {
  name: 'Unknown unit (message)',
  tags: ['shows-message'],
  args: { unit: invalid<'auto'>('acre') },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<LandLedgerData>({ parcels: [{ label: 'no label', area: { value: -1, unit: '亿元' } }] }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
land-ledger {
  --gba-color-jiangmen: #8a4b00;
  --gba-color-zhongshan: #005a9c;
  --gba-color-surface: #eef3f8;
  --gba-font-size: 17px;
}
land-ledger::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
land-ledger::part(notes) {
  font-style: italic;
}
`);
