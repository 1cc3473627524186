import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/land-ledger/land-ledger.js';
import type { LandLedger, LandLedgerData } from '../../src/components/land-ledger/land-ledger.component.js';
import { figureById } from '../../src/data/dataset.js';
import { toSquareMetres, type LandUnit } from '../../src/standards/land-units.js';
import { messages } from '../../src/generated/messages/land-ledger.js';
import { expectFiguresDrawnAndTabled } from './figure-assertions.js';
import { mountIn } from '../helpers/mount.js';
import { openTable } from './open-table.js';

/** The land drawn by default, on one scale: each must be drawn and be a row of the table. */
const DRAWN = [
  'zhongshan-contiguous-industrial-land',
  'zhongshan-industrial-land-for-sale',
  'shenjiang-startup-area',
  'shenjiang-startup-usable-area',
  'shenjiang-land-prepared',
  'langjian-site-area',
];
/** Drawn with the `shares` attribute. */
const SHARES = ['jiangmen-land-share-gba', 'jiangmen-development-intensity', 'provincial-main-platforms'];
/** In the table only: the planned parks would shrink every other square to a speck; Hymson's is floor space. */
const TABLE_ONLY = ['zhongshan-theme-parks', 'zhongshan-theme-parks-planned-area', 'hymson-plant-area-2017'];

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const root = (el: Element) => el.shadowRoot!;

const mount = (attributes = '', width = 320) => mountIn<LandLedger>(width, `<land-ledger ${attributes}></land-ledger>`);

const squareFor = (el: Element, id: string) => {
  const value = figureById(id)!.value;
  return [...root(el).querySelectorAll<SVGRectElement>('rect.square')].find((r) => Number(r.getAttribute('data-value')) === value)!;
};
const side = (rect: Element) => Number(rect.getAttribute('width'));

