import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/project-pipeline/project-pipeline.js';
import type { ProjectPipeline, ProjectPipelineData } from '../../src/components/project-pipeline/project-pipeline.component.js';
import { dataset } from '../../src/data/dataset.js';
import { expectFiguresDrawnAndTabled } from './figure-assertions.js';
import { mountIn } from '../helpers/mount.js';
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

const mount = (attributes = '', width = 320) => mountIn<ProjectPipeline>(width, `<project-pipeline ${attributes}></project-pipeline>`);

const barsIn = (el: Element) => [...root(el).querySelectorAll<SVGRectElement>('g.panel.money rect.bar')];
const barOf = (el: Element, value: number) => barsIn(el).find((b) => Number(b.getAttribute('data-value')) === value)!;
const width = (rect: Element) => Number(rect.getAttribute('width'));
const unitsOf = (el: Element, value: number) => root(el).querySelector<SVGGElement>(`g.panel.count g.units[data-value="${value}"]`)!;
/** Dots drawn in `g`: each dotted line holds (length ÷ dash gap) + 1 dots. */
const dotCount = (g: Element) =>
  [...g.querySelectorAll(':scope > line.dots')].reduce((n, line) => {
    const pitch = Number(line.getAttribute('stroke-dasharray')!.split(' ')[1]);
    return n + Math.floor((Number(line.getAttribute('x2')) - Number(line.getAttribute('x1'))) / pitch + 1e-6) + 1;
  }, 0);
/** A dotted line's box, its stroke included (getBBox leaves strokes out). */
const lineBox = (line: SVGLineElement) => {
  const r = Number(line.getAttribute('stroke-width')) / 2;
  const [x1, x2, y] = ['x1', 'x2', 'y1'].map((a) => Number(line.getAttribute(a)));
  return new DOMRect(x1 - r, y - r, x2 - x1 + 2 * r, 2 * r);
};
const hit = (a: DOMRect, b: DOMRect, slack = 0.5) => a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;

