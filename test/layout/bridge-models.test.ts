import { expect } from 'chai';
import { layoutBridgeModels, STACK_BELOW, type BridgeGroup, type BridgeOptions, type Chip } from '../../src/layout/bridge-models.js';
import { textBox } from '../../src/layout/placed-text.js';

/** The article's seven pairings, by Shenzhen role; column 0 is Jiangmen, 1 Zhongshan. */
const role = (short: string, city = '') => ({ short, long: city + short });
const groups: BridgeGroup[] = [
  { hub: role('总部', '深圳'), partners: [{ ...role('基地', '江门'), column: 0 }, { ...role('基地', '中山'), column: 1 }] },
  { hub: role('研发', '深圳'), partners: [{ ...role('生产', '江门'), column: 0 }, { ...role('制造', '中山'), column: 1 }, { ...role('转化', '中山'), column: 1 }] },
  { hub: role('服务', '深圳'), partners: [{ ...role('制造', '江门'), column: 0 }] },
  { hub: role('链主', '深圳'), partners: [{ ...role('配套', '中山'), column: 1 }] },
];
const options = (width: number, extra: Partial<BridgeOptions> = {}): BridgeOptions => ({
  width,
  columns: ['江门', '中山'],
  hub: '深圳',
  banks: { west: '珠江口西岸', east: '东岸' },
  link: '深中通道',
  stackHeading: '经深中通道：深圳 → 江门和中山',
  circle: { column: 0, text: '江门与深圳：“1小时生活圈”' },
  schematic: '示意图，非地图',
  ...extra,
});
const right = (c: Chip) => c.x + c.width;