describe('<land-ledger>', () => {
  it('draws the land ready for industry and lists it, the shares and the undrawn areas in the table', async () => {
    const el = await mount();
    await openTable(el);
    expectFiguresDrawnAndTabled(root(el), DRAWN);
    for (const id of [...SHARES, ...TABLE_ONLY]) {
      const cell = root(el).querySelector(`td[data-figure="${id}"]`);
      expect(cell, `${id} has no table row`).to.not.equal(null);
      expect(Number(cell!.getAttribute('data-value')), id).to.equal(figureById(id)!.value);
    }
    const parks = root(el).querySelector('td[data-figure="zhongshan-theme-parks-planned-area"]')!.closest('tr')!;
    expect(parks.querySelector('th')!.textContent).to.contain('未绘出');
    expect(root(el).querySelectorAll('rect.square').length).to.equal(6);
  });

  it('draws the shares, the platforms line and its full sentence when asked to', async () => {
    const el = await mount('shares', 640);
    await openTable(el);
    expectFiguresDrawnAndTabled(root(el), [...DRAWN, ...SHARES]);
    const line = root(el).querySelector<SVGTextElement>('g.shares text.fact')!;
    expect(line.textContent!.replace(/\s+/g, '')).to.equal('江门承接产业有序转移主平台是省重点支持建设的5个主平台之一，也是大湾区唯一的一个。');
    expect(line.getAttribute('data-value')).to.equal('5');
    const whole = Number(root(el).querySelector('rect.whole-bar')!.getAttribute('width'));
    const part = Number(root(el).querySelector('rect.part-bar')!.getAttribute('width'));
    const jiangmen = Number(root(el).querySelector('rect.part-whole-bar')!.getAttribute('width'));
    const developed = Number(root(el).querySelector('rect.developed-bar')!.getAttribute('width'));
    expect(part / whole).to.be.closeTo(1 / 6, 1e-9);
    expect(developed / jiangmen, 'the 12% is of Jiangmen’s land, drawn on Jiangmen’s own bar').to.be.closeTo(0.12, 1e-9);
    el.lang = 'en';
    await el.updateComplete;
    const words = [...root(el).querySelectorAll('g.shares text.fact tspan')].map((t) => t.textContent).join(' ');
    expect(words).to.contain('one of the 5 main platforms the province backs most, and the only one in the Greater Bay Area.');
  });

  it('explains the shares in About the data, with 1/6 × 12% marked as derived', async () => {
    const el = await mount();
    const about = root(el).querySelector('[part~="about"]')!.textContent!;
    expect(about).to.contain('开发强度是占江门陆地的比例');
    expect(about).to.contain('不足2%（推算：1/6 × 12%）');
    expect(about).to.contain('原文未给出大湾区陆地的总面积');
  });

  it('keeps the article’s hedges: 不足12%, 70余亩 never reads as exact, nor converts to more than it says', async () => {
    const el = await mount();
    await openTable(el);
    const text = shadowText(el);
    expect(text).to.contain('不足12%');
    expect(text).to.match(/70[多余]亩/);
    expect(text).to.contain('≈ 0.047平方公里');
    el.lang = 'en';
    await el.updateComplete;
    const en = shadowText(el);
    expect(en).to.contain('under 12%');
    expect(en).to.contain('more than 70 mu');
    expect(en).to.contain('≈ 0.047 km²');
    expect(en).to.not.contain('0.05 km²');
  });

  it('measured in Chromium, draws area proportional to value: every square on one scale', async () => {
    for (const width of [320, 640, 1280]) {
      const el = await mount('', width);
      const rects = [...root(el).querySelectorAll<SVGRectElement>('rect.square')];
      const ratios = rects.map((r) => {
        const box = r.getBBox();
        expect(box.width, 'a square').to.be.closeTo(box.height, 1e-3);
        return box.width ** 2 / toSquareMetres(Number(r.getAttribute('data-value')), r.getAttribute('data-unit') as LandUnit);
      });
      for (const ratio of ratios) expect(ratio / ratios[0], `${width} px`).to.be.closeTo(1, 1e-6);
      // The project's site is the smallest square, far smaller than the 1.2 km² prepared.
      const langjian = squareFor(el, 'langjian-site-area').getBBox();
      const prepared = squareFor(el, 'shenjiang-land-prepared').getBBox();
      expect(langjian.width).to.be.below(prepared.width / 4);
    }
  });

  it('draws equal values as equal areas with equal fills, whatever the unit (1 km² and 1500亩)', async () => {
    const el = await mount('', 640);
    const area = (value: number, unit: string) => ({ value, unit, label: { 'zh-Hans': '面积', en: 'Area' }, date: '2024' });
    el.data = {
      parcels: [
        { label: { 'zh-Hans': '甲', en: 'A' }, area: area(1, '平方公里'), tone: 'jiangmen' },
        { label: { 'zh-Hans': '乙', en: 'B' }, area: area(1500, '亩'), tone: 'jiangmen' },
        { label: { 'zh-Hans': '丙', en: 'C' }, area: area(0.5, '平方公里'), tone: 'jiangmen' },
      ],
    } as LandLedgerData;
    await el.updateComplete;
    const [a, b, c] = [...root(el).querySelectorAll<SVGRectElement>('rect.square')];
    expect(a.getBBox().width).to.be.closeTo(b.getBBox().width, 1e-6);
    expect(getComputedStyle(a).fill).to.equal(getComputedStyle(b).fill);
    expect(getComputedStyle(a).fillOpacity).to.equal(getComputedStyle(b).fillOpacity);
    expect(c.getBBox().width ** 2 / a.getBBox().width ** 2).to.be.closeTo(0.5, 1e-6);
  });

  it('stands the squares on one baseline at 640 px and on one right edge at 320 px', async () => {
    const row = await mount('', 640);
    const bottoms = [...root(row).querySelectorAll<SVGRectElement>('rect.square')].map((r) => r.getBBox().y + r.getBBox().height);
    for (const bottom of bottoms) expect(bottom).to.be.closeTo(bottoms[0], 1e-3);
    const list = await mount('', 320);
    const rights = [...root(list).querySelectorAll<SVGRectElement>('rect.square:not(.inner)')].map((r) => r.getBBox().x + r.getBBox().width);
    for (const right of rights) expect(right).to.be.closeTo(rights[0], 1e-3);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const attrs of ['', 'shares']) {
      it(`sets no label on another label or on a square at 320 px in ${lang}${attrs ? ' with shares' : ''} (measured)`, async () => {
        const el = await mount(`lang="${lang}" ${attrs}`, 320);
        const svg = root(el).querySelector('svg')!;
        const width = Number(svg.getAttribute('width'));
        const texts = [...root(el).querySelectorAll<SVGTextElement>('svg text')];
        const squares = [...root(el).querySelectorAll<SVGRectElement>('rect.square')];
        // A CJK face's glyph box (ascent + descent ≈ 1.45 em) is taller than the 1.38 em line:
        // stacked lines touch by a px or so without colliding, which takes a whole line.
        const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 2 && b.y < a.y + a.height - 2;
        const boxes = texts.map((t) => t.getBBox() as DOMRect);
        boxes.forEach((a, i) => {
          // A “J” hooks a px or two left of its origin; the drawing lets it show.
          expect(a.x, texts[i].textContent!).to.be.at.least(-3);
          expect(a.x + a.width, texts[i].textContent!).to.be.at.most(width + 1);
          for (let j = i + 1; j < boxes.length; j++) expect(hit(a, boxes[j]), `${texts[i].textContent} × ${texts[j].textContent}`).to.equal(false);
          for (const square of squares) expect(hit(a, square.getBBox() as DOMRect), `${texts[i].textContent} on a square`).to.equal(false);
        });
      });
    }
  }

  for (const [width, zh, en] of [
    [320, 1600, 2000],
    [640, 1000, 1250],
  ] as const) {
    it(`fits the height budget at ${width} px: ${zh} px in Chinese, ${en} px in English, shares drawn or not`, async () => {
      for (const attrs of ['', 'shares']) {
        for (const [lang, budget] of [['zh-CN', zh], ['en', en]] as const) {
          const el = await mount(`lang="${lang}" ${attrs}`, width);
          const height = el.getBoundingClientRect().height;
          expect(height, `${lang} ${attrs}`).to.be.at.most(budget);
          // Without the shares, well under: one message, one scale.
          if (!attrs) expect(height, `${lang}`).to.be.at.most(budget * 0.8);
        }
      }
    });
  }

  it('ends every sentence of its catalogues with its closing punctuation, and no label with a lone glyph', async () => {
    const sentence = /(takeaway|\.note$|about-|-note$|main-platforms|description-)/;
    // Each language is a pack the widget fetches when it first draws in it.
    for (const [script, pack] of Object.entries(messages)) {
      const words = (await pack()) as unknown as Record<string, string>;
      const keys = Object.keys(words);
      expect(keys.filter((k) => sentence.test(k)).length, `${script}: the pattern finds the sentences`).to.be.at.least(12);
      for (const key of keys) {
        const text = words[key];
        if (sentence.test(key)) expect(text, `${script} ${key}`).to.match(/[。.！？!?][”’"]?$/);
        expect(text, `${script} ${key}`).to.not.match(/[◀▶◁▷←→]\s*$|^\s*[◀▶◁▷]/);
      }
    }
  });

  it('writes English without Chinese, with 可供出让 as “available for transfer” and no “(整备)”', async () => {
    const el = await mount('lang="en" shares', 640);
    await openTable(el);
    const seen = [...root(el).querySelectorAll('figcaption, svg text, [part~="notes"], [part~="about"], tbody th, tbody td')].map((n) => n.textContent!).join(' ');
    expect(seen).to.contain('available for transfer');
    expect(seen).to.not.contain('ready for sale');
    expect(seen).to.not.match(/\p{Script=Han}/u);
    expect(seen).to.contain('more than 70 mu');
  });

  it('converts units by 1亩 = 10000/15 m², marks conversions ≈ or = in the labels and explains them in About the data', async () => {
    const el = await mount();
    const km2 = ((1.24e4 * 10000) / 15 / 1e6).toFixed(2);
    const drawing = [...root(el).querySelectorAll('svg text')].map((t) => t.textContent!.replace(/\s+/g, '')).join('|');
    expect(drawing).to.contain(`≈${km2}平方公里`);
    expect(drawing).to.contain('=4.064平方公里');
    expect(drawing).to.contain('=1800亩');
    expect(root(el).querySelector('[part~="notes"]')!.textContent).to.contain('1平方公里 = 1500亩');
    const about = root(el).querySelector('[part~="about"]')!.textContent!;
    expect(about).to.contain('1亩 = 10000/15平方米');
    expect(about).to.contain('市制单位换算');
    expect(about).to.contain('厂房面积，不是土地面积');
    expect(about).to.contain('272平方公里');
  });

  it('gives every area in km² and 亩 in the table, each converted cell marked by its column as derived', async () => {
    const el = await mount();
    await openTable(el);
    const headers = [...root(el).querySelectorAll('th[scope="col"]')].map((th) => th.textContent!);
    expect(headers.filter((h) => h.includes('推算'))).to.have.length(2);
    const row = root(el).querySelector('td[data-figure="hymson-plant-area-2017"]')!.closest('tr')!;
    const values = [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-value'));
    // km² and 亩 of 1万平方米: 0.01 km², 15亩.
    expect(values.slice(1).map(Number)).to.deep.equal([0.01, 15]);
    const langjian = root(el).querySelector('td[data-figure="langjian-site-area"]')!.closest('tr')!;
    const km2 = langjian.querySelectorAll('td')[1];
    expect(km2.textContent).to.equal('约0.047平方公里');
    expect(Number(km2.getAttribute('data-value'))).to.equal(0.047);
  });

  it('converts every label to the unit an editor names, and refuses nonsense with a message', async () => {
    const el = await mount('unit="m2"');
    expect(shadowText(el)).to.contain('= 458万平方米');
    const bad = await mount('unit="furlongs"');
    expect(root(bad).querySelector('[part~="message"]')!.textContent).to.contain('furlongs');
    expect(root(bad).querySelectorAll('rect.square').length).to.be.greaterThan(0);
  });

  it('draws a developer’s own line about the part, and refuses one with no place for its number', async () => {
    const el = await mount('lang="en" shares');
    const figure = { value: 3, unit: '个', label: { 'zh-Hans': '港口', en: 'Ports' }, date: '2024' } as const;
    const parcels = [{ label: { 'zh-Hans': '甲', en: 'Plot A' }, area: { value: 4, unit: '平方公里', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' } }];
    const share = {
      whole: { 'zh-Hans': '全省', en: 'the province' },
      part: { 'zh-Hans': '甲市', en: 'City A' },
      share: { value: 10, unit: '%', label: { 'zh-Hans': '占比', en: 'Share' }, date: '2024' },
    };
    el.data = { share: { ...share, facts: [{ text: { 'zh-Hans': '甲市有{value}港口。', en: 'City A has {value} ports.' }, figure }] }, parcels } as LandLedgerData;
    await el.updateComplete;
    const line = root(el).querySelector('g.shares text.fact')!;
    expect(line.textContent!.trim()).to.equal('City A has 3 ports.');
    expect(line.getAttribute('data-value')).to.equal('3');
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

  it('draws a developer’s own parcels under its own title, credits only the source it names, and reports every problem', async () => {
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
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.not.contain('70 mu');
    expect(root(el).querySelector('[part~="source"]'), 'the article is not credited for a reader’s land').to.equal(null);
    el.data = { ...data, source: { 'zh-Hans': '某市规划局', en: 'City Planning Bureau' } };
    await el.updateComplete;
    expect(root(el).querySelector('[part~="source"]')!.textContent).to.contain('City Planning Bureau');

    el.data = {
      parcels: [
        { label: { 'zh-Hans': '甲', en: 'A' }, area: { value: -1, unit: '吨', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' } },
        {
          label: { 'zh-Hans': '乙', en: 'B' },
          area: { value: 1, unit: '平方公里', label: { 'zh-Hans': '乙', en: 'B' }, date: '2024' },
          inner: [{ label: { 'zh-Hans': '丙', en: 'C' }, area: { value: 2, unit: '平方公里', label: { 'zh-Hans': '丙', en: 'C' }, date: '2024' } }],
        },
      ],
      tableOnly: [{ label: 'x' }],
    } as unknown as LandLedgerData;
    await el.updateComplete;
    const message = root(el).querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('data.parcels[0].area.unit');
    expect(message, 'both problems of one area, not just the first').to.contain('data.parcels[0].area.value');
    expect(message).to.contain('data.parcels[1].inner[0].area');
    expect(message).to.contain('data.tableOnly[0]');
    expect(el.hasError).to.equal(true);
  });

  it('steps through every square from the keyboard, with the article’s words in the tip', async () => {
    const el = await mount();
    const svgEl = root(el).querySelector('svg')!;
    svgEl.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('1.24万亩');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelectorAll('[data-mark]').length).to.equal(6);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('原文');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
    const withShares = await mount('shares');
    expect(root(withShares).querySelectorAll('[data-mark]').length).to.equal(2 + 6);
  });

  it('writes Traditional Chinese for zh-HK', async () => {
    const el = await mount('lang="zh-HK"');
    expect(shadowText(el)).to.contain('萬畝');
    expect(shadowText(el)).to.contain('來源');
  });
});
