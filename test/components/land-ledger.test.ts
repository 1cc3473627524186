import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/land-ledger/land-ledger.js';
import type { LandLedger, LandLedgerData } from '../../src/components/land-ledger/land-ledger.component.js';
import { figureById } from '../../src/data/dataset.js';
import { expectFiguresDrawnAndTabled } from './figure-assertions.js';
import { openTable } from './open-table.js';

/** The figures the issue gives `<land-ledger>`: each must be drawn and be a row of the table. */
const ISSUE_FIGURES = [
  'jiangmen-land-share-gba',
  'jiangmen-development-intensity',
  'provincial-main-platforms',
  'zhongshan-contiguous-industrial-land',
  'zhongshan-industrial-land-for-sale',
  'zhongshan-theme-parks',
  'zhongshan-theme-parks-planned-area',
  'shenjiang-startup-area',
  'shenjiang-startup-usable-area',
  'shenjiang-land-prepared',
  'hymson-plant-area-2017',
  'langjian-site-area',
];

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const root = (el: Element) => el.shadowRoot!;

async function mount(attributes = '', width = 320): Promise<LandLedger> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<land-ledger ${attributes}></land-ledger>`;
  const el = box.querySelector('land-ledger') as LandLedger;
  await el.updateComplete;
  // The size observer reports after a frame and re-renders in the next one.
  for (let frame = 0; frame < 10 && (frame === 0 || root(el).querySelector('svg')?.getAttribute('width') !== String(width)); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  return el;
}

const squareFor = (el: Element, id: string) => {
  const value = figureById(id)!.value;
  return [...root(el).querySelectorAll<SVGRectElement>('rect.square')].find((r) => Number(r.getAttribute('data-value')) === value)!;
};
const side = (rect: Element) => Number(rect.getAttribute('width'));

describe('<land-ledger>', () => {
  it('draws every figure the issue assigns it and lists each in the table with its value and id', async () => {
    const el = await mount();
    await openTable(el);
    expectFiguresDrawnAndTabled(root(el), ISSUE_FIGURES);
  });

  it('keeps the article’s hedges in sight: 不足12%, 70余亩 never reads as exact', async () => {
    const el = await mount();
    const text = shadowText(el);
    expect(text).to.contain('不足12%');
    expect(text).to.match(/70[多余]亩/);
    el.lang = 'en';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('under 12%');
    expect(shadowText(el)).to.contain('more than 70 mu');
  });

  it('draws 1/6 and 12% as shares of a whole, never as areas: the Bay Area’s total is not invented', async () => {
    const el = await mount();
    const whole = Number(root(el).querySelector('rect.whole-bar')!.getAttribute('width'));
    const part = Number(root(el).querySelector('rect.part-bar')!.getAttribute('width'));
    const jiangmen = Number(root(el).querySelector('rect.part-whole-bar')!.getAttribute('width'));
    const developed = Number(root(el).querySelector('rect.developed-bar')!.getAttribute('width'));
    expect(part / whole).to.be.closeTo(1 / 6, 1e-9);
    expect(developed / jiangmen, 'the 12% is of Jiangmen’s land, drawn on Jiangmen’s own bar').to.be.closeTo(0.12, 1e-9);
    expect(shadowText(el)).to.contain('总面积原文未给出');
    expect(shadowText(el)).to.contain('占江门陆地的比例');
  });

  it('says under the shares that Jiangmen’s platform is one of the province’s 5 main platforms, the Bay Area’s only one', async () => {
    const el = await mount();
    await openTable(el);
    const line = root(el).querySelector<SVGTextElement>('g.shares text.fact')!;
    expect(line, 'no fact line in the shares').to.not.equal(null);
    expect(line.textContent!.replace(/\s+/g, '')).to.equal('江门承接产业有序转移主平台是省重点支持建设的5个主平台之一，也是大湾区唯一');
    expect(line.getAttribute('data-value')).to.equal('5');
    // Below the bars and their notes, above the areas.
    const box = line.getBBox();
    const developed = root(el).querySelector<SVGRectElement>('rect.developed-bar')!.getBBox();
    const derived = [...root(el).querySelectorAll<SVGTextElement>('g.shares text')].find((t) => t.textContent!.includes('不足2%'))!.getBBox();
    expect(box.y).to.be.at.least(developed.y + developed.height);
    expect(box.y).to.be.at.least(derived.y + derived.height - 0.5);
    const areas = [...root(el).querySelectorAll<SVGTextElement>('svg text')].find((t) => t.textContent!.includes('方块面积'))!.getBBox();
    expect(box.y + box.height).to.be.at.most(areas.y + 0.5);
    const cell = root(el).querySelector('td[data-figure="provincial-main-platforms"]')!;
    expect(cell.textContent).to.equal('5个');
    expect(cell.getAttribute('data-value')).to.equal('5');
    expect(cell.closest('tr')!.querySelector('th')!.textContent).to.equal(figureById('provincial-main-platforms')!.label['zh-Hans']);
    expect(root(el).querySelector('svg desc')!.textContent).to.contain('5个主平台之一，也是大湾区唯一');
    el.lang = 'en';
    await el.updateComplete;
    const words = [...root(el).querySelectorAll('g.shares text.fact tspan')].map((t) => t.textContent).join(' ');
    expect(words).to.contain('one of the 5 main platforms the province backs most, and the only one in the Greater Bay Area');
    el.lang = 'zh-HK';
    await el.updateComplete;
    expect(root(el).querySelector('g.shares text.fact')!.textContent!.replace(/\s+/g, '')).to.contain('5個主平台之一，也是大灣區唯一');
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`sets the platforms line on no other text at 320 px in ${lang} (measured)`, async () => {
      const el = await mount(`lang="${lang}"`);
      const line = root(el).querySelector<SVGTextElement>('g.shares text.fact')!;
      const a = line.getBBox();
      // A “J” hooks a px or two left of its origin; the drawing lets it show.
      expect(a.x).to.be.at.least(-3);
      expect(a.x + a.width).to.be.at.most(320);
      for (const other of root(el).querySelectorAll<SVGGraphicsElement>('svg text, svg rect')) {
        if (other === line) continue;
        const b = other.getBBox();
        const hit = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
        expect(hit, `${line.textContent} × ${other.textContent || other.getAttribute('class')}`).to.equal(false);
      }
    });
  }

  it('draws a developer’s own line about the part, and refuses one with no place for its number', async () => {
    const el = await mount('lang="en"');
    const figure = { value: 3, unit: '个', label: { 'zh-Hans': '港口', en: 'Ports' }, date: '2024' } as const;
    const parcels = [{ label: { 'zh-Hans': '甲', en: 'Plot A' }, area: { value: 4, unit: '平方公里', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' } }];
    const share = {
      whole: { 'zh-Hans': '全省', en: 'the province' },
      part: { 'zh-Hans': '甲市', en: 'City A' },
      share: { value: 10, unit: '%', label: { 'zh-Hans': '占比', en: 'Share' }, date: '2024' },
    };
    el.data = { share: { ...share, facts: [{ text: { 'zh-Hans': '甲市有{value}港口', en: 'City A has {value} ports' }, figure }] }, parcels } as LandLedgerData;
    await el.updateComplete;
    const line = root(el).querySelector('g.shares text.fact')!;
    expect(line.textContent!.trim()).to.equal('City A has 3 ports');
    expect(line.getAttribute('data-value')).to.equal('3');
    // Without a developed share there are no notes: the line follows the bar and stays above the areas.
    const bar = root(el).querySelector<SVGRectElement>('rect.whole-bar')!.getBBox();
    expect((line as SVGTextElement).getBBox().y).to.be.at.least(bar.y + bar.height);

    el.data = { share: { ...share, facts: [{ text: { 'zh-Hans': '甲市有港口', en: 'City A has ports' }, figure }] }, parcels } as LandLedgerData;
    await el.updateComplete;
    const message = root(el).querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('data.share.facts[0].text.zh-Hans');
    expect(message).to.contain('data.share.facts[0].text.en');
    expect(message).to.contain('{value}');
    expect(el.hasError).to.equal(true);
  });

  it('labels 1/6 × 12% = 2% of the Bay Area as derived', async () => {
    const el = await mount();
    const derived = [...root(el).querySelectorAll('svg text')].find((t) => t.textContent!.includes('不足2%'))!;
    expect(derived.textContent).to.contain('推算');
    expect(Number(derived.getAttribute('data-value'))).to.be.closeTo((1 / 6) * 12, 1e-9);
  });

  it('draws squares by area, not side: 1.24万亩 against 6096亩, and 4.58 against 3.3 km²', async () => {
    const el = await mount('', 640);
    const contiguous = squareFor(el, 'zhongshan-contiguous-industrial-land');
    const forSale = squareFor(el, 'zhongshan-industrial-land-for-sale');
    expect((side(contiguous) / side(forSale)) ** 2).to.be.closeTo(12400 / 6096, 1e-6);
    const startup = squareFor(el, 'shenjiang-startup-area');
    const usable = squareFor(el, 'shenjiang-startup-usable-area');
    expect((side(usable) / side(startup)) ** 2).to.be.closeTo(3.3 / 4.58, 1e-6);
  });

  it('states each zoom of the ladder and holds it to the areas: 272 km² over 1万平方米 is 27,200', async () => {
    const el = await mount('', 640);
    const headers = [...root(el).querySelectorAll('svg text')].map((t) => t.textContent!).filter((t) => /放大\d+倍/.test(t));
    expect(headers.length).to.be.at.least(1);
    const zooms = headers.map((h) => {
      const [, area, sideZoom] = h.match(/放大(\d+)倍（边长×(\d+)）/)!.map(Number);
      expect(area, 'the area factor is the side factor squared').to.equal(sideZoom ** 2);
      return area;
    });
    const total = zooms.reduce((a, b) => a * b, 1);
    const parks = squareFor(el, 'zhongshan-theme-parks-planned-area');
    const plant = squareFor(el, 'hymson-plant-area-2017');
    expect((side(parks) / side(plant)) ** 2 * total).to.be.closeTo(272e6 / 1e4, 1e-3);
    expect(root(el).querySelectorAll('rect.ghost').length, 'one dashed square per zoom').to.equal(headers.length);
  });

  it('converts units by 1亩 = 10000/15 m², labels them derived and says where the rule comes from', async () => {
    const el = await mount();
    const km2 = ((1.24e4 * 10000) / 15 / 1e6).toFixed(2);
    const text = shadowText(el);
    expect(text).to.contain(`≈ ${km2}平方公里（推算）`);
    expect(text).to.contain(`= ${(1e4 / (10000 / 15)).toFixed(0)}亩（推算）`);
    expect(text).to.contain(`= ${272 * 1500 / 1e4}万亩（推算）`);
    expect(text).to.contain('1亩 = 10000/15平方米');
    expect(text).to.contain('市制单位换算');
  });

  it('gives every area in km², 亩 and m² in the table, each converted cell marked by its column as derived', async () => {
    const el = await mount();
    await openTable(el);
    const headers = [...root(el).querySelectorAll('th[scope="col"]')].map((th) => th.textContent!);
    expect(headers.filter((h) => h.includes('推算'))).to.have.length(3);
    const row = root(el).querySelector('td[data-figure="hymson-plant-area-2017"]')!.closest('tr')!;
    const values = [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-value'));
    // km², 亩, m² of 1万平方米: 0.01 km², 15亩, and the m² column is its own unit (—).
    expect(values.slice(1).map((v) => (v === null ? null : Number(v)))).to.deep.equal([0.01, 15, null]);
  });

  it('converts every label to the unit an editor names, and refuses nonsense with a message', async () => {
    const el = await mount('unit="m2"');
    expect(shadowText(el)).to.contain(`${272e6 / 1e8}亿平方米`);
    const bad = await mount('unit="furlongs"');
    expect(root(bad).querySelector('[part~="message"]')!.textContent).to.contain('furlongs');
    expect(root(bad).querySelectorAll('rect.square').length).to.be.greaterThan(0);
  });

  it('draws a developer’s own parcels and reports every problem with bad ones', async () => {
    const el = await mount('lang="en"');
    const data: LandLedgerData = {
      parcels: [
        { label: { 'zh-Hans': '甲', en: 'Plot A' }, area: { value: 4, unit: '平方公里', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' } },
        { label: { 'zh-Hans': '乙', en: 'Plot B' }, area: { value: 1500, unit: '亩', label: { 'zh-Hans': '乙', en: 'B' }, date: '2024' } },
      ],
    };
    el.data = data;
    await el.updateComplete;
    const squares = [...root(el).querySelectorAll('rect.square')];
    expect(squares).to.have.length(2);
    // 1500亩 is 1 km²: a quarter of plot A's area, half its side.
    expect(side(squares[1]) / side(squares[0])).to.be.closeTo(0.5, 1e-9);
    expect(shadowText(el)).to.contain('Plot A');

    el.data = {
      parcels: [
        { label: { 'zh-Hans': '甲', en: 'A' }, area: { value: -1, unit: '吨', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' } },
        {
          label: { 'zh-Hans': '乙', en: 'B' },
          area: { value: 1, unit: '平方公里', label: { 'zh-Hans': '乙', en: 'B' }, date: '2024' },
          inner: [{ label: { 'zh-Hans': '丙', en: 'C' }, area: { value: 2, unit: '平方公里', label: { 'zh-Hans': '丙', en: 'C' }, date: '2024' } }],
        },
      ],
    } as unknown as LandLedgerData;
    await el.updateComplete;
    const message = root(el).querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('data.parcels[0].area.unit');
    expect(message, 'both problems of one area, not just the first').to.contain('data.parcels[0].area.value');
    expect(message).to.contain('data.parcels[1].inner[0].area');
    expect(el.hasError).to.equal(true);
  });

  it('steps through the shares and every square from the keyboard, with the article’s words in the tip', async () => {
    const el = await mount();
    const svgEl = root(el).querySelector('svg')!;
    svgEl.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('1/6');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    const marks = root(el).querySelectorAll('[data-mark]').length;
    expect(marks).to.equal(2 + 8);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('原文');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('writes Traditional Chinese for zh-HK', async () => {
    const el = await mount('lang="zh-HK"');
    expect(shadowText(el)).to.contain('萬畝');
    expect(shadowText(el)).to.contain('來源');
  });
});
