import type { BridgeModelsData } from '../src/components/bridge-models/bridge-models.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/bridge-models',
  ...widgetMeta('bridge-models', {
    argTypes: { city: { options: ['all', 'jiangmen', 'zhongshan'], control: { type: 'select' } } },
  }),
};

type Story = WidgetStory<'bridge-models'>;

/** The seven "深圳X+城市Y" pairings across the Link, 深圳研发 fanning out to three partner roles; the 1小时生活圈 under it. */
export const Default: Story = {};

/** Zhongshan's four pairings alone (city="zhongshan"). */
export const Zhongshan: Story = {
  name: 'Zhongshan only (city="zhongshan")',
  args: { city: 'zhongshan' },
};

/** Jiangmen's three pairings and the Shenzhen–Jiangmen one-hour circle (city="jiangmen"). */
export const Jiangmen: Story = {
  name: 'Jiangmen only (city="jiangmen")',
  args: { city: 'jiangmen' },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the pairings, the tooltip quotes the article; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own pairings through the typed `data` property. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      cities: [{ id: 'example', name: label('示例市', 'Example City') }],
      models: [
        { shenzhen: label('设计', 'design'), city: 'example', partner: label('制造', 'manufacturing') },
        { shenzhen: label('设计', 'design'), city: 'example', partner: label('打样', 'prototyping') },
      ],
    } satisfies BridgeModelsData,
  },
};

/** A partner the article does not name: the widget lists the cities it knows and shows them all. */
export const BadAttribute: Story = {
  name: 'Unknown city (message)',
  tags: ['shows-message'],
  args: { city: 'dongguan' },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<BridgeModelsData>({ cities: [], models: [{ shenzhen: 'R&D', city: 'nowhere' }] }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
bridge-models {
  --gba-color-shenzhen: #8a4b00;
  --gba-color-zhongshan: #005a9c;
  --gba-color-surface: #e8f1f8;
}
bridge-models::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
bridge-models::part(figure) {
  border-top: 4px solid #005a9c;
  padding-top: 0.5rem;
}
`);
