import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/gdp-path/gdp-path.js';
import type { GdpPath, GdpPathScenarioDetail } from '../../src/components/gdp-path/gdp-path.component.js';
import { figureById } from '../../src/data/dataset.js';
import 'axe-core/axe.min.js';
import { openTable } from './open-table.js';

declare const axe: typeof import('axe-core');

const BASE = 4022.5;
const TARGET = 10000;
const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

const shadow = (el: GdpPath) => el.shadowRoot!;
const text = (el: GdpPath, selector = ':host *') =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent).join(' ').replace(/\s+/g, ' ');
const part = (el: GdpPath, name: string) => shadow(el).querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts the widget in a box `width` px wide and waits until it has measured it. */
async function mount(template: ReturnType<typeof html>, width = 640): Promise<GdpPath> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.firstElementChild as GdpPath;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('<gdp-path>', () => {
  it('draws the 2023 actual point and annotates it “2023年：4022.5亿元”', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const point = shadow(el).querySelector('svg .marker.actual')!;
    expect(Number(point.getAttribute('data-value'))).to.equal(BASE);
    expect(text(el, 'svg text')).to.contain('2023年：4022.5亿元');
  });

  it('states the two derived rates, 7.2% to double and 9.5% to reach 1万亿 in ten years, marked 推算', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const takeaway = part(el, 'takeaway');
    expect(takeaway).to.contain(percent(Math.pow(2, 1 / 10) - 1));
    expect(takeaway).to.contain(percent(Math.pow(TARGET / BASE, 1 / 10) - 1));
    expect(takeaway).to.contain('推算');
  });

  it('labels each 1000亿 marker with the year it is crossed at the default rate', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const markers = [...shadow(el).querySelectorAll('svg .mark.threshold, svg .mark.target')];
    const years = [2026, 2028, 2030, 2031, 2032, 2033];
    expect(markers.map((m) => m.querySelector('text')?.textContent)).to.deep.equal(years.map(String));
    // Each marker stands on its year's projected value, the first at or above its 1000亿 step.
    markers.forEach((m, i) => {
      const value = Number(m.querySelector('.marker')!.getAttribute('data-value'));
      expect(value).to.be.closeTo(BASE * Math.pow(TARGET / BASE, (years[i] - 2023) / 10), 1e-6);
      expect(value * (1 + 1e-9)).to.be.at.least(5000 + i * 1000);
    });
    expect(part(el, 'scenario')).to.contain('2033年迈入万亿GDP城市');
  });

  it('draws the doubling level (4022.5 × 2) and the 1万亿 line', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const values = [...shadow(el).querySelectorAll('svg .ref-label')].map((n) => Number(n.getAttribute('data-value')));
    expect(values).to.have.members([BASE * 2, TARGET]);
    expect(shadow(el).querySelectorAll('svg line.ref')).to.have.length(2);
    expect(text(el, 'svg .ref-label')).to.contain('8045亿元');
  });

  it('sets the task beside Dongguan’s from the article’s numbers: 5 steps in ten years, 2021, and Jiangmen’s 6', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const note = part(el, 'notes');
    expect(note).to.contain(`东莞${figureById('dongguan-decade-years')!.value}年间跨过${figureById('dongguan-gdp-steps')!.value}个千亿元台阶`);
    expect(note).to.contain('2021年');
    // 5000, 6000 … 10000: the thousands above 4022.5 up to the target.
    expect(note).to.contain(`江门要跨过${Math.floor(TARGET / 1000) - Math.floor(BASE / 1000)}个`);
  });

  it('builds its default from the dataset’s figures and names them in the table', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    await openTable(el);
    const figures = [...shadow(el).querySelectorAll('table [data-figure]')].map((c) => c.getAttribute('data-figure'));
    for (const id of ['jiangmen-gdp-2023', 'trillion-gdp-threshold', 'jiangmen-gdp-doubling-years', 'dongguan-gdp-steps', 'dongguan-decade-years']) {
      expect(figures, id).to.include(id);
    }
    expect(figureById('jiangmen-gdp-2023')!.value).to.equal(BASE);
  });

  it('lists every drawn number in the table and marks each projected year as derived', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    await openTable(el);
    const tabled = new Set([...shadow(el).querySelectorAll('table [data-value]')].map((c) => Number(c.getAttribute('data-value'))));
    for (const mark of shadow(el).querySelectorAll('svg [data-value]')) expect(tabled.has(Number(mark.getAttribute('data-value'))), mark.outerHTML).to.equal(true);
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ''));
    for (let year = 2024; year <= 2033; year++) {
      const value = BASE * Math.pow(TARGET / BASE, (year - 2023) / 10);
      // Chinese writes 10000亿元 as 1万亿元.
      const words = value >= 10000 ? `${+(value / 10000).toFixed(3)}万亿元` : `${value.toFixed(1)}亿元`.replace(/\.0亿/, '亿');
      const row = rows.find((r) => r.startsWith('推算GDP') && r.includes(`${year}年`));
      expect(row, `${year}`).to.contain(words);
      expect(row).to.contain('推算');
    }
  });

  for (const growth of ['0', '-3']) {
    it(`says growth ${growth}% never reaches 1万亿, and writes no NaN into any attribute`, async () => {
      const el = await mount(html`<gdp-path growth=${growth}></gdp-path>`, 320);
      expect(part(el, 'scenario')).to.contain('永远达不到1万亿元');
      expect(shadow(el).querySelector('[part~="message"]')).to.equal(null);
      for (const node of shadow(el).querySelectorAll('*')) {
        for (const attribute of node.attributes) expect(attribute.value, `${node.tagName} ${attribute.name}`).to.not.match(/NaN|Infinity|undefined/);
      }
      expect(shadow(el).querySelectorAll('svg .mark.threshold, svg .mark.target')).to.have.length(0);
    });
  }

  it('says when the target is not within 50 years', async () => {
    const el = await mount(html`<gdp-path growth="1"></gdp-path>`);
    expect(Math.log(TARGET / BASE) / Math.log(1.01)).to.be.above(50);
    expect(part(el, 'scenario')).to.contain('50年内达不到');
  });

  it('has a labelled slider whose moves change the sentence and fire gba-scenario-change', async () => {
    const el = await mount(html`<gdp-path interactive></gdp-path>`);
    const slider = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    const label = shadow(el).querySelector(`label[for="${slider.id}"]`)!;
    expect(label.textContent!.trim()).to.not.equal('');
    expect(slider.step).to.equal('0.1');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('2033');
    const events: CustomEvent<GdpPathScenarioDetail>[] = [];
    document.addEventListener('gba-scenario-change', (e) => events.push(e), { once: true });
    slider.value = '7';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ growth: 7, yearReached: 2037 });
    expect(events[0].composed).to.equal(true);
    const sentence = shadow(el).querySelector('[aria-live="polite"]')!.textContent!;
    expect(sentence).to.contain('按年均增长7.0%');
    expect(sentence).to.contain('2037年');
  });

  for (const [lang, theme] of [['zh-CN', 'light'], ['en', 'dark']]) {
    it(`passes axe with the slider shown (${lang}, ${theme})`, async () => {
      const el = await mount(html`<gdp-path interactive lang=${lang} theme=${theme}></gdp-path>`, 320);
      const results = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).to.deep.equal([]);
    });
  }

  it('reports a slider set to 0 as never reaching the target', async () => {
    const el = await mount(html`<gdp-path interactive></gdp-path>`);
    let detail: GdpPathScenarioDetail | undefined;
    el.addEventListener('gba-scenario-change', (e) => (detail = e.detail));
    const slider = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(detail).to.deep.equal({ growth: 0, yearReached: null });
    expect(part(el, 'scenario')).to.contain('永远达不到');
  });

  it('steps the tooltip through the actual point, each threshold and the target with the arrow keys', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const drawing = shadow(el).querySelector('svg')!;
    const tip = () => shadow(el).querySelector('[part~="tooltip"]')?.textContent ?? '';
    const press = async (key: string) => {
      drawing.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await el.updateComplete;
    };
    drawing.focus();
    await el.updateComplete;
    expect(tip()).to.contain('4022.5亿元');
    await press('ArrowRight');
    expect(tip()).to.contain('2026年跨过5000亿元');
    await press('ArrowRight');
    expect(tip()).to.contain('2028年跨过6000亿元');
    await press('End');
    expect(tip()).to.contain('2033年达到1万亿元');
    await press('ArrowLeft');
    expect(tip()).to.contain('2032年跨过9000亿元');
    await press('Escape');
    expect(shadow(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('speaks English: billions on the axis, derived rates, the 2037 sentence at 7%', async () => {
    const el = await mount(html`<gdp-path lang="en" growth="7"></gdp-path>`);
    expect(part(el, 'title')).to.contain('402.25 billion yuan');
    expect(part(el, 'takeaway')).to.contain('derived');
    expect(text(el, 'svg text')).to.contain('billion yuan');
    expect(text(el, 'svg text')).to.contain('1,000');
    expect(part(el, 'scenario')).to.equal('At 7.0% a year Jiangmen reaches a GDP of 1 trillion yuan in 2037');
    expect(part(el, 'source')).to.contain('Source');
  });

  it('speaks Traditional Chinese for zh-HK, writing 萬億 not 兆', async () => {
    const el = await mount(html`<gdp-path lang="zh-HK"></gdp-path>`);
    const all = text(el);
    expect(all).to.contain('億元');
    expect(all).to.contain('1萬億元');
    expect(all).to.not.contain('兆');
    expect(part(el, 'takeaway')).to.contain('推算');
  });

  it('keeps every label at 320 px ≥ 12 px, unrotated, inside the drawing and clear of the others (measured by the browser)', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount(html`<gdp-path lang=${lang} interactive></gdp-path>`, 320);
      const drawing = shadow(el).querySelector<SVGSVGElement>('svg')!;
      const [, , width, height] = drawing.getAttribute('viewBox')!.split(' ').map(Number);
      expect(width).to.equal(320);
      const texts = [...drawing.querySelectorAll('text')];
      expect(texts.length).to.be.greaterThan(10);
      const boxes = texts.map((t) => ({ t, b: t.getBBox() }));
      for (const { t, b } of boxes) {
        expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
        expect(t.getAttribute('transform') ?? getComputedStyle(t).transform, t.textContent!).to.be.oneOf([null, 'none']);
        expect(b.x, t.textContent!).to.be.at.least(0);
        expect(b.x + b.width, t.textContent!).to.be.at.most(width + 0.5);
        expect(b.y, t.textContent!).to.be.at.least(-0.5);
        expect(b.y + b.height, t.textContent!).to.be.at.most(height + 0.5);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].b, boxes[j].b];
          const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
          expect(apart, `${lang}: “${boxes[i].t.textContent}” and “${boxes[j].t.textContent}” overlap`).to.equal(true);
        }
      }
      expect(shadow(el).querySelector('figure')!.scrollWidth).to.be.at.most(320);
    }
  });

  it('reports nonsense attributes inline and goes on with the defaults', async () => {
    const el = await mount(html`<gdp-path growth="abc" target="-5" years="0"></gdp-path>`);
    const message = part(el, 'message');
    for (const [name, value] of [['growth', 'abc'], ['target', '-5'], ['years', '0']]) expect(message).to.contain(`${name}="${value}"`);
    expect(part(el, 'scenario')).to.contain('2033年迈入万亿GDP城市');
  });

  it('reports a target below the base value and keeps 1万亿', async () => {
    const el = await mount(html`<gdp-path lang="en" target="3000"></gdp-path>`);
    expect(part(el, 'message')).to.contain('target="3000"');
    expect(part(el, 'title')).to.contain('1 trillion yuan');
  });

  it('draws another city from the data property, with its own derived rates', async () => {
    const el = await mount(html`<gdp-path lang="en"></gdp-path>`);
    el.data = { city: { 'zh-Hans': '测试市', en: 'Testville' }, baseYear: 2020, baseValue: 1500, target: 3000, years: 8 };
    await el.updateComplete;
    expect(part(el, 'title')).to.contain('Testville');
    // Doubling and reaching the target are the same here: 2^(1/8) − 1.
    expect(part(el, 'takeaway')).to.contain(percent(Math.pow(2, 1 / 8) - 1));
    // 1500 × 2^(n/8) first reaches 2000 and 3000 in these years.
    const years = [2000, 3000].map((level) => 2020 + Math.ceil((8 * Math.log2(level / 1500)) - 1e-9));
    expect(years).to.deep.equal([2024, 2028]);
    expect([...shadow(el).querySelectorAll('svg .mark.threshold text, svg .mark.target text')].map((t) => Number(t.textContent))).to.deep.equal(years);
    expect(part(el, 'notes')).to.not.contain('Dongguan');
  });

  it('refuses data whose target is below its base, naming the field', async () => {
    const el = await mount(html`<gdp-path lang="en"></gdp-path>`);
    el.data = { city: { 'zh-Hans': '测试市', en: 'Testville' }, baseYear: 2020, baseValue: 1500, target: 1000, years: 8 };
    await el.updateComplete;
    await aTimeout(0);
    expect(part(el, 'message')).to.contain('data.target');
    expect(el.hasError).to.equal(true);
  });
});
