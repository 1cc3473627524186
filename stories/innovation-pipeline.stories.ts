import type { InnovationPipelineData } from '../src/components/innovation-pipeline/innovation-pipeline.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/innovation-pipeline',
  ...widgetMeta('innovation-pipeline'),
};

type Story = WidgetStory<'innovation-pipeline'>;

/** Jianghai's platforms → incubation (超300家) → graduates (超200家) → high-tech firms (约40家; 519 → 705), with rates and results. */
export const Default: Story = {};

/** Keyboard: one tab stop into the chart, arrow keys step through the stages' figures; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own pipeline through the typed `data` property (edit it in the Controls panel). */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      title: label('示例：某区创新链条', 'Example: a district’s innovation pipeline'),
      stages: [
        {
          label: label('孵化器', 'Incubators'),
          measure: 'platforms',
          groups: [{ items: [{ figure: { value: 6, unit: '家', label: label('孵化器', 'Incubators'), date: '2030' } }] }],
        },
        {
          label: label('在孵企业', 'Firms in incubation'),
          measure: 'firms',
          groups: [{ items: [{ figure: { value: 120, unit: '家', qualifier: 'more-than', label: label('在孵企业', 'Firms in incubation'), date: '2030' } }] }],
        },
        {
          label: label('高新技术企业', 'High-tech firms'),
          measure: 'firms',
          groups: [
            {
              label: label('存量', 'In stock'),
              trend: true,
              items: [
                { figure: { value: 80, unit: '家', label: label('2028年', '2028'), date: '2028' } },
                { figure: { value: 95, unit: '家', label: label('2030年', '2030'), date: '2030' } },
              ],
            },
          ],
        },
      ],
      panels: [{ label: label('比率', 'Rate'), items: [{ figure: { value: 4.1, unit: '%', label: label('研发投入强度', 'R&D intensity'), date: '2030' }, form: 'gauge' }] }],
    } satisfies InnovationPipelineData,
  },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<InnovationPipelineData>({ title: 'no label', stages: [{ measure: 'firms', groups: [] }] }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
innovation-pipeline {
  --gba-color-accent: #005a9c;
  --gba-color-context: #6b6b6b;
  --gba-color-extra: #8a4b00;
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
