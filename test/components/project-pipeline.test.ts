import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/project-pipeline/project-pipeline.js';
import type { ProjectPipeline, ProjectPipelineData } from '../../src/components/project-pipeline/project-pipeline.component.js';
import { expectFiguresDrawnAndTabled } from './figure-assertions.js';
import { openTable } from './open-table.js';

/** The figures the issue gives `<project-pipeline>`: each must be drawn and be a row of the table. */
const ISSUE_FIGURES = [
  'safety-park-projects',
  'safety-park-projects-over-100m',
  'safety-park-planned-investment',
  'zhongshan-shenzhen-projects-2024',
  'zhongshan-shenzhen-projects-investment-2024',
  'zhongshan-theme-parks-projects-2024',
  'zhongshan-theme-parks-investment-2024',
  'langjian-planned-investment',
  'langjian-site-area',
  'shenzhen-firms-in-jiangmen',
  'hymson-jiangmen-output-growth',
  'hymson-jiangmen-growth-years',
  'hymson-jiangmen-laser-types',
];

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const root = (el: Element) => el.shadowRoot!;

async function mount(attributes = '', width = 320): Promise<ProjectPipeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<project-pipeline ${attributes}></project-pipeline>`;
  const el = box.querySelector('project-pipeline') as ProjectPipeline;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const barsIn = (el: Element, panel: 'money' | 'count') => [...root(el).querySelectorAll<SVGRectElement>(`g.panel.${panel} rect.bar`)];
const barOf = (el: Element, panel: 'money' | 'count', value: number) => barsIn(el, panel).find((b) => Number(b.getAttribute('data-value')) === value)!;
const width = (rect: Element) => Number(rect.getAttribute('width'));

describe('<project-pipeline>', () => {
  it('draws every figure the issue assigns it and lists each in the table with its value and id', async () => {
    const el = await mount();
    await openTable(el);
    expectFiguresDrawnAndTabled(root(el), ISSUE_FIGURES);
  });

  it('draws 10, 54.8, 691 and 超1300亿元 on one linear axis from zero', async () => {
    for (const w of [320, 1024]) {
      const el = await mount('', w);
      const money = [1300, 691, 54.8, 10].map((v) => width(barOf(el, 'money', v)));
      expect(money[1] / money[0]).to.be.closeTo(691 / 1300, 1e-6);
      expect(money[2] / money[1]).to.be.closeTo(54.8 / 691, 1e-6);
      expect(money[3] / money[2]).to.be.closeTo(10 / 54.8, 1e-6);
      const starts = barsIn(el, 'money').map((b) => Number(b.getAttribute('x')));
      expect(new Set(starts).size, 'one zero for all money bars').to.equal(1);
    }
  });

  it('shows “超1300” as an open end: an arrow past the bar, and the hedge in its words', async () => {
    const el = await mount();
    const open = barOf(el, 'money', 1300).closest('g')!;
    expect(open.querySelector('path.open-head')).to.not.equal(null);
    expect(open.textContent).to.contain('超1300亿元');
    expect(barOf(el, 'money', 691).closest('g')!.querySelector('path.open-head'), '691 is exact').to.equal(null);
  });

  it('never puts project counts on the money axis: they have an axis of their own', async () => {
    const el = await mount();
    const moneyValues = barsIn(el, 'money').map((b) => Number(b.getAttribute('data-value')));
    const countValues = barsIn(el, 'count').map((b) => Number(b.getAttribute('data-value')));
    expect(moneyValues).to.have.members([1300, 691, 54.8, 10]);
    expect(countValues).to.have.members([426, 193, 13]);
    expect(width(barOf(el, 'count', 193)) / width(barOf(el, 'count', 426))).to.be.closeTo(193 / 426, 1e-6);
    const moneyTicks = root(el).querySelectorAll('g.panel.money text.note');
    const countTicks = root(el).querySelectorAll('g.panel.count text.note');
    expect(moneyTicks.length).to.be.at.least(2);
    expect(countTicks.length).to.be.at.least(2);
  });

  it('draws the 122 large projects inside the 193, in proportion', async () => {
    const el = await mount();
    const part = root(el).querySelector<SVGRectElement>('rect.part')!;
    expect(Number(part.getAttribute('data-value'))).to.equal(122);
    expect(width(part) / width(barOf(el, 'count', 193))).to.be.closeTo(122 / 193, 1e-6);
    expect(shadowText(el)).to.contain('其中亿元以上：122个');
  });

  it('shows 300多家 and 30倍 as key numbers with what they count', async () => {
    const el = await mount();
    const big = [...root(el).querySelectorAll('text.big')].map((t) => t.textContent!.trim());
    expect(big).to.deep.equal(['300多家', '30倍']);
    expect(shadowText(el)).to.contain('用时5年');
    expect(shadowText(el)).to.contain('原文未说明是达到原来的30倍还是增长了30倍');
  });

  it('speaks English money in billions and keeps every hedge', async () => {
    const el = await mount('lang="en"');
    const text = shadowText(el);
    expect(text).to.contain(`over ${1300 / 10} billion yuan`);
    expect(text).to.contain(`${691 / 10} billion yuan`);
    expect(text).to.contain('more than 300');
    expect(text).to.contain('30×');
    expect(text).to.contain('more than 70 mu');
  });

  it('says in one sentence how far planned investment ranges and who leads it', async () => {
    const el = await mount();
    const takeaway = root(el).querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.contain('10亿元');
    expect(takeaway).to.contain('超1300亿元');
    expect(takeaway).to.contain('中山十大现代主题产业园');
  });

  it('draws a developer’s own programmes and reports every problem with bad ones', async () => {
    const el = await mount('lang="en"');
    const figure = (value: number, unit: string) => ({ value, unit, label: { 'zh-Hans': '项', en: 'x' }, date: '2024' });
    el.data = {
      programmes: [
        { label: { 'zh-Hans': '甲园', en: 'Park A' }, investment: figure(5000, '万元'), projects: figure(4, '个') },
        { label: { 'zh-Hans': '乙园', en: 'Park B' }, investment: figure(2, '亿元') },
      ],
    } as ProjectPipelineData;
    await el.updateComplete;
    // 5000万元 = 0.5亿元: a quarter of Park B's 2亿元.
    const bars = barsIn(el, 'money');
    expect(bars.map((b) => Number(b.getAttribute('data-value')))).to.deep.equal([2, 5000]);
    expect(width(bars[1]) / width(bars[0])).to.be.closeTo(0.25, 1e-9);

    el.data = {
      programmes: [
        { label: { 'zh-Hans': '甲', en: 'A' }, projects: figure(3, '个'), largeProjects: figure(5, '个') },
        { label: { 'zh-Hans': '乙', en: 'B' } },
        { label: { 'zh-Hans': '丙', en: 'C' }, investment: figure(-1, '个') },
      ],
    } as unknown as ProjectPipelineData;
    await el.updateComplete;
    const message = root(el).querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('data.programmes[0].largeProjects.value');
    expect(message).to.contain('data.programmes[1].investment');
    expect(message).to.contain('data.programmes[2].investment.unit');
    expect(message).to.contain('data.programmes[2].investment.value');
    expect(el.hasError).to.equal(true);
  });

  it('steps through every bar and key number from the keyboard, quoting the article', async () => {
    const el = await mount();
    const svgEl = root(el).querySelector('svg')!;
    svgEl.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('超1300亿元');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    // 4 money bars, 3 count bars, the 122 inside the 193, and 2 key numbers.
    expect(root(el).querySelectorAll('[data-mark]').length).to.equal(4 + 3 + 1 + 2);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('5年内实现30倍的跃升');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });
});