describe('layoutBridgeModels', () => {
  it('sets the west bank’s partners at left, Shenzhen at the right edge and the Link between', () => {
    const layout = layoutBridgeModels(groups, options(1000));
    expect(layout.mode).to.equal('across');
    const rule = layout.linkRule!;
    for (const p of layout.partners) expect(right(p)).to.be.lessThan(rule.x0);
    for (const h of layout.hubs) {
      expect(h.x).to.be.greaterThan(rule.x1);
      expect(right(h)).to.be.closeTo(1000, 1);
    }
    // Jiangmen's column lies west of Zhongshan's, beyond it from the Link.
    const [jiangmen, zhongshan] = [0, 1].map((c) => layout.partners.find((p) => p.column === c)!.x);
    expect(jiangmen).to.be.lessThan(zhongshan);
  });

  it('uses the width at 1280 px: the boxes and arrows span at least 80 % of it, and the Link is a thin mark, not a box', () => {
    const width = 1280 - 24;
    const layout = layoutBridgeModels(groups, options(width));
    const boxes = [...layout.hubs, ...layout.partners];
    const span = Math.max(...boxes.map(right)) - Math.min(...boxes.map((b) => b.x));
    expect(span / width).to.be.at.least(0.8);
    // Two rules a few px apart: no area for an empty box to fill.
    expect(layout.linkRule!.gap).to.be.at.most(6);
    expect(layout.linkRule!.x1 - layout.linkRule!.x0).to.be.lessThan(width / 3);
    // Every arrow runs from its Shenzhen box to its partner across the gap.
    for (const link of layout.links) expect(link.tip.x).to.be.lessThan(layout.linkRule!.x0);
  });

  it('gives every pairing a row of its own, so 研发 fans out to three partner boxes from one Shenzhen box', () => {
    const { hubs, partners, links } = layoutBridgeModels(groups, options(1000));
    expect(hubs).to.have.length(4);
    expect(partners).to.have.length(7);
    const rd = partners.slice(2, 5);
    for (let i = 1; i < rd.length; i++) expect(rd[i].y).to.be.at.least(rd[i - 1].y + rd[i - 1].height);
    // All three arrows start at the same point of the one 研发 box.
    const starts = links.slice(2, 5).map((l) => l.d.split('H')[0]);
    expect(new Set(starts).size).to.equal(1);
    expect(links.map((l) => l.tip.y)).to.deep.equal(partners.map((p) => p.y + p.height / 2));
  });

  it('runs each arrow only through its own row on the west bank: no arrow crosses another pairing’s box', () => {
    const { partners, links } = layoutBridgeModels(groups, options(1000));
    links.forEach((link, i) => {
      for (const [j, p] of partners.entries()) {
        if (i === j) continue;
        const crosses = link.tip.y > p.y && link.tip.y < p.y + p.height && p.x > link.tip.x;
        expect(crosses, `arrow ${i} crosses box ${j}`).to.equal(false);
      }
    });
  });

  it(`stacks on phones: below ${STACK_BELOW} px each Shenzhen role stands over its partners, an arrow down to each`, () => {
    for (const width of [280, 320]) {
      const { mode, hubs, partners, links, texts, height } = layoutBridgeModels(groups, options(width));
      expect(mode).to.equal('stack');
      let k = 0;
      groups.forEach((g, i) => {
        for (let j = 0; j < g.partners.length; j++, k++) {
          expect(partners[k].y).to.be.greaterThan(hubs[i].y + hubs[i].height);
          expect(links[k].tip.x).to.be.lessThan(partners[k].x);
        }
      });
      for (const c of [...hubs, ...partners]) {
        expect(right(c)).to.be.at.most(width);
        expect(c.y + c.height).to.be.at.most(height);
      }
      for (const t of texts) expect(textBox(t).x1, t.text).to.be.at.most(width);
    }
  });

  it('sets a travel time too long to centre under the Link from the drawing’s left edge, so no estimate error can push it past the edge', () => {
    const text = 'Jiangmen and Shenzhen: a “one-hour living circle”, the article’s phrase, not a travel time anyone measured on the road';
    const layout = layoutBridgeModels(groups, options(520, { circle: { column: 0, text } }));
    expect(layout.mode).to.equal('across');
    const circle = layout.texts.find((t) => t.role === 'circle')!;
    expect(circle.x).to.equal(0);
    expect(circle.anchor ?? 'start').to.equal('start');
    // A short one stays centred under the Link.
    const short = layoutBridgeModels(groups, options(520));
    const centred = short.texts.find((t) => t.role === 'circle')!;
    expect(centred.anchor).to.equal('middle');
    expect(centred.x).to.be.within(short.linkRule!.x0, short.linkRule!.x1);
  });

  it('falls back to the stacked form when long words leave the Link no room', () => {
    const long = groups.map((g) => ({ hub: { short: 'chain leaders and headquarters', long: 'Shenzhen chain leaders and headquarters' }, partners: g.partners.map((p) => ({ ...p, short: 'commercialisation', long: 'Zhongshan commercialisation' })) }));
    expect(layoutBridgeModels(long, options(600)).mode).to.equal('stack');
    expect(layoutBridgeModels(groups, options(600)).mode).to.equal('across');
  });

  it('measures the travel time from the partner city to Shenzhen under the drawing, and labels it a schematic', () => {
    const layout = layoutBridgeModels(groups, options(1000));
    const jiangmen = layout.partners.find((p) => p.column === 0)!;
    const hub = layout.hubs[0];
    expect(layout.circle!.x0).to.be.closeTo(jiangmen.x + jiangmen.width / 2, 1e-6);
    expect(layout.circle!.x1).to.be.greaterThan(hub.x);
    expect(layout.circle!.y).to.be.greaterThan(Math.max(...layout.partners.map((p) => p.y + p.height)));
    expect(layout.texts.some((t) => t.role === 'circle' && t.text.includes('1小时'))).to.equal(true);
    expect(layout.texts.some((t) => t.text === '示意图，非地图')).to.equal(true);
    for (const t of layout.texts) {
      const box = textBox(t);
      expect(box.x0, t.text).to.be.at.least(0);
      expect(box.x1, t.text).to.be.at.most(1000);
    }
  });

  it('keeps the Link’s name clear of the column headings, moving it off centre when the gap is narrow', () => {
    const english = options(616, { columns: ['Jiangmen', 'Zhongshan'], hub: 'Shenzhen', link: 'Shenzhen–Zhongshan Link', banks: { west: 'West bank', east: 'East bank' } });
    const layout = layoutBridgeModels(groups, english);
    expect(layout.mode).to.equal('across');
    const row = layout.texts.filter((t) => t.role === 'heading' || t.role === 'link');
    expect(row.map((t) => t.text)).to.include('Shenzhen–Zhongshan Link');
    const boxes = row.map(textBox);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${row[i].text} / ${row[j].text}`).to.equal(false);
      }
  });
});
