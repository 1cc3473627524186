import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/innovation-pipeline/innovation-pipeline.js';
import type { InnovationPipeline, InnovationPipelineData } from '../../src/components/innovation-pipeline/innovation-pipeline.component.js';
import { dataset, figureById } from '../../src/data/dataset.js';
import { openTable } from './open-table.js';

const JIANGHAI = dataset.figures.filter((f) => f.id.startsWith('jianghai-'));
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const svgTexts = (el: Element) => [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent!.trim());

/** Mounts the widget in a box `width` px wide and waits for the render at that width. */
async function mount(width: number, attributes: { lang?: string; theme?: string } = {}): Promise<InnovationPipeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><innovation-pipeline lang=${attributes.lang ?? 'zh-CN'} theme=${attributes.theme ?? 'light'}></innovation-pipeline></div>`);
  const el = box.querySelector('innovation-pipeline')!;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

/** The drawn bar of the item whose value label reads `label`. */
function barWidth(el: Element, label: string): number {
  const value = [...el.shadowRoot!.querySelectorAll('svg text.value')].find((t) => t.textContent!.trim() === label)!;
  return Number(value.closest('g')!.querySelector('rect.bar')!.getAttribute('width'));
}

describe('<innovation-pipeline>', () => {
  it('draws every Jianghai figure of the dataset and lists each in the table with its value and id', async () => {
    expect(JIANGHAI.length).to.equal(27);
    const el = await mount(640);
    await openTable(el);
    const drawn = new Set([...el.shadowRoot!.querySelectorAll('svg [data-value]')].map((n) => Number(n.getAttribute('data-value'))));
    for (const figure of JIANGHAI) {
      const cell = el.shadowRoot!.querySelector(`table [data-figure="${figure.id}"]`);
      expect(cell, figure.id).to.not.equal(null);
      expect(Number(cell!.getAttribute('data-value')), figure.id).to.equal(figure.value);
      expect(drawn.has(figure.value), `${figure.id} (${figure.value}) is not drawn`).to.equal(true);
    }
  });

  it('keeps the article’s hedges in sight: 超300家, 超200家, 约40家, 超85%', async () => {
    const zh = svgTexts(await mount(320));
    for (const hedged of ['超300家', '超200家', '约40家', '超85%']) expect(zh, hedged).to.include(hedged);
    const en = svgTexts(await mount(320, { lang: 'en' }));
    for (const hedged of ['over 300', 'over 200', 'about 40', 'over 85%']) expect(en, hedged).to.include(hedged);
  });

  it('states the change from 519 to 705 high-tech firms as derived, in the takeaway and the table', async () => {
    const el = await mount(640);
    await openTable(el);
    const takeaway = el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent!;
    const percent = `+${(((705 - 519) / 519) * 100).toFixed(1)}%`;
    expect(takeaway).to.contain('519家').and.contain('705家').and.contain(`+${705 - 519}家`).and.contain(percent).and.contain('推算');
    expect(takeaway).to.contain('超300家').and.contain('超200家').and.contain('约40家');
    const derived = [...el.shadowRoot!.querySelectorAll('table tr')].find((tr) => tr.textContent!.includes('推算'))!;
    expect(Number(derived.querySelector('[data-value]')!.getAttribute('data-value'))).to.equal(705 - 519);
  });

  it('says under the chart that the stages are categories, not one tracked cohort', async () => {
    for (const [lang, words] of [['zh-CN', ['同一批企业', '40', '300']], ['en', ['tracked', '40', '300']]] as const) {
      const notes = [...(await mount(640, { lang })).shadowRoot!.querySelectorAll('[part~="notes"]')].map((n) => n.textContent!);
      const cohort = notes.find((n) => n.includes(words[0]));
      expect(cohort, lang).to.not.equal(undefined);
      for (const word of words) expect(cohort).to.contain(word);
    }
  });

  for (const width of [320, 1280]) {
    it(`at ${width} px draws firm counts of all stages on one scale, and platforms on another`, async () => {
      const el = await mount(width);
      const of705 = barWidth(el, '705家');
      expect(barWidth(el, '约40家') / of705).to.be.closeTo(40 / 705, 0.005);
      expect(barWidth(el, '超300家') / of705).to.be.closeTo(300 / 705, 0.005);
      // On one scale with the firms, the 80 engineering centres would be 80/705 of the 705 bar.
      expect(barWidth(el, '80家') / of705).to.be.greaterThan(0.5);
      expect(barWidth(el, '30家') / barWidth(el, '80家')).to.be.closeTo(30 / 80, 0.005);
    });
  }

  it('runs top to bottom on a phone and left to right on a wide screen', async () => {
    const stepX = (el: Element) => [...el.shadowRoot!.querySelectorAll('.step circle')].map((c) => Number(c.getAttribute('cx')));
    const phone = stepX(await mount(320));
    expect(phone).to.have.length(4);
    expect(new Set(phone).size).to.equal(1);
    const wide = stepX(await mount(1280));
    expect(wide).to.deep.equal([...wide].sort((a, b) => a - b));
    expect(new Set(wide).size).to.equal(4);
  });

  for (const lang of ['zh-CN', 'zh-HK', 'en']) {
    it(`at 320 px in ${lang} every text is 12 px or more, inside the widget and clear of every other`, async () => {
      const el = await mount(320, { lang });
      const frame = el.getBoundingClientRect();
      const texts = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => ({ t, r: t.getBoundingClientRect() }));
      for (const { t, r } of texts) {
        expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
        expect(r.left, t.textContent!).to.be.at.least(frame.left - 0.5);
        expect(r.right, t.textContent!).to.be.at.most(frame.right + 0.5);
        expect(t.getAttribute('transform'), 'rotated').to.equal(null);
      }
      // Words inside a bar segment stay inside it.
      for (const { t, r } of texts.filter(({ t }) => t.classList.contains('inside'))) {
        const segment = t.closest('g')!.querySelector('rect.segment')!.getBoundingClientRect();
        expect(r.right, t.textContent!).to.be.at.most(segment.right);
      }
      const outside = texts.filter(({ t }) => !t.classList.contains('inside'));
      for (let i = 0; i < outside.length; i++) {
        for (let j = i + 1; j < outside.length; j++) {
          const [a, b] = [outside[i].r, outside[j].r];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          expect(overlapX > 1 && overlapY > 2, `“${outside[i].t.textContent}” and “${outside[j].t.textContent}”`).to.equal(false);
        }
      }
    });
  }

  it('steps through one mark per figure with the arrow keys; the tooltip stays in the shadow root', async () => {
    const el = await mount(640);
    const marks = new Set([...el.shadowRoot!.querySelectorAll('svg [data-mark]')].map((m) => m.getAttribute('data-mark')));
    expect(marks.size).to.equal(JIANGHAI.length);
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    svgEl.focus();
    await el.updateComplete;
    const tips: string[] = [];
    for (let i = 0; i < JIANGHAI.length; i++) {
      tips.push(el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!);
      svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
    }
    expect(new Set(tips).size).to.equal(JIANGHAI.length);
    expect(tips.some((t) => t.includes('超300家'))).to.equal(true);
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
    expect(document.body.querySelector('.tooltip')).to.equal(null);
  });

  it('draws a developer’s own pipeline from the data property', async () => {
    const el = await mount(640, { lang: 'en' });
    const label = (en: string) => ({ 'zh-Hans': en, en });
    el.data = {
      title: label('Test pipeline'),
      stages: [
        { label: label('Ideas'), measure: 'ideas', groups: [{ items: [{ figure: { value: 50, unit: '项', label: label('Ideas'), date: '2030' } }] }] },
        { label: label('Firms'), measure: 'firms', groups: [{ items: [{ figure: { value: 10, unit: '家', label: label('Firms'), date: '2030', qualifier: 'about' } }] }] },
      ],
      panels: [{ label: label('Rate'), items: [{ figure: { value: 12.5, unit: '%', label: label('Share'), date: '2030' }, form: 'gauge' }] }],
    } satisfies InnovationPipelineData;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Test pipeline');
    expect(svgTexts(el)).to.include.members(['50', 'about 10', '12.5%']);
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.contain('about 10');
  });

  it('names every problem of malformed data in one inline message and throws nothing', async () => {
    const el = await mount(640, { lang: 'en' });
    const firms = figureById('jianghai-incubating-firms')!;
    el.data = {
      title: { 'zh-Hans': '测试', en: 'Test' },
      stages: [
        {
          label: { 'zh-Hans': '阶段', en: 'Stage' },
          measure: 'firms',
          groups: [{ items: [{ figure: firms, form: 'gauge' }, { figure: { ...firms, value: 10 }, parts: [{ ...firms, value: 8 }, { ...firms, value: 7 }] }] }],
        },
      ],
    } as InnovationPipelineData;
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('data.stages[0].groups[0].items[0].figure.unit');
    expect(message).to.contain('data.stages[0].groups[0].items[1].parts');
    expect(el.hasError).to.equal(true);
  });

  it('refuses bars of unlike units on one scale', async () => {
    const el = await mount(640, { lang: 'en' });
    el.data = {
      title: { 'zh-Hans': '测试', en: 'Test' },
      stages: [{ label: { 'zh-Hans': '阶段', en: 'Stage' }, measure: 'firms', groups: [{ items: [{ figure: figureById('jianghai-hightech-firms-2023')! }, { figure: figureById('jianghai-hightech-output')! }] }] }],
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain('data.stages[0].groups[0].items[1].figure.unit');
  });
});
