import type { InnovationPipelineData } from '../src/components/innovation-pipeline/innovation-pipeline.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/innovation-pipeline',
  ...widgetMeta('innovation-pipeline', {
    argTypes: { detail: { options: ['', 'all'], control: { type: 'select', labels: { '': '(default)' } } } },
  }),
};

type Story = WidgetStory<'innovation-pipeline'>;

/** Jianghai's high-tech firms, 519 → 705, with the counts of its incubation (超300家, 超200家, 约40家 …) on the same scale. */
export const Default: Story = {};

/** `detail="all"`: also the research platforms and pioneer firms (same scale) and the rates, output and results as numbers. */
export const AllFigures: Story = { name: 'All figures (detail="all")', args: { detail: 'all' } };

/** Keyboard: one tab stop into the chart, arrow keys step through the bars; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });
const count = (value: number, zh: string, en: string, date = '2030', qualifier?: 'more-than') => ({
  figure: { value, unit: '家' as const, label: label(zh, en), date, qualifier },
});

/** A developer's own figures through the typed `data` property (edit it in the Controls panel). */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      title: label('示例：某区高新技术企业两年增加15家', 'Example: a district’s high-tech firms up by 15 in two years'),
      headline: { label: label('高新技术企业', 'High-tech firms'), items: [count(80, '2028年', '2028', '2028'), count(95, '2030年', '2030')] },
      counts: [
        {
          label: label('孵化（同一刻度）', 'Incubation, on the same scale'),
          items: [count(6, '孵化器', 'Incubators'), count(120, '在孵企业', 'Firms in incubation', '2030', 'more-than')],
        },
      ],
      numbers: [{ label: label('其他数字', 'Other figures'), extra: true, items: [{ figure: { value: 4.1, unit: '%', label: label('研发投入强度', 'R&D intensity'), date: '2030' } }] }],
    } satisfies InnovationPipelineData,
  },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<InnovationPipelineData>({ title: 'no label', headline: { items: [] } }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
innovation-pipeline {
  --gba-color-accent: #005a9c;
  --gba-color-context: #6b6b6b;
  --gba-font-size: 17px;
}
innovation-pipeline::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
innovation-pipeline::part(figure) {
  border-top: 4px solid #005a9c;
  padding-top: 0.5rem;
}
`);
