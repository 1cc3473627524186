import type { ProjectPipelineData } from '../src/components/project-pipeline/project-pipeline.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/project-pipeline',
  ...widgetMeta('project-pipeline'),
};

type Story = WidgetStory<'project-pipeline'>;

/** 10, 54.8, 691 and 超1300亿元 on one money axis; 426, 193 (122 large) and 13 projects on their own; 300多家 and 30倍 as key numbers. */
export const Default: Story = {};

/** Keyboard: one tab stop into the chart, arrow keys step through the bars, the tooltip quotes the article; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own programmes through the typed `data` property; 万元 is drawn in 亿元 on the same axis. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      programmes: [
        {
          label: label('示例产业园', 'Example industrial park'),
          investment: { value: 120, unit: '亿元', qualifier: 'over', label: label('计划投资', 'Planned investment'), date: '2030' },
          projects: { value: 40, unit: '个', label: label('项目', 'Projects'), date: '2030' },
          largeProjects: { value: 25, unit: '个', label: label('亿元以上', '100 million yuan or more'), date: '2030' },
        },
        { label: label('示例项目', 'Example project'), investment: { value: 8000, unit: '万元', label: label('投资', 'Investment'), date: '2030' }, tone: 'jiangmen' },
      ],
      highlights: [{ figure: { value: 50, unit: '家', qualifier: 'more-than', label: label('企业', 'Firms'), date: '2030' }, caption: label('示例：落户企业', 'Example: firms that moved in') }],
    } satisfies ProjectPipelineData,
  },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<ProjectPipelineData>({ programmes: [{ label: label('空', 'Empty') }] }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
project-pipeline {
  --gba-color-jiangmen: #8a4b00;
  --gba-color-zhongshan: #005a9c;
  --gba-color-grid: #d9e2ec;
  --gba-font-size: 17px;
}
project-pipeline::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
project-pipeline::part(notes) {
  font-style: italic;
}
`);
