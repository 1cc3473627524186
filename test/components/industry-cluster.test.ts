import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/industry-cluster/industry-cluster.js';
import type { IndustryCluster, IndustryClusterData } from '../../src/components/industry-cluster/industry-cluster.component.js';
import { dataset } from '../../src/data/dataset.js';
import { openTable } from './open-table.js';

const shadow = (el: Element) => el.shadowRoot!;
const markLabels = (el: Element) => [...shadow(el).querySelectorAll('svg .mark text')].map((t) => t.textContent!.trim());
const headings = (el: Element) => [...shadow(el).querySelectorAll('svg .heading, svg .subheading')].map((t) => t.textContent!.trim()).join(' | ');
const message = (el: Element) => shadow(el).querySelector('[part~="message"]')?.textContent ?? '';
const tooltip = (el: Element) => shadow(el).querySelector('[part~="tooltip"]')?.textContent ?? '';
const industry = (zh: string) => dataset.industries.find((i) => i.name['zh-Hans'] === zh)!;

/** Mounts the widget in a box of `width` px and waits for the size observer's re-render. */
async function mount(template: ReturnType<typeof html>, width = 640): Promise<IndustryCluster> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.firstElementChild as IndustryCluster;
  // The size observer reports after a frame and re-renders in the next one.
  for (let frame = 0; frame < 10 && shadow(el).querySelector('svg')?.getAttribute('width') !== String(width); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  return el;
}

/** Zhongshan's manufacturing base as the Zhongshan piece counts it, and how each number reads in zh-CN and en. */
const ZHONGSHAN_FACTS = [
  { id: 'zhongshan-national-industrial-bases', zh: '38个', en: '38', words: '国家级产业基地' },
  { id: 'zhongshan-provincial-specialised-towns', zh: '18个', en: '18', words: '省级专业镇' },
  { id: 'zhongshan-cluster-alliance-standards', zh: '18项', en: '18', words: '产业集群联盟标准' },
  { id: 'zhongshan-three-products-pilot-batch', zh: '首批', en: '1st', words: '国家消费品工业“三品”战略试点示范城市' },
  { id: 'shenzhen-firms-in-zhongshan-digital-pool', zh: '20家', en: '20', words: '深圳企业入选数字化智能化供给生态资源池' },
];
const factValues = (el: Element) => [...shadow(el).querySelectorAll<SVGTextElement>('svg .fact-value')];
const factWords = (el: Element) => [...shadow(el).querySelectorAll<SVGTextElement>('svg .fact-text')].map((t) => t.textContent!.trim());

/** The mark whose label reads `name` (lines joined). */
const markNamed = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll<SVGGElement>('svg .mark')].filter((g) => g.querySelector('text')!.textContent!.trim() === name);

