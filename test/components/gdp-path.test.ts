import { aTimeout, expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/gdp-path/gdp-path.js';
import type { GdpPath, GdpPathScenarioDetail } from '../../src/components/gdp-path/gdp-path.component.js';
import { figureById } from '../../src/data/dataset.js';
import 'axe-core/axe.min.js';
import { openTable } from './open-table.js';
import { FRAME_INSET } from '../../src/layout/scale.js';
import { mountIn } from '../helpers/mount.js';

declare const axe: typeof import('axe-core');

const BASE = 4022.5;
const TARGET = 10000;
/** The plan's rate, the default: doubling in ten years. */
const PLAN_RATE = Math.pow(2, 1 / 10) - 1;
const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
/** The vertices of an SVG path "M x,y L x,y …". */
const vertices = (d: string) => d.slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);

const shadow = (el: GdpPath) => el.shadowRoot!;
const text = (el: GdpPath, selector = ':host *') =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent).join(' ').replace(/\s+/g, ' ');
const part = (el: GdpPath, name: string) => shadow(el).querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const mount = (template: ReturnType<typeof html>, width = 640) => mountIn<GdpPath>(width, template);

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

  it('draws the plan by default: doubling in ten years, each 1000亿 step marked in the year the path passes it', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const markers = [...shadow(el).querySelectorAll('svg .mark.threshold, svg .mark.target')];
    const years = [2027, 2029, 2031, 2033, 2035, 2037];
    // Each marker stands on its year's projected value, the first at or above its 1000亿 step.
    markers.forEach((m, i) => {
      const value = Number(m.querySelector('.marker')!.getAttribute('data-value'));
      expect(value).to.be.closeTo(BASE * Math.pow(1 + PLAN_RATE, years[i] - 2023), 1e-6);
      expect(value * (1 + 1e-9)).to.be.at.least(5000 + i * 1000);
      const label = m.querySelector('text');
      if (label) expect(Number(label.getAttribute('data-value'))).to.equal(years[i]);
    });
    expect(markers).to.have.length(years.length);
    // The article does not date the 1万亿: the sentence is a condition, not a forecast.
    const scenario = part(el, 'scenario');
    expect(scenario).to.contain('若年均增长7.18%');
    expect(scenario).to.contain('约2033年GDP翻一番');
    expect(scenario).to.contain('约2037年迈入万亿GDP城市行列');
    expect(scenario).to.not.contain('将于');
    expect(part(el, 'title')).to.equal('江门：十年左右GDP翻一番，万亿还要再走几年');
  });

  it('reaches twice the base in `years` on its default path (the plan’s rate, derived)', async () => {
    for (const years of [10, 8]) {
      const el = await mount(html`<gdp-path years=${years}></gdp-path>`);
      await openTable(el);
      const flat = (r: Element) => r.textContent!.replace(/\s+/g, '');
      const row = [...shadow(el).querySelectorAll('tbody tr')].find((r) => flat(r).includes(`${2023 + years}年`) && flat(r).startsWith('推算GDP'))!;
      expect(Number(row.querySelector('[data-value]')!.getAttribute('data-value'))).to.be.closeTo(2 * BASE, 1e-6);
      // The ring where the path meets the doubling level stands on that year's point of the line.
      const ring = shadow(el).querySelector('svg .marker.doubling')!;
      expect(Number(ring.getAttribute('data-value'))).to.equal(2 * BASE);
      const points = vertices(shadow(el).querySelector('svg path.projection')!.getAttribute('d')!);
      expect(Number(ring.getAttribute('cx'))).to.be.closeTo(points[years][0], 0.5);
      expect(Number(ring.getAttribute('cy'))).to.be.closeTo(points[years][1], 0.5);
    }
  });

  for (const width of [320, 640]) {
    for (const growth of [undefined, '9.6', '12', '5']) {
      it(`labels the doubling where the drawn line crosses it (${width} px, growth ${growth ?? 'default'}; measured in the browser)`, async () => {
        const el = await mount(html`<gdp-path growth=${growth ?? nothing}></gdp-path>`, width);
        const svgRoot = shadow(el).querySelector('svg')!;
        const lineY = Number(svgRoot.querySelector('line.ref.doubling')!.getAttribute('y1'));
        const points = vertices(svgRoot.querySelector('path.projection')!.getAttribute('d')!);
        const i = points.findIndex(([, y]) => y <= lineY + 0.05);
        const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
        const crossing = x0 + ((y0 - lineY) / (y0 - y1)) * (x1 - x0);
        const ring = svgRoot.querySelector('.marker.doubling')!;
        expect(Number(ring.getAttribute('cx'))).to.be.closeTo(crossing, 0.5);
        const labels = [...svgRoot.querySelectorAll<SVGTextElement>('text.ref-label.doubling')];
        expect(labels.length).to.be.greaterThan(0);
        const boxes = labels.map((t) => t.getBBox());
        const box = { x0: Math.min(...boxes.map((b) => b.x)), x1: Math.max(...boxes.map((b) => b.x + b.width)), y0: Math.min(...boxes.map((b) => b.y)), y1: Math.max(...boxes.map((b) => b.y + b.height)) };
        expect(Math.max(box.x0 - crossing, crossing - box.x1, 0), 'label to ring, across').to.be.at.most(14);
        expect(Math.max(box.y0 - lineY, lineY - box.y1, 0), 'label to ring, up or down').to.be.at.most(14);
        // …and names the year the line gets there.
        const rate = growth === undefined ? PLAN_RATE : Number(growth) / 100;
        expect(labels.map((t) => t.textContent).join('')).to.contain(`${2023 + Math.ceil(Math.log(2) / Math.log(1 + rate) - 1e-9)}年`);
      });
    }
  }

  it('draws the doubling level (4022.5 × 2) and the 1万亿 line, named where the path meets them', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const values = [...shadow(el).querySelectorAll('svg .ref-label')].map((n) => Number(n.getAttribute('data-value')));
    expect(new Set(values)).to.deep.equal(new Set([BASE * 2]));
    expect(shadow(el).querySelectorAll('svg line.ref')).to.have.length(2);
    expect(text(el, 'svg .ref-label')).to.contain('8045亿元');
    expect(text(el, 'svg .mark.target text')).to.equal('1万亿元，约2037年');
  });

  it('sets beside the plan, thin and dashed, what 1万亿 by 2033 would take: 9.54% a year, rounded up so it suffices', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const path = shadow(el).querySelector('svg path.comparison')!;
    expect(getComputedStyle(path).strokeDasharray).to.not.equal('none');
    expect(parseFloat(getComputedStyle(path).strokeWidth)).to.be.below(parseFloat(getComputedStyle(shadow(el).querySelector('svg path.projection')!).strokeWidth));
    expect(text(el, 'svg .comparison-label, svg .legend')).to.contain('若要2033年到1万亿元');
    expect(text(el, 'svg .comparison-label, svg .legend')).to.contain('9.54%');
    // 9.53% a year would fall short; 9.54% does not.
    expect(BASE * 1.0953 ** 10).to.be.below(TARGET);
    expect(BASE * 1.0954 ** 10).to.be.at.least(TARGET);
    // Drawn at that rate, the path is the comparison: it is not drawn twice.
    const same = await mount(html`<gdp-path growth="9.54"></gdp-path>`);
    expect(shadow(same).querySelector('svg path.comparison')).to.equal(null);
    expect(part(same, 'scenario')).to.contain('约2033年迈入万亿GDP城市行列');
  });

  it('sets the task beside Dongguan’s from the article’s numbers: 5 steps in ten years, 2021, and Jiangmen’s 6', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    const note = part(el, 'notes');
    expect(figureById('dongguan-decade-years')!.value).to.equal(10);
    expect(note).to.contain(`东莞十年间跨过${figureById('dongguan-gdp-steps')!.value}个千亿元台阶`);
    expect(note).to.contain('2021年成为万亿城市');
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
    for (let year = 2024; year <= 2037; year++) {
      const value = BASE * Math.pow(2, (year - 2023) / 10);
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

  it('marks the ten years’ start and end as derived in the table, and explains them in About the data', async () => {
    const el = await mount(html`<gdp-path></gdp-path>`);
    await openTable(el);
    const row = [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, '')).find((r) => r.startsWith('翻一番目标用时'))!;
    expect(row).to.contain('2023–2033年（推算）');
    expect(row).to.contain('十年左右');
    const about = text(el, '[part~="about"] p');
    expect(about).to.contain('没有说这十年从哪一年算起');
    expect(about).to.contain('加速迈入万亿GDP城市行列');
  });

  for (const lang of ['zh-CN', 'zh-HK', 'en']) {
    it(`keeps the notes under the drawing to at most two lines at 640 px (${lang})`, async () => {
      const el = await mount(html`<gdp-path lang=${lang} interactive></gdp-path>`, 640);
      const notes = [...shadow(el).querySelectorAll('[part~="notes"]')];
      expect(notes.length).to.be.at.most(2);
      let lines = 0;
      for (const note of notes) {
        const range = document.createRange();
        range.selectNodeContents(note);
        lines += new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }
      expect(lines).to.be.at.most(2);
    });

    it(`stays within the height budget with the table closed (${lang})`, async () => {
      const factor = lang === 'en' ? 1.25 : 1;
      for (const [width, budget] of [[320, 1600], [640, 1000]]) {
        const el = await mount(html`<gdp-path lang=${lang} interactive></gdp-path>`, width);
        expect(el.getBoundingClientRect().height, `${width} px`).to.be.at.most(budget * factor);
      }
    });
  }

  for (const growth of [undefined, '9.6', '12', '15', '3']) {
    it(`never lets two year labels touch at 320 px (growth ${growth ?? 'default'}; measured in the browser)`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const el = await mount(html`<gdp-path lang=${lang} growth=${growth ?? nothing}></gdp-path>`, 320);
        const years = [...shadow(el).querySelectorAll<SVGTextElement>('svg text')].filter((t) => /20\d\d/.test(t.textContent!)).map((t) => ({ t: t.textContent, b: t.getBBox() }));
        expect(years.length).to.be.greaterThan(3);
        for (let i = 0; i < years.length; i++) {
          for (let j = i + 1; j < years.length; j++) {
            const [a, b] = [years[i].b, years[j].b];
            const apart = a.x + a.width + 4 <= b.x || b.x + b.width + 4 <= a.x || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
            expect(apart, `${lang}: “${years[i].t}” and “${years[j].t}”`).to.equal(true);
          }
        }
      }
    });
  }

  it('has a labelled slider whose moves change the sentence and fire gba-scenario-change', async () => {
    const el = await mount(html`<gdp-path interactive></gdp-path>`);
    const slider = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    const label = shadow(el).querySelector(`label[for="${slider.id}"]`)!;
    expect(label.textContent!.trim()).to.not.equal('');
    expect(slider.step).to.equal('0.1');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('2033');
    // The slider starts at the plan's rate.
    expect(Number(slider.value)).to.be.closeTo(PLAN_RATE * 100, 0.05);
    const events: CustomEvent<GdpPathScenarioDetail>[] = [];
    document.addEventListener('gba-scenario-change', (e) => events.push(e), { once: true });
    slider.value = '7';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ growth: 7, yearReached: 2037 });
    expect(events[0].composed).to.equal(true);
    const sentence = shadow(el).querySelector('[aria-live="polite"]')!.textContent!;
    expect(sentence).to.contain('若年均增长7.0%');
    expect(sentence).to.contain('约2037年');
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
    expect(tip()).to.contain('2027年跨过5000亿元');
    await press('ArrowRight');
    expect(tip()).to.contain('2029年跨过6000亿元');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(tip()).to.contain('2033年跨过8000亿元');
    await press('ArrowRight');
    expect(tip()).to.contain('约2033年翻一番：8045亿元');
    await press('End');
    expect(tip()).to.contain('2037年达到1万亿元');
    await press('ArrowLeft');
    expect(tip()).to.contain('2035年跨过9000亿元');
    await press('Escape');
    expect(shadow(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('speaks English: billions on the axis, derived rates, the 2037 sentence at 7%', async () => {
    const el = await mount(html`<gdp-path lang="en" growth="7"></gdp-path>`);
    expect(part(el, 'title')).to.equal('Jiangmen plans to double GDP in about ten years; 1 trillion yuan takes longer');
    expect(text(el, 'svg text')).to.contain('2023: 402.25 billion yuan');
    expect(part(el, 'takeaway')).to.contain('derived');
    expect(text(el, 'svg text')).to.contain('billion yuan');
    expect(text(el, 'svg text')).to.contain('1,000');
    // 1.07^10 ≈ 1.97: at 7% the doubling comes a year after the plan's 2033.
    expect(part(el, 'scenario')).to.equal('At 7.0% a year, Jiangmen’s GDP would double by about 2034 and pass 1 trillion yuan by about 2037.');
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
      // The figure keeps its inner padding on both sides.
      expect(width).to.equal(320 - 2 * FRAME_INSET);
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
    expect(part(el, 'scenario')).to.contain('约2037年迈入万亿GDP城市行列');
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
    expect([...shadow(el).querySelectorAll('svg .mark.threshold text, svg .mark.target text')].map((t) => Number(t.getAttribute('data-value')))).to.deep.equal(years);
    // Doubling and reaching the target are one path here: no comparison is drawn.
    expect(shadow(el).querySelector('svg path.comparison')).to.equal(null);
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
