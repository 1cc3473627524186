import { expect, waitFor } from 'storybook/test';
import type { GdpPathData, GdpPathScenarioDetail } from '../src/components/gdp-path/gdp-path.component.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/gdp-path',
  ...widgetMeta('gdp-path'),
};

type Story = WidgetStory<'gdp-path'>;

/** Jiangmen's plan: doubling 4022.5亿元 (2023) in about ten years (≈7.18 % a year, derived), 1万亿 about 2037; beside it, dashed, what 1万亿 by 2033 would take (≈9.54 %). */
export const Default: Story = {};

/** What 1万亿 by 2033 would take: drawn at that rate, the path is the comparison, so no dashed line is added. */
export const TrillionBy2033: Story = {
  name: 'At 9.54% a year (growth="9.54")',
  args: { growth: 9.54 },
};

/** A reader's assumption (the article names no rate): at 7% a year, the year each 1000亿元 step is passed, the doubling about 2034 and 1万亿 about 2037. */
export const Growth7: Story = {
  name: 'At 7% a year (growth="7")',
  args: { growth: 7 },
};

/** A slider for the yearly growth, starting at the plan's rate; the sentence under it says when the path doubles and meets the target, and `gba-scenario-change` fires. */
export const Interactive: Story = {
  name: 'Growth slider (interactive)',
  args: { interactive: true },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('gdp-path')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const slider = root.querySelector<HTMLInputElement>('[part~="slider"]')!;
    const scenario = root.querySelector('[part~="scenario"]')!;
    const before = scenario.textContent;
    const changes: GdpPathScenarioDetail[] = [];
    element.addEventListener('gba-scenario-change', (event) => changes.push(event.detail));
    slider.value = '9';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(changes).toEqual([{ growth: 9, yearReached: expect.any(Number) }]));
    await waitFor(() => expect(scenario.textContent).not.toBe(before));
  },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the path's marks; the table opens from its button. */
export const Keyboard: Story = { name: 'Keyboard and data table', args: { growth: 7 }, play: playKeyboardAndTable };

/** Another city's road through the typed `data` property (money in 亿元); no benchmark, so no comparison note. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      city: { 'zh-Hans': '示例市', en: 'Example City' },
      baseYear: 2025,
      baseValue: 2500,
      target: 5000,
      years: 12,
    } satisfies GdpPathData,
  },
};

/** A growth that is no number: the widget says what it expected and draws the plan's growth (derived). */
export const BadAttribute: Story = {
  name: 'Nonsense growth (message)',
  tags: ['shows-message'],
  args: { growth: invalid<number>('fast') },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<GdpPathData>({ city: 'Jiangmen', baseYear: 2023.5, baseValue: 4022.5, target: 3000, years: 0 }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
gdp-path {
  --gba-color-accent: #005a9c;
  --gba-color-context: #8a4b00;
  --gba-color-grid: #d9e2ec;
  --gba-font-size: 17px;
}
gdp-path::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
gdp-path::part(scenario) {
  border-left: 4px solid #005a9c;
  padding-left: 0.5rem;
}
gdp-path::part(slider) {
  accent-color: #005a9c;
}
`, { args: { interactive: true } });
