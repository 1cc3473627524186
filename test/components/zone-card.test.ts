import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/components/zone-card/zone-card.js';
import type { ZoneCard, ZoneCardData } from '../../src/components/zone-card/zone-card.component.js';
import { mountAt } from '../helpers/mount.js';
import { openTable } from './open-table.js';

const mount = (attributes: Record<string, string> = {}, width = 1280, data?: unknown) => mountAt<ZoneCard>('zone-card', attributes, width, { data });

const root = (el: ZoneCard) => el.shadowRoot!;
const text = (el: ZoneCard) => root(el).textContent!.replace(/\s+/g, ' ');
const svgText = (el: ZoneCard) => [...root(el).querySelectorAll('svg text')].map((t) => t.textContent).join('|');
const rects = (el: ZoneCard, selector: string) => [...root(el).querySelectorAll<SVGRectElement>(`svg rect${selector}`)];
const drawnArea = (r: SVGRectElement) => r.width.baseVal.value * r.height.baseVal.value;
const message = (el: ZoneCard) => root(el).querySelector('[part~="message"]')?.textContent ?? '';
const tableValues = (el: ZoneCard) => [...root(el).querySelectorAll('table td[data-value]')].map((td) => Number(td.getAttribute('data-value')));
const overlaps = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('<zone-card>', () => {
  afterEach(() => fixtureCleanup());

  it('shows both zones by default as two equal 66 km² squares side by side', async () => {
    const el = await mount({}, 1280);
    const wholes = rects(el, '.whole');
    expect(wholes).to.have.length(2);
    const [a, b] = wholes.map((r) => r.getBoundingClientRect());
    expect(a.width).to.be.closeTo(b.width, 0.01);
    expect(a.height).to.be.closeTo(b.height, 0.01);
    expect(a.top).to.be.closeTo(b.top, 0.01);
    expect(b.left).to.be.greaterThan(a.right);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('两个合作区同为66平方公里');
    expect(root(el).querySelector('[part~="takeaway"]')!.textContent).to.equal(
      '按同一比例绘制：深江经济合作区的启动区为4.58平方公里；深中经济合作区由马鞍岛、南朗片区和民众片区组成。',
    );
  });

  for (const [lang, width, theme] of [['zh-CN', 320, 'light'], ['en', 640, 'light'], ['zh-HK', 1280, 'dark']] as const) {
    it(`two equal areas have equal drawn areas and equal fills (${lang}, ${width} px, ${theme})`, async () => {
      const el = await mount({ lang, theme }, width);
      const wholes = rects(el, '.whole');
      expect(wholes).to.have.length(2);
      const [a, b] = wholes.map((r) => r.getBoundingClientRect());
      expect((a.width * a.height) / (b.width * b.height)).to.be.closeTo(1, 0.01);
      const [sa, sb] = wholes.map((r) => getComputedStyle(r));
      for (const property of ['fill', 'fillOpacity', 'stroke', 'strokeWidth', 'strokeDasharray', 'opacity'] as const) {
        expect(sa[property], property).to.equal(sb[property]);
      }
      expect(sa.fill).to.not.equal('none');
      // Nothing inside either square paints over its whole fill but the small nested areas:
      // the parts of 深中 are transparent, so its 66 km² reads as the same grey as 深江's.
      for (const part of rects(el, '.part')) expect(getComputedStyle(part).fill).to.match(/rgba\(0, 0, 0, 0\)|transparent|none/);
      // Each zone carries its city's colour in the rule above its name, the rules alike but for hue.
      const [ja, zb] = [...root(el).querySelectorAll<SVGRectElement>('svg rect.band')];
      expect(ja.getBoundingClientRect().width).to.be.closeTo(zb.getBoundingClientRect().width, 0.01);
      expect(getComputedStyle(ja).fill).to.not.equal(getComputedStyle(zb).fill);
    });
  }

  for (const [width, budget] of [[320, 1600], [640, 1000]] as const) {
    it(`stays within the height budget at ${width} px (zh-CN ${budget} px, en ${budget * 1.25} px)`, async () => {
      for (const lang of ['zh-CN', 'zh-HK', 'en']) {
        const el = await mount({ lang }, width);
        const limit = lang === 'en' ? budget * 1.25 : budget;
        expect(el.getBoundingClientRect().height, lang).to.be.at.most(limit);
        fixtureCleanup();
      }
    });
  }

  for (const width of [320, 640, 1280]) {
    it(`sets no label across a filled mark other than its own part or its zone's whole at ${width} px`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const el = await mount({ lang }, width);
        const marks = [...root(el).querySelectorAll<SVGRectElement>('svg .area rect:not(.whole):not(.swatch), svg rect.band')];
        expect(root(el).querySelectorAll('svg .leader')).to.have.length(0);
        for (const label of root(el).querySelectorAll<SVGTextElement>('svg text')) {
          const box = label.getBoundingClientRect();
          const own = label.closest('.area')?.querySelector('rect');
          for (const mark of marks) {
            const onOwnPart = mark === own && mark.classList.contains('part');
            if (onOwnPart) continue;
            expect(overlaps(box, mark.getBoundingClientRect()), `${lang}: “${label.textContent}” on ${mark.getAttribute('class')}`).to.equal(false);
          }
        }
        fixtureCleanup();
      }
    });
  }

  it('keeps meta-notes out of the drawing: the drawing carries labels only', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang }, 640);
      const drawn = svgText(el);
      for (const words of ['原文', '未明说', '推算', 'article', 'derived', '（', '(']) expect(drawn, `${lang}: ${words}`).to.not.contain(words);
      fixtureCleanup();
    }
  });

  it('stacks the zones on a phone, keeping one scale', async () => {
    const el = await mount({}, 320);
    const [a, b] = rects(el, '.whole').map((r) => r.getBoundingClientRect());
    expect(a.width).to.be.closeTo(b.width, 0.01);
    expect(b.top).to.be.greaterThan(a.bottom);
  });

  for (const width of [280, 320, 768, 1280]) {
    it(`draws nothing outside its box at ${width} px, in every language`, async () => {
      for (const lang of ['zh-CN', 'zh-HK', 'en']) {
        const el = await mount({ lang }, width);
        const box = el.parentElement!.getBoundingClientRect();
        for (const node of root(el).querySelectorAll('svg *')) {
          const rect = node.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          const what = `${lang}: ${node.textContent || node.tagName}`;
          expect(rect.right, what).to.be.at.most(box.right + 0.5);
          expect(rect.left, what).to.be.at.least(box.left - 0.5);
        }
        fixtureCleanup();
      }
    });
  }

  it('draws each area in proportion to its km² (within 1%), all at one scale', async () => {
    const el = await mount({}, 1280);
    const whole = drawnArea(rects(el, '.whole')[0]);
    const expectShare = (r: SVGRectElement, km2: number) => expect(drawnArea(r) / whole, r.getAttribute('class')!).to.be.closeTo(km2 / 66, (km2 / 66) * 0.01);
    const [startup, usable] = rects(el, '.nested');
    expectShare(startup, 4.58);
    expectShare(usable, 3.3);
    expectShare(rects(el, '.unplaced')[0], 1.2);
    const parts = rects(el, '.part');
    [35, 19, 12].forEach((km2, i) => expectShare(parts[i], km2));
    // The treemap fills the Zhongshan square exactly: 35 + 19 + 12 = 66.
    expect(parts.reduce((s, r) => s + drawnArea(r), 0)).to.be.closeTo(drawnArea(rects(el, '.whole')[1]), 1e-3);
  });

  it('sets the 1.2 km² of prepared land apart, dashed, says so in one note and why in About the data', async () => {
    const el = await mount({ zone: 'shenjiang' }, 640);
    const prepared = rects(el, '.unplaced')[0];
    expect(Number(prepared.getAttribute('data-value'))).to.equal(1.2);
    expect(getComputedStyle(prepared).strokeDasharray).to.not.equal('none');
    const a = prepared.getBoundingClientRect();
    const b = rects(el, '.nested')[0].getBoundingClientRect();
    expect(overlaps(a, b)).to.equal(false);
    const notes = [...root(el).querySelectorAll('[part~="notes"]')];
    expect(notes).to.have.length(1);
    expect(notes[0].textContent).to.contain('虚线方块的位置原文未说明');
    const about = root(el).querySelector('[part~="about"]')!;
    expect(about.textContent).to.contain('是否在启动区内也未明说');
    expect(about.textContent).to.contain('启动区可用面积：均为工业用地。');
    expect(about.hasAttribute('open')).to.equal(false);
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`keeps every label at 320 px (${lang}) at least 12 px, unrotated and clear of every other label`, async () => {
      const el = await mount({ lang }, 320);
      const texts = [...root(el).querySelectorAll<SVGTextElement>('svg text')];
      expect(texts.length).to.be.greaterThan(10);
      for (const t of texts) {
        expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
        expect(t.getAttribute('transform')).to.equal(null);
      }
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i], boxes[j]), `“${texts[i].textContent}” / “${texts[j].textContent}”`).to.equal(false);
        }
      }
      // Labels beside the small squares do not cover them.
      const small = [...rects(el, '.nested'), ...rects(el, '.unplaced')].map((r) => r.getBoundingClientRect());
      for (const label of root(el).querySelectorAll('svg text.halo')) for (const r of small) expect(overlaps(label.getBoundingClientRect(), r)).to.equal(false);
    });
  }

  it('lists every area of each zone in the data table, with its value', async () => {
    const el = await mount({}, 1280);
    await openTable(el);
    const values = tableValues(el);
    for (const v of [66, 4.58, 3.3, 1.2, 35, 19, 12]) expect(values, String(v)).to.include(v);
    expect(values.filter((v) => v === 66)).to.have.length(2);
    const drawn = [...root(el).querySelectorAll('svg [data-value]')].map((n) => Number(n.getAttribute('data-value')));
    for (const v of drawn) expect(values).to.include(v);
    const table = root(el).querySelector('table')!.textContent!;
    for (const words of ['现代轻工制造业', '深圳服务+江门制造', '深圳链主+中山配套', '2023年2月', '2024年初', '首次提出', '千亿级', '可重点发展', '均为工业用地', '是否在启动区内原文未明说']) {
      expect(table).to.contain(words);
    }
  });

  it('names the six fields and three models of 深江 in one running line each; its milestones only in the table', async () => {
    const el = await mount({ zone: 'shenjiang' }, 640);
    const drawn = svgText(el);
    for (const field of ['新一代信息技术', '新能源', '新材料', '高端装备', '生物医药', '现代轻工制造业']) expect(drawn).to.contain(field);
    for (const model of ['深圳总部+江门基地', '深圳研发+江门生产', '深圳服务+江门制造']) expect(drawn).to.contain(model);
    expect(drawn).to.contain('六大领域产业：');
    expect(drawn).to.contain('银湖湾滨海新区');
    // The timeline is <plan-timeline>'s: here the dates stay in the table.
    for (const date of ['2023年2月', '2023年8月', '2024年初']) expect(drawn).to.not.contain(date);
    const lists = [...root(el).querySelectorAll('svg text.list')];
    expect(lists).to.have.length(2);
    for (const list of lists) expect(list.querySelectorAll(':scope > tspan').length).to.be.at.most(3);
    // The site is a subtitle: the zone's name is already in the title.
    const site = [...root(el).querySelectorAll('svg text')].find((t) => t.textContent === '银湖湾滨海新区')!;
    expect(site.classList.contains('muted')).to.equal(true);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('深江经济合作区规划66平方公里');
    expect(rects(el, '.whole')).to.have.length(1);
    await openTable(el);
    const table = root(el).querySelector('table')!.textContent!;
    for (const words of ['2023年2月', '2024年初', '粤港澳大湾区2024年工作要点']) expect(table).to.contain(words);
  });

  it('shows 深中 alone as 马鞍岛 + 南朗 + 民众 with its 千亿级 clusters', async () => {
    const el = await mount({ zone: 'shenzhong' }, 640);
    expect(rects(el, '.part')).to.have.length(3);
    expect(text(el)).to.contain('由马鞍岛35平方公里、南朗片区19平方公里和民众片区12平方公里组成');
    const drawn = svgText(el);
    for (const words of ['千亿级产业集群', '电子信息', '健康医药', '新能源', '深圳总部+中山基地']) expect(drawn).to.contain(words);
  });

  it('speaks English and Traditional Chinese', async () => {
    const en = await mount({ lang: 'en' }, 1280);
    const enText = text(en);
    for (const words of ['Two zones, the same size: 66 km² each', 'Planned area', '66 km²', 'drawn to one scale', 'Ma’an Island', 'Shenzhen headquarters + Jiangmen base', 'Land already prepared', 'Six focus industries: ']) {
      expect(enText).to.contain(words);
    }
    expect(enText).to.not.match(/[\u4e00-\u9fff]/);
    await openTable(en);
    const table = root(en).querySelector('table')!.textContent!;
    expect(table).to.contain('Early 2024');
    expect(table).to.not.match(/[\u4e00-\u9fff]/);
    const hk = await mount({ lang: 'zh-HK' }, 1280);
    const hkText = text(hk);
    for (const words of ['規劃面積', '馬鞍島', '按同一比例繪製', '來源']) expect(hkText).to.contain(words);
    // The zones' short names (in the line under the title) are the widget's own labels: Traditional too.
    expect(hkText).to.contain('深江經濟合作區的啓動區');
    expect(hkText).to.not.match(/[经济区]/);
    // Taiwan's standard, also for the area names the widget cuts from the dataset's ("启动区可用面积（…）").
    const tw = text(await mount({ lang: 'zh-TW' }, 1280));
    expect(tw).to.contain('啟動區可用面積');
    expect(tw).to.not.contain('啓');
  });

  it('steps through the areas from the keyboard, with the derived share in the tooltip', async () => {
    const el = await mount({ zone: 'shenjiang' }, 640);
    const drawing = root(el).querySelector<SVGSVGElement>('svg[tabindex="0"]')!;
    drawing.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('66平方公里');
    drawing.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    const tip = root(el).querySelector('[part~="tooltip"]')!.textContent!;
    expect(tip).to.contain('4.58平方公里');
    // 4.58 / 66 = 6.94 %
    expect(tip).to.contain('6.9%');
    expect(tip).to.contain('推算');
  });

  it('draws a developer’s own zone from the data property, at the same kind of scale', async () => {
    const data: ZoneCardData = {
      name: { 'zh-Hans': '测试合作区', en: 'Test zone' },
      plannedArea: 20,
      parts: [
        { name: { 'zh-Hans': '东片', en: 'East' }, area: 12 },
        { name: { 'zh-Hans': '西片', en: 'West' }, area: 5 },
      ],
      industries: [{ 'zh-Hans': '测试产业', en: 'Testing' }],
      tone: 'zhongshan',
    };
    const el = await mount({ lang: 'en' }, 640, data);
    await openTable(el);
    expect(message(el)).to.equal('');
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('Test zone: 20\u00a0km² planned');
    const whole = drawnArea(rects(el, '.whole')[0]);
    const [east, west, rest] = rects(el, '.part');
    expect(drawnArea(east) / whole).to.be.closeTo(12 / 20, 0.006);
    expect(drawnArea(west) / whole).to.be.closeTo(5 / 20, 0.0025);
    // The 3 km² the parts leave are drawn and labelled as derived.
    expect(drawnArea(rest) / whole).to.be.closeTo(3 / 20, 0.0015);
    expect(rest.classList.contains('derived')).to.equal(true);
    expect(tableValues(el)).to.include(3);
    expect(svgText(el)).to.contain('Testing');
  });

  it('draws a list of zones at one scale, a smaller one smaller', async () => {
    const zone = (area: number, en: string): ZoneCardData => ({ name: { 'zh-Hans': en, en }, plannedArea: area });
    const el = await mount({ lang: 'en' }, 1280, [zone(66, 'Big'), zone(16.5, 'Small')]);
    const [big, small] = rects(el, '.whole');
    expect(drawnArea(small) / drawnArea(big)).to.be.closeTo(16.5 / 66, 0.0025);
  });

  it('refuses parts larger than the whole, naming the problem', async () => {
    const el = await mount({ lang: 'en' }, 640, {
      name: { 'zh-Hans': '错', en: 'Wrong' },
      plannedArea: 66,
      parts: [
        { name: { 'zh-Hans': '甲', en: 'A' }, area: 40 },
        { name: { 'zh-Hans': '乙', en: 'B' }, area: 30 },
      ],
    });
    expect(message(el)).to.contain('data.parts');
    expect(message(el)).to.contain('no more than the planned area (66)');
    expect(message(el)).to.contain('70');
    expect(root(el).querySelector('svg')).to.equal(null);
  });

  it('refuses a nested area larger than the one it lies in', async () => {
    const el = await mount({}, 640, {
      name: { 'zh-Hans': '错', en: 'Wrong' },
      plannedArea: 66,
      nested: [
        { name: { 'zh-Hans': '启动区', en: 'Start-up' }, area: 4.58 },
        { name: { 'zh-Hans': '可用', en: 'Usable' }, area: 5 },
      ],
    });
    expect(message(el)).to.contain('data.nested[1].area');
    expect(message(el)).to.contain('4.58');
  });

  it('reports every malformed field, not just the first', async () => {
    const el = await mount({ lang: 'en' }, 640, { name: 'x', plannedArea: -3, parts: [{ area: 'big' }] });
    const m = message(el);
    expect(m).to.contain('data.name');
    expect(m).to.contain('data.plannedArea');
    expect(m).to.contain('data.parts[0].name');
    expect(m).to.contain('data.parts[0].area');
  });

  it('shows both zones with a message when zone names no zone', async () => {
    const el = await mount({ zone: 'shenzhen' }, 1280);
    expect(message(el)).to.contain('zone="shenzhen"');
    expect(message(el)).to.contain('shenjiang, shenzhong');
    expect(rects(el, '.whole')).to.have.length(2);
  });
});