describe('<project-pipeline>', () => {
  it('draws every figure the issue assigns it and lists each in the table with its value and id', async () => {
    const el = await mount();
    await openTable(el);
    expectFiguresDrawnAndTabled(root(el), ISSUE_FIGURES);
  });

  it('draws 10, 54.8, 691 and 超1300亿元 on one linear axis from zero', async () => {
    for (const w of [320, 1024]) {
      const el = await mount('', w);
      const money = [1300, 691, 54.8, 10].map((v) => width(barOf(el, v)));
      expect(money[1] / money[0]).to.be.closeTo(691 / 1300, 1e-6);
      expect(money[2] / money[1]).to.be.closeTo(54.8 / 691, 1e-6);
      expect(money[3] / money[2]).to.be.closeTo(10 / 54.8, 1e-6);
      const starts = barsIn(el).map((b) => Number(b.getAttribute('x')));
      expect(new Set(starts).size, 'one zero for all money bars').to.equal(1);
    }
  });

  for (const w of [320, 640, 1280]) {
    it(`never gives a smaller value the longer bar or more dots, at ${w} px`, async () => {
      const el = await mount('', w);
      const bars = barsIn(el).map((b) => ({ value: Number(b.getAttribute('data-value')), length: width(b) }));
      for (const a of bars) for (const b of bars) if (a.value < b.value) expect(a.length, `${a.value} < ${b.value}`).to.be.below(b.length);
      for (const n of [426, 193, 13]) expect(dotCount(unitsOf(el, n)) + (n === 193 ? dotCount(unitsOf(el, 122)) : 0), `${n}`).to.equal(n);
    });
  }

  it('labels each sum as the article does, and the axis as investment, not “planned”', async () => {
    const el = await mount('', 640);
    const text = shadowText(el);
    for (const words of ['总投资额超1300亿元', '计划投资额691亿元', '计划投资总额54.8亿元', '预计总投资10亿元']) expect(text, words).to.contain(words);
    const title = root(el).querySelector('g.panel.money text.name')!.textContent!;
    expect(title).to.equal('投资额（亿元）');
    const en = await mount('lang="en"', 640);
    for (const words of ['total investment: over 130 billion yuan', 'planned investment: 69.1 billion yuan', 'planned total investment: 5.48 billion yuan', 'expected total investment: 1 billion yuan']) {
      expect(shadowText(en), words).to.contain(words);
    }
  });

  it('shows “超1300” as an open end: an arrow past the bar, and the hedge in its words', async () => {
    const el = await mount();
    const open = barOf(el, 1300).closest('g')!;
    expect(open.querySelector('path.open-head')).to.not.equal(null);
    expect(open.textContent).to.contain('超1300亿元');
    expect(barOf(el, 691).closest('g')!.querySelector('path.open-head'), '691 is exact').to.equal(null);
  });

  it('draws project counts as dots in a panel of their own: no bar, no axis shared with the money', async () => {
    const el = await mount();
    expect(root(el).querySelectorAll('g.panel.count rect.bar')).to.have.length(0);
    expect(root(el).querySelectorAll('g.panel.count text.note')).to.have.length(0);
    expect(root(el).querySelectorAll('g.panel.money text.note').length).to.be.at.least(2);
    expect(root(el).querySelector('g.panel.count text.name')!.textContent).to.contain('一点一个项目');
    const moneyBottom = Math.max(...barsIn(el).map((b) => b.getBBox().y + b.getBBox().height));
    expect(unitsOf(el, 426).getBBox().y).to.be.above(moneyBottom);
  });

  it('draws the 122 large projects as 122 solid dots of the 193, keyed in words', async () => {
    const el = await mount();
    const part = unitsOf(el, 122);
    expect(part.classList.contains('part')).to.equal(true);
    expect(dotCount(part)).to.equal(122);
    expect(dotCount(unitsOf(el, 193))).to.equal(71);
    expect(shadowText(el)).to.contain('其中亿元以上：122个');
    const solid = getComputedStyle(part.querySelector('line.dots')!).stroke;
    const rest = getComputedStyle(unitsOf(el, 193).querySelector('line.dots')!).stroke;
    expect(solid).to.not.equal(rest);
  });

  for (const w of [320, 640, 1280]) {
    for (const lang of ['zh-CN', 'en']) {
      it(`sets no text on another, on a bar’s key or on a dot, at ${w} px in ${lang} (measured)`, async () => {
        const el = await mount(`lang="${lang}"`, w);
        const svgEl = root(el).querySelector('svg')!;
        const texts = [...svgEl.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim());
        const textBoxes = texts.map((t) => ({ box: t.getBBox(), what: t.textContent!.trim() }));
        const dots = [...svgEl.querySelectorAll<SVGLineElement>('line.dots')].map((l) => ({ box: lineBox(l), what: 'dots' }));
        const swatches = [...svgEl.querySelectorAll<SVGCircleElement>('circle.swatch')].map((c) => ({ box: c.getBBox(), what: 'swatch' }));
        for (let i = 0; i < textBoxes.length; i++) {
          // A CJK face's box is a little taller than its 1.38 line: lines of one label may touch by a pixel.
          for (let j = i + 1; j < textBoxes.length; j++) expect(hit(textBoxes[i].box, textBoxes[j].box, 1.5), `${textBoxes[i].what} × ${textBoxes[j].what}`).to.equal(false);
          for (const mark of [...dots, ...swatches]) expect(hit(textBoxes[i].box, mark.box), `${textBoxes[i].what} × ${mark.what}`).to.equal(false);
        }
        for (const t of texts) expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
      });
    }
  }

  for (const [w, lang, budget] of [[640, 'zh-CN', 1000], [640, 'en', 1250], [320, 'zh-CN', 1600], [320, 'en', 2000]] as const) {
    it(`stays within ${budget} px tall at ${w} px in ${lang}, the table closed`, async () => {
      const el = await mount(`lang="${lang}"`, w);
      expect(el.getBoundingClientRect().height).to.be.at.most(budget);
    });
  }

  it('shows 300多家 and 30倍 as key numbers with what they count, the industries named as the dataset names them', async () => {
    const el = await mount();
    const big = [...root(el).querySelectorAll('text.big')].map((t) => t.textContent!.trim());
    expect(big).to.deep.equal(['300多家', '30倍']);
    expect(shadowText(el)).to.contain('用时5年');
    const en = await mount('lang="en"');
    for (const id of ['new-energy-storage', 'electronic-information', 'intelligent-equipment']) {
      const name = dataset.industries.find((i) => i.id === id)!.name;
      expect(shadowText(el), id).to.contain(name['zh-Hans']);
      expect(shadowText(en), id).to.contain(name.en.charAt(0).toLowerCase() + name.en.slice(1));
    }
  });

  it('keeps caveats in “About the data” and one short note under the drawing', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount(`lang="${lang}"`, 640);
      const about = root(el).querySelector<HTMLDetailsElement>('[part~="about"]')!;
      expect(about.open).to.equal(false);
      expect(about.textContent).to.contain(lang === 'en' ? 'thirty-fold' : '原文未说明是达到原来的30倍还是增长了30倍');
      expect(about.textContent).to.contain(lang === 'en' ? 'all 193 projects or for the 122' : '全部193个项目还是122个');
      expect(root(el).querySelectorAll('[part~="notes"] p, [part~="notes"] li').length).to.be.at.most(2);
      if (lang === 'en') expect(shadowText(el)).to.not.match(/[\u4e00-\u9fff]/);
    }
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

  it('makes one point: the title gives the range of the money, the takeaway its leader, and neither a count', async () => {
    const el = await mount();
    const title = root(el).querySelector('[part~="title"]')!.textContent!;
    const takeaway = root(el).querySelector('[part~="takeaway"]')!.textContent!;
    expect(title).to.equal('文中4项投资从10亿元到超1300亿元不等');
    expect(takeaway).to.equal('投资额居首的是中山十大现代主题产业园（2024年预计）。');
    for (const count of ['426', '193', '13']) expect(title + takeaway, count).to.not.match(new RegExp(`(^|\\D)${count}(\\D|$)`));
    const en = await mount('lang="en"');
    expect(root(en).querySelector('[part~="takeaway"]')!.textContent).to.match(/^The largest is .+\.$/);
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
    const bars = barsIn(el);
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
    // 4 money bars, 3 counts of dots, the 122 among the 193, and 2 key numbers.
    expect(root(el).querySelectorAll('[data-mark]').length).to.equal(4 + 3 + 1 + 2);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('5年内实现30倍的跃升');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });
});
