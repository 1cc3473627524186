import { aTimeout, expect, html } from '@open-wc/testing';
import '../../src/components/industry-cluster/industry-cluster.js';
import type { IndustryCluster, IndustryClusterData } from '../../src/components/industry-cluster/industry-cluster.component.js';
import { industryClusterStyles } from '../../src/components/industry-cluster/industry-cluster.styles.js';
import { dataset } from '../../src/data/dataset.js';
import { mountIn } from '../helpers/mount.js';
import { openTable } from './open-table.js';

const shadow = (el: Element) => el.shadowRoot!;
const markLabels = (el: Element) => [...shadow(el).querySelectorAll('svg .mark text')].map((t) => t.textContent!.trim());
const headings = (el: Element) => [...shadow(el).querySelectorAll('svg .heading, svg .subheading')].map((t) => t.textContent!.trim()).join(' | ');
const message = (el: Element) => shadow(el).querySelector('[part~="message"]')?.textContent ?? '';
const tooltip = (el: Element) => shadow(el).querySelector('[part~="tooltip"]')?.textContent ?? '';
const industry = (zh: string) => dataset.industries.find((i) => i.name['zh-Hans'] === zh)!;

const mount = (template: ReturnType<typeof html>, width = 640) => mountIn<IndustryCluster>(width, template);

/** Zhongshan's manufacturing base as the Zhongshan piece counts it, and how each number reads in zh-CN and en. */
const ZHONGSHAN_FACTS = [
  { id: 'zhongshan-national-industrial-bases', zh: '38个', en: '38', words: '国家级产业基地' },
  { id: 'zhongshan-provincial-specialised-towns', zh: '18个', en: '18', words: '省级专业镇' },
  { id: 'zhongshan-cluster-alliance-standards', zh: '18项', en: '18', words: '产业集群联盟标准' },
  { id: 'zhongshan-three-products-pilot-batch', zh: '首批', en: '1st', words: '国家消费品工业“三品”战略试点示范城市' },
  { id: 'shenzhen-firms-in-zhongshan-digital-pool', zh: '20家', en: '20', words: '深圳企业入选数字化智能化供给生态资源池' },
];
const svgValues = (el: Element) => shadow(el).querySelectorAll('svg [data-value]');

/** The mark whose label reads `name` (lines joined). */
const markNamed = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll<SVGGElement>('svg .mark')].filter((g) => g.querySelector('text')!.textContent!.trim() === name);