describe('<industry-cluster>', () => {
  it('draws each industry both cities pursue once, inside the middle column', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`, 1280);
    const band = shadow(el).querySelector<SVGRectElement>('svg rect.band')!.getBBox();
    // 低空经济: Jiangmen's new track and Zhongshan's 协同发展; 人工智能: Jiangmen's future industry and Zhongshan's;
    // 新能源: one of the Shenzhen–Jiangmen zone's six fields and Zhongshan's.
    for (const name of ['低空经济', '人工智能', '新能源']) {
      const marks = markNamed(el, name);
      expect(marks, name).to.have.length(1);
      const box = marks[0].getBBox();
      expect(box.x, name).to.be.at.least(band.x);
      expect(box.x + box.width, name).to.be.at.most(band.x + band.width);
      // Two halves: Jiangmen's side and Zhongshan's.
      expect(marks[0].querySelectorAll('path.dot.jiangmen, path.dot.zhongshan'), name).to.have.length(2);
    }
    for (const name of ['硅能源', '健康医药']) {
      const box = markNamed(el, name)[0].getBBox();
      expect(box.x + box.width <= band.x || box.x >= band.x + band.width, name).to.equal(true);
    }
  });

  it('says in the takeaway which industries both cities pursue, counted from the data', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    const takeaway = shadow(el).querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.match(/^江门与中山同时争取/);
    expect(takeaway).to.contain('低空经济');
    const both = dataset.industries.filter((i) => {
      const groups = new Set(i.memberships.map((m) => m.group));
      return (groups.has('jiangmen') || groups.has('shenjiang') || groups.has('jianghai')) && (groups.has('zhongshan') || groups.has('shenzhong'));
    });
    expect(takeaway).to.contain(`${both.length}个产业`);
  });

  it('draws future industries hollow and industries under way filled', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    for (const name of ['合成生物', '氢能源', '深海装备']) expect(markNamed(el, name)[0].querySelector('.dot')!.classList.contains('hollow'), name).to.equal(true);
    for (const name of ['硅能源', '盾构机']) expect(markNamed(el, name)[0].querySelector('.dot')!.classList.contains('filled'), name).to.equal(true);
    // 人工智能: a future industry on Jiangmen's side, developed with Shenzhen on Zhongshan's.
    const ai = markNamed(el, '人工智能')[0];
    expect(ai.querySelector('.dot.jiangmen')!.classList.contains('hollow')).to.equal(true);
    expect(ai.querySelector('.dot.zhongshan')!.classList.contains('filled')).to.equal(true);
  });

  it('shows Jiangmen, its zone and Jianghai for cluster="jiangmen"', async () => {
    const el = await mount(html`<industry-cluster cluster="jiangmen"></industry-cluster>`);
    expect(headings(el)).to.contain('江门一侧');
    expect(headings(el)).to.contain('深江经济合作区');
    expect(headings(el)).to.contain('江海区');
    expect(headings(el)).to.not.contain('中山');
    const labels = markLabels(el);
    for (const name of ['硅能源', '低空经济', '新能源', '先进制造与自动化']) expect(labels, name).to.include(name);
    for (const name of ['健康医药', '金融', '物流']) expect(labels, name).to.not.include(name);
    expect(shadow(el).querySelector('svg rect.band')).to.equal(null);
    expect(shadow(el).querySelector('svg [data-value="85"]')).to.not.equal(null);
  });

  it('shows Zhongshan and its zone for cluster="zhongshan"', async () => {
    const el = await mount(html`<industry-cluster cluster="zhongshan"></industry-cluster>`);
    expect(headings(el)).to.contain('中山一侧');
    expect(headings(el)).to.contain('深中经济合作区');
    expect(headings(el)).to.not.contain('江门');
    const labels = markLabels(el);
    for (const name of ['健康医药', '生物医药', '低空经济', '人工智能', '电子信息']) expect(labels, name).to.include(name);
    for (const name of ['硅能源', '盾构机', '合成生物']) expect(labels, name).to.not.include(name);
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.match(/其中\d+个江门也在争取/);
  });

  it('shows Jianghai’s three fields and the 85% figure for cluster="jianghai"', async () => {
    const el = await mount(html`<industry-cluster cluster="jianghai"></industry-cluster>`);
    await openTable(el);
    const labels = markLabels(el);
    // “超过85%的高企聚集在电子信息、先进制造与自动化、新材料三大技术领域”
    for (const name of ['电子信息', '先进制造与自动化', '新材料']) expect(labels, name).to.include(name);
    for (const name of ['硅能源', '低空经济', '健康医药']) expect(labels, name).to.not.include(name);
    const value = shadow(el).querySelector('svg [data-value]')!;
    expect(value.getAttribute('data-value')).to.equal('85');
    expect(value.textContent).to.contain('85%');
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.contain('85%');
    expect(shadow(el).querySelector('[part~="table"] td[data-value="85"]')).to.not.equal(null);
  });

  it('reports a nonsense cluster and shows all groups', async () => {
    const el = await mount(html`<industry-cluster cluster="shenzhen"></industry-cluster>`);
    expect(message(el)).to.contain('shenzhen');
    expect(message(el)).to.contain('jianghai');
    expect(headings(el)).to.contain('江门一侧');
    expect(headings(el)).to.contain('两市都在争取');
    expect(headings(el)).to.contain('中山一侧');
  });

  for (const width of [320, 1280]) {
    for (const lang of ['zh-CN', 'en']) {
      it(`sets no label on another, none under 12 px and nothing outside, at ${width} px in ${lang}`, async () => {
        const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`, width);
        const svgEl = shadow(el).querySelector('svg')!;
        expect(Number(svgEl.getAttribute('width'))).to.equal(width);
        if (width === 320) expect(shadow(el).querySelectorAll('svg .heading')[1].getBBox().y).to.be.above(shadow(el).querySelectorAll('svg .heading')[0].getBBox().y);
        const texts = [...svgEl.querySelectorAll('text')];
        const boxes = texts.map((t) => ({ box: t.getBBox(), what: t.textContent!.trim() }));
        for (const t of texts) {
          expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
          expect(t.getAttribute('transform')).to.equal(null);
        }
        for (const { box, what } of boxes) {
          expect(box.x, what).to.be.at.least(0);
          expect(box.x + box.width, what).to.be.at.most(width);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].box;
            const b = boxes[j].box;
            const hit = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
            expect(hit, `${boxes[i].what} × ${boxes[j].what}`).to.equal(false);
          }
        }
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
      });
    }
  }

  it('draws Zhongshan’s key numbers, each with its words, and tables each with its value and figure id', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`, 1280);
    await openTable(el);
    const values = factValues(el);
    expect(values.map((v) => v.textContent!.trim())).to.deep.equal(ZHONGSHAN_FACTS.map((f) => f.zh));
    expect(factWords(el)).to.deep.equal(ZHONGSHAN_FACTS.map((f) => f.words));
    expect(shadow(el).querySelector('svg .facts-heading')!.textContent!.trim()).to.equal('中山：关键数字');
    ZHONGSHAN_FACTS.forEach(({ id, zh }, i) => {
      const figure = dataset.figures.find((f) => f.id === id)!;
      expect(Number(values[i].getAttribute('data-value')), id).to.equal(figure.value);
      const cell = shadow(el).querySelector(`[part~="table"] td[data-figure="${id}"]`);
      expect(cell, `${id} has no table cell`).to.not.equal(null);
      expect(Number(cell!.getAttribute('data-value')), id).to.equal(figure.value);
      expect(cell!.textContent, id).to.equal(zh);
      // The row names the number by its full label, on Zhongshan's side.
      const row = cell!.closest('tr')!;
      expect(row.querySelector('th')!.textContent, id).to.equal(figure.label['zh-Hans']);
      expect(row.textContent, id).to.contain('中山一侧');
    });
    // Under Zhongshan's column: right of the middle band, below Zhongshan's marks.
    const band = shadow(el).querySelector<SVGRectElement>('svg rect.band')!.getBBox();
    const lowest = Math.max(...markNamed(el, '文旅').map((m) => m.getBBox().y + m.getBBox().height));
    for (const v of values) {
      const box = v.getBBox();
      expect(box.x).to.be.at.least(band.x + band.width);
      expect(box.y).to.be.above(lowest);
    }
  });

  it('says Zhongshan’s key numbers in English and Traditional Chinese too, first batch as an ordinal', async () => {
    const en = await mount(html`<industry-cluster lang="en"></industry-cluster>`, 320);
    await openTable(en);
    expect(factValues(en).map((v) => v.textContent!.trim())).to.deep.equal(ZHONGSHAN_FACTS.map((f) => f.en));
    expect(factWords(en)[0]).to.equal('national-level industrial bases');
    expect(factWords(en)[3]).to.contain('batch of national “three products”');
    expect(shadow(en).querySelector('svg .facts-heading')!.textContent!.trim()).to.equal('Zhongshan: key numbers');
    expect(shadow(en).querySelector('td[data-figure="zhongshan-three-products-pilot-batch"]')!.textContent).to.equal('1st');
    const hk = await mount(html`<industry-cluster lang="zh-HK"></industry-cluster>`, 320);
    await openTable(hk);
    expect(factValues(hk).map((v) => v.textContent!.trim())).to.deep.equal(['38個', '18個', '18項', '首批', '20家']);
    expect(factWords(hk)[0]).to.equal('國家級產業基地');
  });

  for (const lang of ['zh-CN', 'zh-HK', 'en']) {
    it(`sets Zhongshan’s key numbers on nothing else at 320 px in ${lang} (measured)`, async () => {
      const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`, 320);
      const all = [...shadow(el).querySelectorAll<SVGGraphicsElement>('svg text, svg .dot')];
      const facts = all.filter((t) => t.matches('.fact-value, .fact-text, .facts-heading'));
      expect(facts).to.have.length(2 * ZHONGSHAN_FACTS.length + 1);
      const heading = [...shadow(el).querySelectorAll<SVGTextElement>('svg .heading.zhongshan')][0].getBBox();
      for (const fact of facts) {
        const a = fact.getBBox();
        expect(a.x, fact.textContent!).to.be.at.least(0);
        expect(a.x + a.width, fact.textContent!).to.be.at.most(320);
        expect(a.y, `${fact.textContent} under Zhongshan’s heading`).to.be.above(heading.y);
        expect(parseFloat(getComputedStyle(fact).fontSize)).to.be.at.least(12);
        for (const other of all) {
          if (other === fact) continue;
          const b = other.getBBox();
          const hit = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
          expect(hit, `${fact.textContent} × ${other.textContent}`).to.equal(false);
        }
      }
    });
  }

  it('shows the key numbers in a view of Zhongshan’s side, and not in one of Jiangmen’s or Jianghai’s', async () => {
    const zhongshan = await mount(html`<industry-cluster cluster="zhongshan"></industry-cluster>`);
    await openTable(zhongshan);
    expect(factValues(zhongshan)).to.have.length(ZHONGSHAN_FACTS.length);
    expect(shadow(zhongshan).querySelectorAll('td[data-figure]')).to.have.length(ZHONGSHAN_FACTS.length);
    for (const cluster of ['jiangmen', 'jianghai']) {
      const el = await mount(html`<industry-cluster cluster=${cluster}></industry-cluster>`);
      await openTable(el);
      expect(factValues(el), cluster).to.have.length(0);
      expect(shadow(el).querySelector('svg .facts-heading'), cluster).to.equal(null);
      expect(shadow(el).querySelector('td[data-figure^="zhongshan-"]'), cluster).to.equal(null);
    }
  });

  it('tells screen readers the key numbers', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    const desc = shadow(el).querySelector('svg desc')!.textContent!;
    expect(desc).to.contain('中山的关键数字：38个国家级产业基地、18个省级专业镇');
    expect(desc).to.contain('首批国家消费品工业“三品”战略试点示范城市');
  });

  it('steps through every industry from the keyboard, naming every group and the article’s words', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    const svgEl = shadow(el).querySelector('svg')!;
    expect(svgEl.getAttribute('tabindex')).to.equal('0');
    const marks = shadow(el).querySelectorAll('svg .mark');
    expect(marks).to.have.length(dataset.industries.length);
    const groupName = (id: string) => (dataset.cities.find((c) => c.id === id) ?? dataset.zones.find((z) => z.id === id))!.name['zh-Hans'];
    const seen = new Set<string>();
    svgEl.focus();
    await el.updateComplete;
    for (let i = 0; i < marks.length; i++) {
      if (i > 0) {
        svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await el.updateComplete;
      }
      const tip = tooltip(el);
      const name = marks[i].querySelector('text')!.textContent!.trim();
      const item = industry(name);
      expect(tip, name).to.contain(name);
      for (const m of item.memberships) {
        expect(tip, `${name} ← ${m.group}`).to.contain(groupName(m.group));
        expect(tip, `${name}: ${m.quote}`).to.contain(m.quote);
      }
      seen.add(name);
    }
    expect(seen.size).to.equal(dataset.industries.length);
    // 低空经济 is named by Jiangmen (新赛道) and by Zhongshan (协同发展).
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    const low = [...marks].findIndex((m) => m.querySelector('text')!.textContent!.trim() === '低空经济');
    for (let i = 0; i < low; i++) {
      svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
    }
    expect(tooltip(el)).to.contain('两市都在争取');
    expect(tooltip(el)).to.contain('江门·新赛道');
    expect(tooltip(el)).to.contain('中山');
    expect(tooltip(el)).to.contain('协同发展生物医药、新一代信息技术、新能源、低空经济、人工智能');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('speaks English and Traditional Chinese', async () => {
    const en = await mount(html`<industry-cluster lang="en"></industry-cluster>`);
    expect(shadow(en).querySelector('[part~="title"]')!.textContent).to.equal('Which industries Jiangmen and Zhongshan are chasing');
    expect(shadow(en).querySelector('[part~="takeaway"]')!.textContent).to.match(/^Jiangmen and Zhongshan both pursue \d+ industries/);
    expect(headings(en)).to.contain('Both cities');
    expect(markLabels(en)).to.include('Low-altitude economy');
    expect(shadow(en).querySelector('[part~="source"]')!.textContent).to.contain('Source');
    const hk = await mount(html`<industry-cluster lang="zh-HK"></industry-cluster>`);
    expect(headings(hk)).to.contain('兩市都在爭取');
    expect(markLabels(hk)).to.include('低空經濟');
    expect(shadow(hk).querySelector('[part~="takeaway"]')!.textContent).to.match(/^江門與中山同時爭取/);
  });

  it('lists one row per industry with its groups, stages and side, and the 85% figure with its value', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    await openTable(el);
    const rows = [...shadow(el).querySelectorAll('[part~="table"] tbody tr')];
    // One row per industry, Jianghai's 85%, and Zhongshan's five key numbers.
    expect(rows).to.have.length(dataset.industries.length + 1 + ZHONGSHAN_FACTS.length);
    const row = (name: string) => rows.find((r) => r.querySelector('th')!.textContent === name)!;
    const cells = (name: string) => [...row(name).querySelectorAll('td')].map((c) => c.textContent);
    expect(cells('低空经济')[0]).to.equal('江门、中山');
    expect(cells('低空经济')[1]).to.contain('新赛道');
    expect(cells('低空经济')[2]).to.equal('两市都在争取');
    expect(cells('盾构机')[2]).to.equal('江门一侧');
    expect(cells('健康医药')[2]).to.equal('中山一侧');
    const figure = rows.find((r) => r.querySelector('td[data-value="85"]'));
    expect(figure!.textContent).to.contain('江海区');
    expect(figure!.querySelector('td[data-value="85"]')!.textContent).to.contain('85%');
    const share = dataset.figures.find((f) => f.value === 85 && f.unit === '%')!;
    expect(figure!.querySelector('td[data-value="85"]')!.getAttribute('data-figure')).to.equal(share.id);
  });

  it('draws a developer’s own groups and industries', async () => {
    const data: IndustryClusterData = {
      groups: [
        { id: 'a', name: { 'zh-Hans': '甲市', en: 'City A' }, side: 'jiangmen' },
        { id: 'b', name: { 'zh-Hans': '乙市', en: 'City B' }, side: 'zhongshan' },
      ],
      industries: [
        { id: 'x', name: { 'zh-Hans': '机器人', en: 'Robots' }, memberships: [{ group: 'a', stage: 'new-track', quote: '甲市发展机器人' }, { group: 'b', stage: 'future' }] },
        { id: 'y', name: { 'zh-Hans': '造船', en: 'Shipbuilding' }, memberships: [{ group: 'a', stage: 'strength' }] },
        {
          id: 'z',
          name: { 'zh-Hans': '会展', en: 'Exhibitions' },
          memberships: [{ group: 'b', stage: 'future' }],
          equivalentTo: { industry: 'y', reason: { 'zh-Hans': '测试理由', en: 'a test reason' } },
        },
      ],
    };
    const el = await mount(html`<industry-cluster lang="en" .data=${data}></industry-cluster>`);
    expect(message(el)).to.equal('');
    expect(markLabels(el)).to.deep.equal(['Shipbuilding', 'Robots', 'Exhibitions']);
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.equal('Jiangmen and Zhongshan both pursue just one industry: robots');
    expect(headings(el)).to.contain('City A');
    expect(markNamed(el, 'Exhibitions')[0].querySelector('.dot')!.classList.contains('hollow')).to.equal(true);
    // A recorded equivalence is said, with its reason, but never merges two marks.
    const notes = [...shadow(el).querySelectorAll('[part~="notes"]')].map((n) => n.textContent).join(' ');
    expect(notes).to.contain('Exhibitions may be the same as Shipbuilding: a test reason');
    expect(markNamed(el, 'Shipbuilding')).to.have.length(1);
    // No 85% here: the custom data carries no group figure.
    expect(shadow(el).querySelector('svg [data-value]')).to.equal(null);
  });

  it('draws a developer’s own key numbers under their side, the short words beside and the label in the table', async () => {
    const data: IndustryClusterData = {
      groups: [
        { id: 'a', name: { 'zh-Hans': '甲市', en: 'City A' }, side: 'jiangmen' },
        { id: 'b', name: { 'zh-Hans': '乙市', en: 'City B' }, side: 'zhongshan' },
      ],
      industries: [{ id: 'x', name: { 'zh-Hans': '机器人', en: 'Robots' }, memberships: [{ group: 'a', stage: 'new-track' }] }],
      facts: {
        jiangmen: [
          { value: 300, unit: '家', qualifier: 'more-than', label: { 'zh-Hans': '落户甲市的外地企业', en: 'Firms from elsewhere in City A' }, short: { 'zh-Hans': '外地企业', en: 'firms from elsewhere' }, date: '2024' },
          { id: 'own-parks', value: 4, unit: '个', label: { 'zh-Hans': '甲市产业园', en: 'Industrial parks in City A' }, date: '2024' },
        ],
      },
    };
    const el = await mount(html`<industry-cluster lang="en" .data=${data}></industry-cluster>`, 320);
    await openTable(el);
    expect(message(el)).to.equal('');
    expect(factValues(el).map((v) => v.textContent!.trim())).to.deep.equal(['more than 300', '4']);
    expect(factValues(el).map((v) => v.getAttribute('data-value'))).to.deep.equal(['300', '4']);
    expect(factValues(el).every((v) => v.classList.contains('jiangmen'))).to.equal(true);
    // Without `short`, the label itself is drawn.
    expect(factWords(el)).to.deep.equal(['firms from elsewhere', 'Industrial parks in City A']);
    expect(shadow(el).querySelector('svg .facts-heading')!.textContent!.trim()).to.equal('Jiangmen: key numbers');
    const cells = [...shadow(el).querySelectorAll('[part~="table"] td[data-value]')];
    expect(cells.map((c) => c.textContent)).to.deep.equal(['more than 300', '4']);
    expect(cells[1].getAttribute('data-figure')).to.equal('own-parks');
    expect(cells[0].closest('tr')!.querySelector('th')!.textContent).to.equal('Firms from elsewhere in City A');
    // Under Jiangmen's block, before Zhongshan's (the blocks stack at 320 px).
    const zhongshan = shadow(el).querySelector<SVGTextElement>('svg .heading.zhongshan')!.getBBox();
    for (const v of factValues(el)) expect(v.getBBox().y).to.be.below(zhongshan.y);
  });

  it('reports bad key numbers by path', async () => {
    const el = await mount(html`<industry-cluster lang="en"></industry-cluster>`);
    el.data = {
      groups: [{ id: 'a', name: { 'zh-Hans': '甲', en: 'A' }, side: 'jiangmen' }],
      industries: [{ id: 'x', name: { 'zh-Hans': '机器人', en: 'Robots' }, memberships: [{ group: 'a', stage: 'new-track' }] }],
      facts: { east: [], jiangmen: [{ value: 'many', unit: '家', label: { 'zh-Hans': '企业', en: 'Firms' }, date: '2024' }] },
    } as unknown as IndustryClusterData;
    await el.updateComplete;
    expect(message(el)).to.contain('data.facts.east');
    expect(message(el)).to.contain('jiangmen / zhongshan');
    expect(message(el)).to.contain('data.facts.jiangmen[0].value');
    expect(el.hasError).to.equal(true);
  });

  it('reports every problem of invalid data, unknown groups included, and draws nothing made up', async () => {
    const el = await mount(html`<industry-cluster lang="en"></industry-cluster>`);
    el.data = {
      groups: [{ id: 'a', name: { 'zh-Hans': '甲', en: 'A' }, side: 'west' }],
      industries: [{ id: 'x', name: 'Robots', memberships: [{ group: 'nowhere', stage: 'someday' }], equivalentTo: { industry: 'x', reason: { 'zh-Hans': '同', en: 'same' } } }],
    } as unknown as IndustryClusterData;
    await el.updateComplete;
    const text = message(el);
    expect(text).to.contain('data.groups[0].side');
    expect(text).to.contain('data.industries[0].name');
    expect(text).to.contain('data.industries[0].memberships[0].group');
    expect(text).to.contain('"nowhere"');
    expect(text).to.contain('data.industries[0].memberships[0].stage');
    expect(text).to.contain('data.industries[0].equivalentTo.industry'); // an industry equivalent to itself
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(el.hasError).to.equal(true);
  });

  it('reports a repeated id and an empty list', async () => {
    const el = await mount(html`<industry-cluster lang="en"></industry-cluster>`);
    el.data = {
      groups: [
        { id: 'a', name: { 'zh-Hans': '甲', en: 'A' }, side: 'jiangmen' },
        { id: 'a', name: { 'zh-Hans': '乙', en: 'B' }, side: 'zhongshan' },
      ],
      industries: [],
    };
    await el.updateComplete;
    expect(message(el)).to.contain('data.groups[1].id');
    expect(message(el)).to.contain('data.industries');
    await aTimeout(0);
  });
});
