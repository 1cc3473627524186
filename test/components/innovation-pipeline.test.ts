import { expect, html } from '@open-wc/testing';
import '../../src/components/innovation-pipeline/innovation-pipeline.js';
import type { InnovationPipeline, InnovationPipelineData } from '../../src/components/innovation-pipeline/innovation-pipeline.component.js';
import { dataset, figureById } from '../../src/data/dataset.js';
import { mountIn } from '../helpers/mount.js';
import { openTable } from './open-table.js';

const JIANGHAI = dataset.figures.filter((f) => f.id.startsWith('jianghai-'));
const svgTexts = (el: Element) => [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent!.trim());
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

/** Mounts the widget in a box `width` px wide and waits for the render at that width. */
const mount = (width: number, attributes: { lang?: string; theme?: string; detail?: string } = {}) =>
  mountIn<InnovationPipeline>(
    width,
    html`<innovation-pipeline lang=${attributes.lang ?? 'zh-CN'} theme=${attributes.theme ?? 'light'} detail=${attributes.detail ?? ''}></innovation-pipeline>`,
  );

/** Every drawn bar with the number it stands for and its width on screen. */
const bars = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<SVGRectElement>('svg rect.bar')].map((rect) => ({ rect, value: Number(rect.dataset.value), box: rect.getBoundingClientRect() }));

