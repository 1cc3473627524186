import type { PlanTimelineData } from '../src/components/plan-timeline/plan-timeline.component.js';
import { dataset } from '../src/data/dataset.js';
import { invalid, playKeyboardAndTable, themed, widgetMeta, type WidgetStory } from './story-helpers.js';

export default {
  title: 'Widgets/plan-timeline',
  ...widgetMeta('plan-timeline', {
    // The topics the events use, as a list, so a designer picks one instead of typing it.
    argTypes: { topic: { options: ['', ...new Set(dataset.events.flatMap((e) => e.topics))], control: { type: 'select' } } },
  }),
};

type Story = WidgetStory<'plan-timeline'>;

/** All 20 dated events, from Hymson's 2017 move to the Link "about to open"; relative dates resolved, the rule under "About the data". Narrower than 760 px, time runs down a broken axis. */
export const Default: Story = {};

/** Each event with every figure the article prints about it under its label, even those its label already states (`figures="all"`). */
export const AllFigures: Story = {
  name: 'Every figure (figures="all")',
  args: { figures: 'all' },
};

/** The three Jiangmen plenaries and the rest of 2023–24: a time window by year or ISO date. */
export const Window: Story = {
  name: 'From Feb 2023 to Mar 2024 (from, to)',
  args: { from: '2023-02', to: '2024-03' },
};

/** The bank piece's sports campaign: June 15, two weekends, Shaxi's 村BA title, the 18th 国寿616. */
export const Sports: Story = {
  name: 'Sports campaign (topic="sports")',
  args: { topic: 'sports' },
};

/** Keyboard: one tab stop into the chart, arrow keys step through the events in date order, the tooltip gives each date as written and resolved; the table opens from its button. */
export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** A developer's own events through the typed `data` property, one with a figure and one still to come. */
export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: {
      asOf: '2030-06',
      events: [
        { date: '2029', label: label('示例：规划获批', 'Example: plan approved'), figures: [{ value: 12, unit: '平方公里', label: label('规划面积', 'Planned area'), date: '2029' }] },
        { date: '2030-03', asWritten: '今年3月', label: label('示例：动工', 'Example: ground broken') },
        { date: '2030-09', precision: 'upcoming', label: label('示例：即将开通', 'Example: about to open') },
      ],
    } satisfies PlanTimelineData,
  },
};

/** A typo in `from`: the widget says what it expected and shows every event. */
export const BadAttribute: Story = {
  name: 'Nonsense from (message)',
  tags: ['shows-message'],
  args: { from: 'last spring' },
};

/** Data of the wrong shape: an inline message in the widget's language names every problem; nothing throws. */
export const BrokenData: Story = {
  name: 'Broken data (message)',
  tags: ['shows-message'],
  args: { data: invalid<PlanTimelineData>({ events: [{ date: '2023-02-30', label: 'no label' }] }) },
};

/** Restyled by the page only, through `--gba-*` custom properties and `::part()`. */
export const Themed: Story = themed(`
plan-timeline {
  --gba-color-accent: #005a9c;
  --gba-color-grid: #d9e2ec;
  --gba-font-size: 17px;
}
plan-timeline::part(title) {
  font-family: 'Songti SC', 'Noto Serif CJK SC', serif;
}
plan-timeline::part(notes) {
  font-style: italic;
}
`);