/** The `getBBox` of an SVG element, in the drawing's coordinates. */
const bbox = (e: Element) => (e as SVGGraphicsElement).getBBox();
const overlaps = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('<industry-cluster>', () => {
  it('draws each industry both cities pursue once, first, on the band', async () => {
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
      expect(box.y + box.height, name).to.be.at.most(band.y + band.height);
      // Two halves: Jiangmen's side and Zhongshan's.
      expect(marks[0].querySelectorAll('path.dot.jiangmen, path.dot.zhongshan'), name).to.have.length(2);
    }
    for (const name of ['硅能源', '健康医药']) expect(markNamed(el, name)[0].getBBox().y, name).to.be.above(band.y + band.height);
  });

  it('gives the band no place’s colour: no --_shared, a neutral outline and heading', async () => {
    const el = await mount(html`<industry-cluster theme="light"></industry-cluster>`);
    expect(industryClusterStyles.cssText, 'the widget’s styles').to.not.contain('--_shared');
    const root = shadow(el).querySelector('svg')!;
    const token = (name: string) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      probe.style.fill = `var(${name})`;
      root.append(probe);
      const colour = getComputedStyle(probe).fill;
      probe.remove();
      return colour;
    };
    const places = ['--_jiangmen', '--_zhongshan', '--_shenzhen', '--_dongguan', '--_shared'].map(token);
    const band = getComputedStyle(shadow(el).querySelector('svg rect.band')!);
    const heading = getComputedStyle(shadow(el).querySelector('svg .section.shared .heading')!);
    for (const colour of [band.stroke, band.fill, heading.fill]) expect(places, colour).to.not.include(colour);
    expect(band.stroke).to.equal(token('--_context'));
  });

  it('says in the title how many industries both cities pursue, and in one sentence which, with its full stop', async () => {
    const both = dataset.industries.filter((i) => {
      const groups = new Set(i.memberships.map((m) => m.group));
      return (groups.has('jiangmen') || groups.has('shenjiang') || groups.has('jianghai')) && (groups.has('zhongshan') || groups.has('shenzhong'));
    });
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    expect(shadow(el).querySelector('[part~="title"]')!.textContent).to.equal(`江门与中山争取的产业有${both.length}个重合`);
    const takeaway = shadow(el).querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.match(/^两市都列出低空经济、电子信息、人工智能等6个产业，另有12个只在江门一侧、5个只在中山一侧。$/);
    const en = await mount(html`<industry-cluster lang="en"></industry-cluster>`);
    const dek = shadow(en).querySelector('[part~="takeaway"]')!.textContent!;
    expect(dek).to.equal('Both sides list 6 industries, among them low-altitude economy, electronic information and artificial intelligence, while 12 are on Jiangmen’s side alone and 5 are on Zhongshan’s side alone.');
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

  it('heads the row of 智能装备 as the Shenzhen firms’ sectors, not as an existing strength', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    const stages = [...shadow(el).querySelectorAll('svg .stage')].map((t) => t.textContent!.trim());
    expect(stages).to.include('落户深圳企业的领域');
    expect(stages).to.include('江海区·现有基础');
    expect(stages).to.not.include('现有基础');
    const mark = markNamed(el, '智能装备')[0].getBBox();
    const heading = [...shadow(el).querySelectorAll('svg .stage')].find((t) => t.textContent!.trim() === '落户深圳企业的领域')!;
    expect(bbox(heading).y + bbox(heading).height).to.be.above(mark.y);
    expect(bbox(heading).y).to.be.below(mark.y + mark.height);
  });

  it('shows Jiangmen, its zone and Jianghai for cluster="jiangmen", what Zhongshan names too first', async () => {
    const el = await mount(html`<industry-cluster cluster="jiangmen"></industry-cluster>`);
    expect(headings(el)).to.contain('只在江门一侧');
    expect(headings(el)).to.contain('中山也在争取');
    expect(headings(el)).to.contain('深江经济合作区');
    expect(headings(el)).to.contain('江海区');
    const labels = markLabels(el);
    for (const name of ['硅能源', '低空经济', '新能源', '先进制造与自动化']) expect(labels, name).to.include(name);
    for (const name of ['健康医药', '金融', '物流']) expect(labels, name).to.not.include(name);
    expect(shadow(el).querySelector('[part~="title"]')!.textContent).to.equal('江门一侧的18个产业中，6个中山也在争取');
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.match(/^中山也列出的是.+。$/);
  });

  it('shows Zhongshan and its zone for cluster="zhongshan"', async () => {
    const el = await mount(html`<industry-cluster cluster="zhongshan"></industry-cluster>`);
    expect(headings(el)).to.contain('只在中山一侧');
    expect(headings(el)).to.contain('深中经济合作区');
    const labels = markLabels(el);
    for (const name of ['健康医药', '生物医药', '低空经济', '人工智能', '电子信息']) expect(labels, name).to.include(name);
    for (const name of ['硅能源', '盾构机', '合成生物']) expect(labels, name).to.not.include(name);
    expect(shadow(el).querySelector('[part~="title"]')!.textContent).to.match(/中山一侧的\d+个产业中，\d+个江门也在争取/);
  });

  it('shows Jianghai’s fields for cluster="jianghai", its 85% as the takeaway and in the table', async () => {
    const el = await mount(html`<industry-cluster cluster="jianghai"></industry-cluster>`);
    await openTable(el);
    const labels = markLabels(el);
    // “超过85%的高企聚集在电子信息、先进制造与自动化、新材料三大技术领域”
    for (const name of ['电子信息', '先进制造与自动化', '新材料']) expect(labels, name).to.include(name);
    for (const name of ['硅能源', '低空经济', '健康医药']) expect(labels, name).to.not.include(name);
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.match(/：超85%。$/);
    expect(shadow(el).querySelector('[part~="table"] td[data-value="85"]')).to.not.equal(null);
  });

  it('reports a nonsense cluster and shows all groups', async () => {
    const el = await mount(html`<industry-cluster cluster="shenzhen"></industry-cluster>`);
    expect(message(el)).to.contain('shenzhen');
    expect(message(el)).to.contain('jianghai');
    expect(headings(el)).to.contain('两市都在争取');
    expect(headings(el)).to.contain('只在江门一侧');
    expect(headings(el)).to.contain('只在中山一侧');
  });

  for (const width of [320, 640, 1280]) {
    for (const lang of ['zh-CN', 'en']) {
      it(`sets no label on another, none under 12 px and nothing outside, at ${width} px in ${lang}`, async () => {
        const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`, width);
        const svgEl = shadow(el).querySelector('svg')!;
        const drawing = Number(svgEl.getAttribute('width'));
        const texts = [...svgEl.querySelectorAll('text')].filter((t) => t.textContent!.trim());
        const boxes = [...texts, ...svgEl.querySelectorAll('.dot')].map((t) => ({ box: bbox(t), what: t.textContent!.trim() || t.getAttribute('class')! }));
        for (const t of texts) {
          expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
          expect(t.getAttribute('transform')).to.equal(null);
        }
        // A glyph's side bearing may reach a pixel past its origin; the frame's padding holds it.
        for (const { box, what } of boxes) {
          expect(box.x, what).to.be.at.least(-1.5);
          expect(box.x + box.width, what).to.be.at.most(drawing + 1.5);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            // A mark's two halves share their centre.
            if (boxes[i].what.startsWith('dot') && boxes[j].what.startsWith('dot')) continue;
            expect(overlaps(boxes[i].box, boxes[j].box), `${boxes[i].what} × ${boxes[j].what}`).to.equal(false);
          }
        }
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
      });
    }
  }

  for (const lang of ['zh-CN', 'en']) {
    it(`uses the width at 640 px in ${lang}: marks in every section reach past 60 % of it`, async () => {
      const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`, 640);
      const drawing = Number(shadow(el).querySelector('svg')!.getAttribute('width'));
      const sections = [...shadow(el).querySelectorAll('svg g.section')];
      expect(sections).to.have.length(3);
      for (const section of sections) {
        const labels = [...section.querySelectorAll('.mark text')].map(bbox);
        expect(labels.length, section.getAttribute('class')!).to.be.greaterThan(0);
        expect(Math.max(...labels.map((b) => b.x + b.width)), section.getAttribute('class')!).to.be.at.least(0.6 * drawing);
      }
    });
  }

  for (const [width, lang, budget] of [[640, 'zh-CN', 1000], [640, 'en', 1250], [320, 'zh-CN', 1600], [320, 'en', 2000]] as const) {
    it(`stays within ${budget} px tall at ${width} px in ${lang}, the table closed`, async () => {
      const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`, width);
      expect(el.getBoundingClientRect().height).to.be.at.most(budget);
    });
  }

  it('puts the numbers in the table, not in the drawing, each with its value and figure id', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`, 1280);
    await openTable(el);
    // The drawing's only numbers are its sections' counts of industries.
    expect([...svgValues(el)].map((n) => n.getAttribute('data-value'))).to.deep.equal(['6', '12', '5']);
    ZHONGSHAN_FACTS.forEach(({ id, zh }) => {
      const figure = dataset.figures.find((f) => f.id === id)!;
      const cell = shadow(el).querySelector(`[part~="table"] td[data-figure="${id}"]`);
      expect(cell, `${id} has no table cell`).to.not.equal(null);
      expect(Number(cell!.getAttribute('data-value')), id).to.equal(figure.value);
      expect(cell!.textContent, id).to.equal(zh);
      // The row names the number by its full label, on Zhongshan's side.
      const row = cell!.closest('tr')!;
      expect(row.querySelector('th')!.textContent, id).to.equal(figure.label['zh-Hans']);
      expect(row.textContent, id).to.contain('中山一侧');
    });
    const notes = shadow(el).querySelector('[part~="notes"]')!.textContent!;
    expect(notes).to.contain('见数据表');
  });

  it('says Zhongshan’s key numbers in English and Traditional Chinese too, first batch as an ordinal', async () => {
    const en = await mount(html`<industry-cluster lang="en"></industry-cluster>`, 320);
    await openTable(en);
    ZHONGSHAN_FACTS.forEach(({ id, en: value }) => expect(shadow(en).querySelector(`td[data-figure="${id}"]`)!.textContent, id).to.equal(value));
    const hk = await mount(html`<industry-cluster lang="zh-HK"></industry-cluster>`, 320);
    await openTable(hk);
    expect(ZHONGSHAN_FACTS.map(({ id }) => shadow(hk).querySelector(`td[data-figure="${id}"]`)!.textContent)).to.deep.equal(['38個', '18個', '18項', '首批', '20家']);
  });

  it('lists the key numbers in a view of Zhongshan’s side, and not in one of Jiangmen’s or Jianghai’s', async () => {
    const zhongshan = await mount(html`<industry-cluster cluster="zhongshan"></industry-cluster>`);
    await openTable(zhongshan);
    expect(shadow(zhongshan).querySelectorAll('td[data-figure]')).to.have.length(ZHONGSHAN_FACTS.length);
    for (const cluster of ['jiangmen', 'jianghai']) {
      const el = await mount(html`<industry-cluster cluster=${cluster}></industry-cluster>`);
      await openTable(el);
      expect(shadow(el).querySelector('td[data-figure^="zhongshan-"]'), cluster).to.equal(null);
    }
  });

  it('tells screen readers the sections and the key numbers', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    const desc = shadow(el).querySelector('svg desc')!.textContent!;
    expect(desc).to.contain('两市都在争取（6个）：低空经济');
    expect(desc).to.contain('中山的关键数字：38个国家级产业基地、18个省级专业镇');
    expect(desc).to.contain('首批国家消费品工业“三品”战略试点示范城市');
  });

  it('keeps every explanation in “About the data”, closed, and at most two short notes under the drawing', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount(html`<industry-cluster lang=${lang}></industry-cluster>`);
      const about = shadow(el).querySelector<HTMLDetailsElement>('[part~="about"]')!;
      expect(about.open).to.equal(false);
      expect(about.textContent).to.contain(lang === 'en' ? 'more than 300 Shenzhen firms' : '300多家深圳企业');
      const notes = [...shadow(el).querySelectorAll('[part~="notes"] p, [part~="notes"] li')];
      expect(notes.length, lang).to.be.at.most(2);
      if (lang === 'en') expect(shadow(el).shadowRoot?.textContent ?? shadow(el).textContent!, 'no Chinese in English').to.not.match(/[\u4e00-\u9fff]/);
    }
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
    // The first mark is 低空经济, named by Jiangmen (新赛道) and by Zhongshan (协同发展).
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    expect(marks[0].querySelector('text')!.textContent!.trim()).to.equal('低空经济');
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
    expect(shadow(en).querySelector('[part~="title"]')!.textContent).to.equal('Jiangmen and Zhongshan chase 6 of the same industries');
    expect(headings(en)).to.contain('On both sides’ lists (6)');
    expect(markLabels(en)).to.include('Low-altitude economy');
    expect(shadow(en).querySelector('[part~="source"]')!.textContent).to.contain('Source');
    const hk = await mount(html`<industry-cluster lang="zh-HK"></industry-cluster>`);
    expect(headings(hk)).to.contain('兩市都在爭取');
    expect(markLabels(hk)).to.include('低空經濟');
    expect(shadow(hk).querySelector('[part~="takeaway"]')!.textContent).to.match(/^兩市都列出/);
  });

  it('lists one row per industry with its groups, stages and side, and the 85% figure with its value', async () => {
    const el = await mount(html`<industry-cluster></industry-cluster>`);
    await openTable(el);
    const rows = [...shadow(el).querySelectorAll('[part~="table"] tbody tr')];
    // One row per industry, Jianghai's 85%, Zhongshan's five key numbers, and the count of each section.
    expect(rows).to.have.length(dataset.industries.length + 1 + ZHONGSHAN_FACTS.length + 3);
    const row = (name: string) => rows.find((r) => r.querySelector('th')!.textContent === name)!;
    const cells = (name: string) => [...row(name).querySelectorAll('td')].map((c) => c.textContent);
    expect(cells('两市都在争取的产业')[3]).to.equal('6个');
    expect(row('两市都在争取的产业').querySelector('td[data-value="6"]')).to.not.equal(null);
    expect(cells('低空经济')[0]).to.equal('江门、中山');
    expect(cells('低空经济')[1]).to.contain('新赛道');
    expect(cells('低空经济')[2]).to.equal('两市都在争取');
    expect(cells('智能装备')[1]).to.equal('落户深圳企业的领域');
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
    expect(markLabels(el)).to.deep.equal(['Robots', 'Shipbuilding', 'Exhibitions']);
    expect(shadow(el).querySelector('[part~="title"]')!.textContent).to.equal('Jiangmen and Zhongshan chase just one industry in common');
    expect(shadow(el).querySelector('[part~="takeaway"]')!.textContent).to.equal('Both sides list robots, while 1 is on Jiangmen’s side alone and 1 is on Zhongshan’s side alone.');
    expect(headings(el)).to.contain('City A');
    expect(markNamed(el, 'Exhibitions')[0].querySelector('.dot')!.classList.contains('hollow')).to.equal(true);
    // A recorded equivalence is said, with its reason, but never merges two marks.
    const notes = [...shadow(el).querySelectorAll('[part~="notes"]')].map((n) => n.textContent).join(' ');
    expect(notes).to.contain('Exhibitions may be the same as Shipbuilding: a test reason');
    expect(markNamed(el, 'Shipbuilding')).to.have.length(1);
    expect([...svgValues(el)].map((n) => n.getAttribute('data-value'))).to.deep.equal(['1', '1', '1']);
  });

  it('lists a developer’s own key numbers in the table under their side, the label naming each', async () => {
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
    const cells = [...shadow(el).querySelectorAll('[part~="table"] td[data-figure], [part~="table"] td[data-value="300"]')];
    expect(cells.map((c) => c.textContent)).to.deep.equal(['more than 300', '4']);
    expect(cells.map((c) => c.getAttribute('data-value'))).to.deep.equal(['300', '4']);
    expect(cells[1].getAttribute('data-figure')).to.equal('own-parks');
    expect(cells[0].closest('tr')!.querySelector('th')!.textContent).to.equal('Firms from elsewhere in City A');
    expect(shadow(el).querySelector('svg desc')!.textContent).to.contain('more than 300 firms from elsewhere');
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