describe('<innovation-pipeline>', () => {
  it('lists every Jianghai figure of the dataset in its table with its value and id, by default and with detail="all"', async () => {
    expect(JIANGHAI.length).to.equal(27);
    for (const detail of ['', 'all']) {
      const el = await mount(640, { detail });
      await openTable(el);
      for (const figure of JIANGHAI) {
        const cell = el.shadowRoot!.querySelector(`table [data-figure="${figure.id}"]`);
        expect(cell, figure.id).to.not.equal(null);
        expect(Number(cell!.getAttribute('data-value')), figure.id).to.equal(figure.value);
      }
    }
  });

  it('with detail="all" draws every Jianghai figure; by default the headline and the counts of incubation only', async () => {
    const drawnValues = (el: Element) => new Set([...el.shadowRoot!.querySelectorAll('svg [data-value]')].map((n) => Number(n.getAttribute('data-value'))));
    const all = drawnValues(await mount(640, { detail: 'all' }));
    for (const figure of JIANGHAI) expect(all.has(figure.value), `${figure.id} (${figure.value}) is not drawn`).to.equal(true);
    const drawn = bars(await mount(640)).map((b) => b.value);
    expect(drawn).to.deep.equal([519, 705, 300, 200, 106, 40, 10, 9]);
  });

  for (const width of [320, 640, 1280]) {
    for (const detail of ['', 'all']) {
      it(`at ${width} px${detail ? ' with detail="all"' : ''} draws every bar on one scale: a smaller value never has the longer bar`, async () => {
        const drawn = bars(await mount(width, { detail }));
        expect(drawn.length).to.be.at.least(8);
        for (const a of drawn) {
          for (const b of drawn) {
            if (a.value < b.value) expect(a.box.width, `${a.value} vs ${b.value}`).to.be.lessThan(b.box.width);
          }
        }
      });

      it(`at ${width} px${detail ? ' with detail="all"' : ''} gives equal units one scale: every bar is the same pixels per 家, from one zero line`, async () => {
        const drawn = bars(await mount(width, { detail }));
        const perUnit = drawn.find((b) => b.value === 705)!.box.width / 705;
        for (const b of drawn) expect(b.box.width, `${b.value}`).to.be.closeTo(b.value * perUnit, 1);
        const left = drawn[0].box.left;
        for (const b of drawn) expect(b.box.left, `${b.value}`).to.be.closeTo(left, 0.5);
      });
    }
  }

  it('draws no growth rate (nor any percentage) on a 0–100 scale: 63% is written, never a bar or a gauge', async () => {
    const el = await mount(640, { detail: 'all' });
    const percents = JIANGHAI.filter((f) => f.unit === '%').map((f) => f.value);
    for (const node of el.shadowRoot!.querySelectorAll('svg [data-value]')) {
      if (percents.includes(Number(node.getAttribute('data-value')))) expect(node.tagName.toLowerCase(), node.textContent!).to.equal('text');
    }
    expect(svgTexts(el)).to.include('63%');
    expect(svgTexts(el).some((t) => t === '100%' || t === '0%'), 'a 0–100% axis').to.equal(false);
    // Every bar counts 家, the headline's unit.
    const units = new Set(bars(el).map((b) => JIANGHAI.find((f) => f.value === b.value && f.unit === '家')?.unit));
    expect([...units]).to.deep.equal(['家']);
  });

  it('paints the accent on the story’s figure alone (705 in 2023); every other bar is one context grey', async () => {
    const el = await mount(640, { detail: 'all' });
    const fills = bars(el).map((b) => ({ value: b.value, fill: getComputedStyle(b.rect).fill }));
    const accent = fills.find((f) => f.value === 705)!.fill;
    expect(fills.filter((f) => f.fill === accent).map((f) => f.value)).to.deep.equal([705]);
    expect(new Set(fills.filter((f) => f.value !== 705).map((f) => f.fill)).size).to.equal(1);
  });

  it('draws no flow: no arrows, no numbered steps, and says in “About the data” that the counts are not one cohort', async () => {
    for (const [lang, words] of [['zh-CN', ['同一批企业', '40', '300']], ['en', ['one group of firms', '40', '300']]] as const) {
      const el = await mount(640, { lang });
      expect(el.shadowRoot!.querySelectorAll('svg polygon, svg .arrow, svg .step, svg marker')).to.have.length(0);
      const about = [...el.shadowRoot!.querySelectorAll('[part~="about"] p')].map((p) => p.textContent!);
      const cohort = about.find((p) => p.includes(words[0]));
      expect(cohort, lang).to.not.equal(undefined);
      for (const word of words) expect(cohort).to.contain(word);
      expect(el.shadowRoot!.querySelectorAll('[part~="notes"]').length, 'at most two lines of notes').to.be.at.most(1);
    }
  });

  it('keeps the article’s hedges in sight: 超300家, 超200家, 约40家 (超85% with detail="all")', async () => {
    const zh = svgTexts(await mount(320, { detail: 'all' }));
    for (const hedged of ['超300家', '超200家', '约40家', '超85%']) expect(zh, hedged).to.include(hedged);
    const en = svgTexts(await mount(320, { lang: 'en' }));
    for (const hedged of ['over 300', 'over 200', 'about 40']) expect(en, hedged).to.include(hedged);
    expect(en).to.not.include('over 85%');
  });

  it('states the finding in the title and the change from 519 to 705 as derived, in the takeaway, drawing and table', async () => {
    const el = await mount(640);
    await openTable(el);
    expect(part(el, 'title').textContent).to.contain('519家').and.contain('705家');
    const percent = `+${(((705 - 519) / 519) * 100).toFixed(1)}%`;
    expect(part(el, 'takeaway').textContent).to.contain(`${705 - 519}家`).and.contain(percent).and.contain('推算').and.match(/。$/);
    expect(svgTexts(el)).to.include(`+${705 - 519}家（推算）`);
    const derived = [...el.shadowRoot!.querySelectorAll('table tr')].find((tr) => tr.textContent!.includes('推算'))!;
    expect(Number(derived.querySelector('[data-value]')!.getAttribute('data-value'))).to.equal(705 - 519);
    const en = await mount(640, { lang: 'en' });
    expect(part(en, 'title').textContent).to.equal('Jianghai’s high-tech firms: from 519 to 705 in two years');
    expect(part(en, 'takeaway').textContent).to.contain('186').and.contain('derived').and.match(/\.$/);
  });

  for (const [lang, width, max] of [['zh-CN', 320, 900], ['en', 320, 1125], ['zh-CN', 640, 700], ['en', 640, 875]] as const) {
    it(`is at most ${max} px tall at ${width} px in ${lang} (table closed)`, async () => {
      const el = await mount(width, { lang });
      expect(el.getBoundingClientRect().height).to.be.at.most(max);
    });
  }

  for (const lang of ['zh-CN', 'zh-HK', 'en']) {
    it(`at 320 px in ${lang} every text is 12 px or more, inside the widget and clear of every other`, async () => {
      const el = await mount(320, { lang, detail: 'all' });
      const frame = el.getBoundingClientRect();
      const texts = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => ({ t, r: t.getBoundingClientRect() }));
      for (const { t, r } of texts) {
        expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
        expect(r.left, t.textContent!).to.be.at.least(frame.left - 0.5);
        expect(r.right, t.textContent!).to.be.at.most(frame.right + 0.5);
        expect(t.getAttribute('transform'), 'rotated').to.equal(null);
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i].r, texts[j].r];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          expect(overlapX > 1 && overlapY > 2, `“${texts[i].t.textContent}” and “${texts[j].t.textContent}”`).to.equal(false);
        }
      }
    });
  }

  for (const detail of ['', 'all']) {
    it(`steps through one mark per drawn figure with the arrow keys${detail ? ' (detail="all")' : ''}; the tooltip stays in the shadow root`, async () => {
      const el = await mount(640, { detail });
      const count = detail ? JIANGHAI.length : 8;
      const marks = new Set([...el.shadowRoot!.querySelectorAll('svg [data-mark]')].map((m) => m.getAttribute('data-mark')));
      expect(marks.size).to.equal(count);
      const svgEl = el.shadowRoot!.querySelector('svg')!;
      svgEl.focus();
      await el.updateComplete;
      const tips: string[] = [];
      for (let i = 0; i < count; i++) {
        tips.push(part(el, 'tooltip').textContent!);
        svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await el.updateComplete;
      }
      expect(new Set(tips).size).to.equal(count);
      expect(tips.some((t) => t.includes('超300家'))).to.equal(true);
      svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
      expect(document.body.querySelector('.tooltip')).to.equal(null);
    });
  }

  it('names an unknown detail in an inline message and draws the default', async () => {
    const el = await mount(640, { lang: 'en', detail: 'everything' });
    expect(part(el, 'message').textContent).to.contain('detail="everything"');
    expect(bars(el)).to.have.length(8);
  });

  it('draws a developer’s own figures from the data property', async () => {
    const el = await mount(640, { lang: 'en' });
    const label = (en: string) => ({ 'zh-Hans': en, en });
    const firms = (value: number, name: string, date: string, qualifier?: 'about') => ({ figure: { value, unit: '家' as const, label: label(name), date, qualifier } });
    el.data = {
      title: label('Test firms'),
      headline: { label: label('Firms'), items: [firms(50, '2028', '2028'), firms(65, '2030', '2030')] },
      counts: [{ label: label('Context'), items: [firms(10, 'Fostered', '2030', 'about')] }],
      numbers: [{ label: label('Rate'), items: [{ figure: { value: 12.5, unit: '%', label: label('Share'), date: '2030' } }] }],
    } satisfies InnovationPipelineData;
    await el.updateComplete;
    expect(part(el, 'title').textContent).to.equal('Test firms');
    expect(svgTexts(el)).to.include.members(['50', '65', 'about 10', '12.5%', '+15 (derived)']);
    expect(part(el, 'takeaway').textContent).to.contain('15');
  });

  it('names every problem of malformed data in one inline message and throws nothing', async () => {
    const el = await mount(640, { lang: 'en' });
    const firms = figureById('jianghai-incubating-firms')!;
    el.data = {
      title: { 'zh-Hans': '测试', en: 'Test' },
      headline: { label: { 'zh-Hans': '企业', en: 'Firms' }, items: [{ figure: { ...firms, value: -3 } }] },
      counts: [{ label: 'no label', items: [] }],
    } as unknown as InnovationPipelineData;
    await el.updateComplete;
    const message = part(el, 'message').textContent!;
    expect(message).to.contain('data.headline.items[0].figure.value');
    expect(message).to.contain('data.counts[0].label');
    expect(message).to.contain('data.counts[0].items');
    expect(el.hasError).to.equal(true);
  });

  it('refuses bars of another unit on the headline’s scale', async () => {
    const el = await mount(640, { lang: 'en' });
    el.data = {
      title: { 'zh-Hans': '测试', en: 'Test' },
      headline: { label: { 'zh-Hans': '企业', en: 'Firms' }, items: [{ figure: figureById('jianghai-hightech-firms-2023')! }] },
      counts: [{ label: { 'zh-Hans': '成果', en: 'Results' }, items: [{ figure: figureById('jianghai-ucas-results')! }] }],
    };
    await el.updateComplete;
    expect(part(el, 'message').textContent).to.contain('data.counts[0].items[0].figure.unit');
  });
});
