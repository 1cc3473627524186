import type { IndustryClusterData } from '../src/components/industry-cluster/industry-cluster.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/industry-cluster',
  ...widgetMeta('industry-cluster'),
};

type Story = WidgetStory<'industry-cluster'>;

/** Jiangmen's side, Zhongshan's side and, in the middle, the industries both name: where the two cities compete for the same Shenzhen firms. */
export const Default: Story = {};

/** Jiangmen, the Shenzhen–Jiangmen zone and Jianghai District (cluster="jiangmen"). */
export const Jiangmen: Story = {
  name: 'Jiangmen side (cluster="jiangmen")',
  args: { cluster: 'jiangmen' },
};

/** Zhongshan and the Shenzhen–Zhongshan zone (cluster="zhongshan"). */
export const Zhongshan: Story = {
  name: 'Zhongshan side (cluster="zhongshan")',
  args: { cluster: 'zhongshan' },
};

/** Jianghai's three fields, with the share of its high-tech firms in them (cluster="jianghai"). */
export const Jianghai: Story = {
  name: 'Jianghai District (cluster="jianghai")',
  args: { cluster: 'jianghai' },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the industries, the tooltip quotes the article; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own groups and industries through the typed `data` property; one industry named on both sides. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      groups: [
        { id: 'west', name: label('示例西区', 'Example West'), side: 'jiangmen', figure: { value: 60, unit: '%', qualifier: 'about', label: label('高企占比', 'Share of high-tech firms'), date: '2030' } },
        { id: 'east', name: label('示例东区', 'Example East'), side: 'zhongshan' },
      ],
      industries: [
        { id: 'robots', name: label('机器人', 'Robots'), memberships: [{ group: 'west', stage: 'strength' }, { group: 'east', stage: 'new-track' }] },
        { id: 'batteries', name: label('新型电池', 'New batteries'), memberships: [{ group: 'west', stage: 'new-track' }] },
        { id: 'quantum', name: label('量子信息', 'Quantum information'), memberships: [{ group: 'east', stage: 'future' }] },
      ],
    } satisfies IndustryClusterData,
  },
};

/** A group the widget does not know: it lists the values it takes and shows every group. */
export const BadAttribute: Story = {
  name: 'Unknown cluster (message)',
  tags: ['shows-message'],
  args: { cluster: invalid<'all'>('dongguan') },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: {
    data: invalid<IndustryClusterData>({
      groups: [{ id: 'west', name: 'West', side: 'east' }],
      industries: [{ id: 'robots', name: label('机器人', 'Robots'), memberships: [{ group: 'nowhere', stage: 'someday' }] }],
    }),
  },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
industry-cluster {
  --gba-color-jiangmen: #8a4b00;
  --gba-color-zhongshan: #005a9c;
  --gba-color-shared: #5b3a8c;
  --gba-color-surface: #f3eefa;
}
industry-cluster::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
industry-cluster::part(takeaway) {
  border-left: 4px solid #5b3a8c;
  padding-left: 0.5rem;
}
`);
