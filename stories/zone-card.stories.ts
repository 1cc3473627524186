import type { ZoneCardData } from '../src/components/zone-card/zone-card.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/zone-card',
  ...widgetMeta('zone-card', {
    // The zones of the dataset, so a designer picks one instead of typing its id.
    argTypes: { zone: { options: ['', 'shenjiang', 'shenzhong'], control: { type: 'select', labels: { '': '(both)' } } } },
  }),
};

type Story = WidgetStory<'zone-card'>;

/** Both 66 km² zones side by side at one scale, with the same fill and outline: 深江's start-up area nested inside, 深中's three parts as a treemap. */
export const Default: Story = {};

/** The Shenzhen–Jiangmen zone alone: start-up area ⊃ its usable land, the prepared land dashed apart (zone="shenjiang"). */
export const Shenjiang: Story = {
  name: '深江 (zone="shenjiang")',
  args: { zone: 'shenjiang' },
};

/** The Shenzhen–Zhongshan zone alone: 马鞍岛, 南朗 and 民众 dividing its 66 km² (zone="shenzhong"). */
export const Shenzhong: Story = {
  name: '深中 (zone="shenzhong")',
  args: { zone: 'shenzhong' },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the areas, the tooltip gives each one's share (derived); the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own zone through the typed `data` property: parts dividing it, its industries and models in a running line each, its milestones in the data table. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      name: label('示例合作区', 'Example Cooperation Zone'),
      plannedArea: 40,
      parts: [
        { name: label('北片区', 'North area'), area: 25 },
        { name: label('南片区', 'South area'), area: 15 },
      ],
      industries: [label('智能制造', 'Smart manufacturing'), label('新能源', 'New energy')],
      models: [{ shenzhen: label('深圳研发', 'Shenzhen R&D'), partner: label('示例制造', 'Example manufacturing') }],
      milestones: [
        { date: '2029-05', label: label('总体方案获批', 'Master plan approved') },
        { date: '2031', label: label('起步区建成', 'Start-up area built'), precision: 'upcoming' },
      ],
      tone: 'zhongshan',
    } satisfies ZoneCardData,
  },
};

/** A zone the dataset does not have: the widget lists the ids it knows and shows both zones. */
export const BadAttribute: Story = {
  name: 'Unknown zone (message)',
  tags: ['shows-message'],
  args: { zone: 'qianhai' },
};

/** Data of the wrong shape: parts larger than their whole, a label without English; an inline message names every problem. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: {
    data: invalid<ZoneCardData>({ name: '示例', plannedArea: 10, parts: [{ name: label('甲', 'A'), area: 8 }, { name: label('乙', 'B'), area: 5 }] }),
  },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
zone-card {
  --gba-color-jiangmen: #8a4b00;
  --gba-color-zhongshan: #005a9c;
  --gba-color-context: #5a6b7d;
  --gba-font-size: 17px;
}
zone-card::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
zone-card::part(figure) {
  border-top: 4px solid #005a9c;
  padding-top: 0.5rem;
}
`);
