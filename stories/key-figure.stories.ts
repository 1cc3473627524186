import { expect, userEvent, waitFor } from 'storybook/test';
import type { KeyFigureData } from '../src/components/key-figure/key-figure.component.js';
import { dataset } from '../src/data/dataset.js';
import { invalid, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/key-figure',
  ...widgetMeta('key-figure', {
    // The dataset's ids as a list, so a designer picks a figure instead of typing its id.
    argTypes: {
      figure: { options: dataset.figures.map((f) => f.id), control: { type: 'select' } },
      compare: { options: ['', ...dataset.figures.map((f) => f.id)], control: { type: 'select' } },
    },
  }),
};

type Story = WidgetStory<'key-figure'>;

/** Jiangmen's 2023 GDP, the article's headline figure: what `<key-figure>` shows with no attribute. */
export const Default: Story = {};

/** "300多家": the qualifier stays with the number, so it never reads as exactly 300. */
export const WithQualifier: Story = {
  name: '300多家 (with qualifier)',
  args: { figure: 'shenzhen-firms-in-jiangmen' },
};

/** Jianghai's high-tech firms, 519 in 2021 → 705 in 2023, on one scale; the change is marked as derived. */
export const Compare: Story = {
  name: '519 → 705 (compare)',
  args: { figure: 'jianghai-hightech-firms-2021', compare: 'jianghai-hightech-firms-2023' },
};

/** Keyboard: one tab stop into the chart, arrow keys step between the bars, the table opens from its button. */
export const Interactive: Story = {
  name: 'Keyboard and data table',
  args: { figure: 'jianghai-hightech-firms-2021', compare: 'jianghai-hightech-firms-2023' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('key-figure')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const chart = root.querySelector<SVGSVGElement>('svg[role="img"]')!;
    chart.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.querySelector('[part~="tooltip"]')).toBeTruthy());
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="toggle"]')!);
    await waitFor(() => expect(root.querySelector('[part~="table"]')?.checkVisibility()).toBe(true));
  },
};

/** An editor's typo in `figure`: the widget says which id it did not find and where the ids are. */
export const UnknownId: Story = {
  name: 'Unknown id (message)',
  tags: ['shows-message'],
  args: { figure: 'jiangmen-gdp-2099' },
};

/** A developer's own figure through the typed `data` property (edit it in the Controls panel); its `source` is its source line. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      value: 12.5,
      unit: '%',
      qualifier: 'about',
      label: { 'zh-Hans': '示例：研发投入强度', en: 'Example: R&D intensity' },
      date: '2030',
      source: { 'zh-Hans': '示例统计公报', en: 'An example statistical bulletin' },
    } satisfies KeyFigureData,
  },
};

/** The trillion as the article writes it (1万亿元), and the doubling target phrased as a target. */
export const Trillion: Story = {
  name: '1万亿元 (trillion)',
  args: { figure: 'trillion-gdp-threshold' },
};

/** The editor's way to the same thing, without JavaScript: a child `<script type="application/json">`. No `source`: no source line. */
export const CustomDataFromPage: Story = {
  name: 'Custom data (child script)',
  parameters: {
    gba: {
      json: JSON.stringify({ value: 705, unit: '家', label: { 'zh-Hans': '高新技术企业', en: 'High-tech firms' }, date: '2023' }),
    },
  },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<KeyFigureData>({ value: 'many', unit: 'furlongs', label: { en: 'No Chinese label' } }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
key-figure {
  --gba-color-accent: #005a9c;
  --gba-color-context: #6b6b6b;
  --gba-font-size: 18px;
}
key-figure::part(figure) {
  border-top: 4px solid #005a9c;
  padding-top: 0.5rem;
}
key-figure::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
  font-size: 1.25em;
}
key-figure::part(source) {
  font-style: italic;
}
`, { args: { figure: 'jianghai-hightech-firms-2021', compare: 'jianghai-hightech-firms-2023' } });
