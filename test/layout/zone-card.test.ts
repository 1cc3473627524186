import { expect } from 'chai';
import { areaScale, keyArea, squareSide } from '../../src/layout/area-square.js';
import { flowItems } from '../../src/layout/flow-text.js';
import { stackLabels } from '../../src/layout/label-stack.js';
import { estimateTextWidth, wrapText } from '../../src/layout/text-width.js';
import { squarify, type Rect } from '../../src/layout/treemap.js';
import { layoutZoneCard, type AreaMark, type ZoneCardLayout, type ZoneText } from '../../src/layout/zone-card.js';
import { rectsOverlap } from '../../src/layout/zone-card-marks.js';

const area = (r: Rect) => r.width * r.height;
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const inside = (inner: Rect, outer: Rect, slack = 1e-6) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

const km = (value: number) => `${value}平方公里`;
const a = (name: string, value: number) => ({ name, area: value, value: km(value) });
const lists = (industries: string[]) => [
  { lead: '产业：', items: industries },
  { lead: '合作模式：', items: ['深圳总部+江门基地', '深圳研发+江门生产', '深圳服务+江门制造'] },
];

/** The article's two zones, in the words the widget would set (numbers from the text). */
const shenjiang: ZoneText = {
  title: '深江经济合作区',
  subtitle: '银湖湾滨海新区',
  whole: a('规划面积', 66),
  parts: [],
  nested: [a('启动区', 4.58), a('启动区可用面积', 3.3)],
  unplaced: [a('已完成土地整备', 1.2)],
  lists: lists(['新一代信息技术', '新能源', '新材料', '高端装备', '生物医药', '现代轻工制造业']),
};
const shenzhong: ZoneText = {
  title: '深中经济合作区',
  whole: a('规划面积', 66),
  parts: [a('马鞍岛', 35), a('南朗片区', 19), a('民众片区', 12)],
  nested: [],
  unplaced: [],
  lists: lists(['电子信息', '健康医药', '新能源']),
};
const options = { separator: '、' };
const marksOf = (layout: ZoneCardLayout, panel: number, kind: AreaMark['kind']) => layout.panels[panel].marks.filter((m) => m.kind === kind);

describe('squarify', () => {
  it('gives each value an area in proportion to it, tiling the rectangle exactly', () => {
    const rect = { x: 10, y: 20, width: 100, height: 100 };
    const tiles = squarify([35, 19, 12], rect);
    [35, 19, 12].forEach((v, i) => expect(area(tiles[i]) / area(rect)).to.be.closeTo(v / 66, 1e-9));
    expect(tiles.reduce((s, t) => s + area(t), 0)).to.be.closeTo(area(rect), 1e-9);
    for (const t of tiles) expect(inside(t, rect)).to.equal(true);
    for (let i = 0; i < tiles.length; i++) for (let j = i + 1; j < tiles.length; j++) expect(overlap(tiles[i], tiles[j])).to.be.closeTo(0, 1e-9);
  });

  it('keeps the largest part whole down one side, as the sketch draws 马鞍岛', () => {
    // Row [35] has aspect 66/35 ≈ 1.9; adding 19 makes 19's rectangle 66²/(54·19)… ≈ 2.3: worse, so 35 stands alone.
    const [maan, nanlang, minzhong] = squarify([35, 19, 12], { x: 0, y: 0, width: 66, height: 66 });
    expect(maan.height).to.be.closeTo(66, 1e-9);
    expect(maan.width).to.be.closeTo(35, 1e-9);
    expect(nanlang.x).to.be.closeTo(35, 1e-9);
    expect(minzhong.y).to.be.closeTo(nanlang.height, 1e-9);
  });

  it('returns results in input order and zero-sized boxes for zero values', () => {
    const tiles = squarify([1, 0, 3], { x: 0, y: 0, width: 40, height: 10 });
    expect(area(tiles[0]) / area(tiles[2])).to.be.closeTo(1 / 3, 1e-9);
    expect(area(tiles[1])).to.equal(0);
  });
});

describe('area squares', () => {
  it('make side ∝ √area, so drawn area ∝ km²', () => {
    const k = areaScale(66, 300);
    expect(squareSide(66, k)).to.be.closeTo(300, 1e-9);
    expect(squareSide(4.58, k) ** 2 / squareSide(66, k) ** 2).to.be.closeTo(4.58 / 66, 1e-12);
  });

  it('choose a round key area near 40 px: 1 km² for a 66 km² square of 318 px', () => {
    expect(keyArea(areaScale(66, 318))).to.equal(1);
    expect(keyArea(areaScale(0.5, 300))).to.equal(0.01);
  });
});

describe('line helpers', () => {
  it('flowItems breaks between items, never inside one that fits a line', () => {
    const items = ['新一代信息技术', '新能源', '新材料', '高端装备', '生物医药', '现代轻工制造业'];
    const lines = flowItems(items, 13, 160);
    for (const line of lines) expect(estimateTextWidth(line, 13)).to.be.at.most(160);
    expect(lines.join(' · ').split(' · ')).to.deep.equal(items);
  });

  it('wrapText never starts a line with a closing bracket', () => {
    const text = '已完成土地整备（是否在启动区内原文未明说）';
    // 20 ideographs fit in 260 px: plain wrapping would leave "）" alone on line two.
    const lines = wrapText(text, 13, 260);
    expect(lines.join('')).to.equal(text);
    for (const line of lines) expect(line).to.not.match(/^[）)]/);
    for (const line of lines) expect(estimateTextWidth(line, 13)).to.be.at.most(260);
  });

  it('stackLabels keeps labels apart and inside their range', () => {
    const tops = stackLabels([10, 12, 14], [20, 20, 20], { top: 0, bottom: 100, gap: 4 });
    expect(tops[1] - tops[0]).to.be.at.least(24);
    expect(tops[2] - tops[1]).to.be.at.least(24);
    const pushed = stackLabels([90, 95], [20, 20], { top: 0, bottom: 100, gap: 4 });
    expect(pushed[1] + 20).to.be.at.most(100);
    expect(pushed[1] - pushed[0]).to.be.at.least(24);
  });
});

describe('layoutZoneCard', () => {
  it('draws every area in proportion to its km² (within 1%)', () => {
    for (const width of [280, 320, 768, 1280, 1600]) {
      const layout = layoutZoneCard([shenjiang, shenzhong], { width }, options);
      const whole = (p: number) => area(layout.panels[p].square);
      const expectRatio = (mark: AreaMark, km2: number, p: number) => expect(area(mark.rect) / whole(p), `${width}px ${mark.kind}`).to.be.closeTo(km2 / 66, (km2 / 66) * 0.01);
      const [startup, usable] = marksOf(layout, 0, 'nested');
      expectRatio(startup, 4.58, 0);
      expectRatio(usable, 3.3, 0);
      expectRatio(marksOf(layout, 0, 'unplaced')[0], 1.2, 0);
      [35, 19, 12].forEach((km2, i) => expectRatio(marksOf(layout, 1, 'part')[i], km2, 1));
      // One k for everything: the 4.58 km² square of one zone against the 66 km² square of the other.
      expect(area(startup.rect) / whole(1)).to.be.closeTo(4.58 / 66, (4.58 / 66) * 0.01);
    }
  });

  it('draws the two 66 km² zones as equal squares, side by side when wide and stacked when narrow', () => {
    const wide = layoutZoneCard([shenjiang, shenzhong], { width: 1280 }, options);
    expect(wide.columns).to.equal(2);
    const [left, right] = wide.panels.map((p) => p.square);
    expect(left.width).to.be.closeTo(right.width, 1e-9);
    expect(left.height).to.be.closeTo(right.height, 1e-9);
    expect(left.y).to.be.closeTo(right.y, 1e-9);
    expect(right.x).to.be.greaterThan(left.x + left.width);

    const narrow = layoutZoneCard([shenjiang, shenzhong], { width: 320 }, options);
    expect(narrow.columns).to.equal(1);
    const [top, bottom] = narrow.panels.map((p) => p.square);
    expect(top.width).to.be.closeTo(bottom.width, 1e-9);
    expect(bottom.y).to.be.greaterThan(top.y + top.height);
    expect(top.x + top.width).to.be.at.most(320);
  });

  it('partitions the 66 km² square exactly into 35 + 19 + 12', () => {
    const layout = layoutZoneCard([shenzhong], { width: 320 }, options);
    const square = layout.panels[0].square;
    const parts = marksOf(layout, 0, 'part');
    expect(parts.reduce((s, p) => s + area(p.rect), 0)).to.be.closeTo(area(square), 1e-6);
    for (const p of parts) expect(inside(p.rect, square)).to.equal(true);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i].rect, parts[j].rect)).to.be.closeTo(0, 1e-6);
    expect(layout.panels[0].rest).to.equal(undefined);
  });

  it('nests 3.3 in 4.58 in 66 and sets the 1.2 km² of unknown place apart from the nest', () => {
    const layout = layoutZoneCard([shenjiang], { width: 320 }, options);
    const square = layout.panels[0].square;
    const [startup, usable] = marksOf(layout, 0, 'nested');
    const [prepared] = marksOf(layout, 0, 'unplaced');
    expect(inside(startup.rect, square)).to.equal(true);
    expect(inside(usable.rect, startup.rect)).to.equal(true);
    expect(inside(prepared.rect, square)).to.equal(true);
    expect(overlap(prepared.rect, startup.rect)).to.equal(0);
  });

  it('leaves the undivided rest of the whole empty when parts sum to less', () => {
    const layout = layoutZoneCard([{ ...shenzhong, parts: [a('甲', 30), a('乙', 6)] }], { width: 400 }, options);
    const square = layout.panels[0].square;
    const parts = marksOf(layout, 0, 'part');
    expect(area(parts[0].rect) / area(square)).to.be.closeTo(30 / 66, 1e-9);
    expect(area(layout.panels[0].rest!) / area(square)).to.be.closeTo(30 / 66, 1e-9);
  });

  for (const width of [280, 320]) {
    it(`keeps every label at ≥ 12 px, inside its column and clear of other labels and of the small marks at ${width} px`, () => {
      const layout = layoutZoneCard([shenjiang, shenzhong], { width }, options);
      for (const panel of layout.panels) {
        const column = { x: panel.x, y: 0, width: panel.width, height: layout.height };
        const labels = panel.marks.map((m) => m.label);
        for (const label of labels) {
          expect(label.fontSize).to.be.at.least(12);
          expect(inside(label.box, column, 0.5), label.name.join('')).to.equal(true);
        }
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i].box, labels[j].box), `${labels[i].name} / ${labels[j].name}`).to.equal(0);
        for (const list of panel.lists) {
          for (const line of list.lines) expect(list.x + estimateTextWidth((line.lead ?? '') + line.text, 13)).to.be.at.most(panel.x + panel.width + 0.5);
        }
      }
    });
  }

  for (const width of [280, 320, 640, 1280]) {
    it(`sets no label across a mark that is not its own or its zone's whole, with no leader line, at ${width} px`, () => {
      const layout = layoutZoneCard([shenjiang, shenzhong], { width }, options);
      for (const panel of layout.panels) {
        const marks = panel.marks.filter((m) => m.kind !== 'whole');
        for (const mark of panel.marks) {
          expect(mark.leader, mark.label.name.join('')).to.equal(undefined);
          for (const other of marks) {
            if (other === mark) continue;
            expect(rectsOverlap(mark.label.box, other.rect, 0), `${mark.label.name} on ${other.label.name}`).to.equal(false);
          }
          // A part's label lies on its own part; any other label lies off its own mark.
          if (mark.kind === 'part') expect(inside(mark.label.box, mark.rect, 0.5)).to.equal(true);
          else if (mark.kind !== 'whole') expect(rectsOverlap(mark.label.box, mark.rect, 0)).to.equal(false);
        }
        // The lists start below the square or beside it, never on it.
        for (const list of panel.lists) {
          const box = { x: list.x, y: list.y - 13, width: 1, height: list.lines.length * list.lineHeight };
          expect(rectsOverlap(box, panel.square, 0)).to.equal(false);
        }
      }
    });
  }

  it('labels the small marks of 深江 beside or above them, inside the whole', () => {
    const layout = layoutZoneCard([shenjiang], { width: 320 }, options);
    const square = layout.panels[0].square;
    const [startup, usable] = marksOf(layout, 0, 'nested');
    const [prepared] = marksOf(layout, 0, 'unplaced');
    expect(startup.placement).to.equal('above');
    expect(startup.label.box.y + startup.label.box.height).to.be.at.most(startup.rect.y);
    expect(usable.placement).to.equal('beside');
    expect(usable.label.box.x).to.be.at.least(startup.rect.x + startup.rect.width);
    // Beside the inner square: its label's middle lies within the square's height.
    const mid = usable.label.box.y + usable.label.box.height / 2;
    expect(mid).to.be.within(usable.rect.y, usable.rect.y + usable.rect.height);
    expect(prepared.placement).to.equal('beside');
    for (const mark of [startup, usable, prepared]) expect(inside(mark.label.box, square, 0.5)).to.equal(true);
  });

  it('moves the labels of small marks that cannot fit to a key under the square, each behind a swatch', () => {
    const crowded: ZoneText = { ...shenjiang, whole: a('规划面积', 8) };
    const layout = layoutZoneCard([crowded], { width: 320 }, options);
    const square = layout.panels[0].square;
    const small = [...marksOf(layout, 0, 'nested'), ...marksOf(layout, 0, 'unplaced')];
    for (const mark of small) {
      expect(mark.placement).to.equal('key');
      expect(mark.leader).to.equal(undefined);
      expect(mark.swatch!.y).to.be.at.least(square.y + square.height);
      expect(mark.label.box.y).to.be.at.least(square.y + square.height);
    }
    const labels = layout.panels[0].marks.map((m) => m.label.box);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i], labels[j])).to.equal(0);
    const list = layout.panels[0].lists[0];
    expect(list.y - 13).to.be.at.least(Math.max(...small.map((m) => m.label.box.y + m.label.box.height)));
  });

  it('moves a label that cannot fit its part to the key under the square, with a leader, without overlaps', () => {
    const tiny: ZoneText = { ...shenzhong, parts: [a('大片区', 60), a('小片区', 5), a('最小的一块片区', 1)] };
    const layout = layoutZoneCard([tiny], { width: 320 }, options);
    const square = layout.panels[0].square;
    const smallest = marksOf(layout, 0, 'part')[2];
    expect(smallest.placement).to.equal('key');
    expect(smallest.label.box.y).to.be.at.least(square.y + square.height);
    expect(smallest.leader![0]).to.deep.equal([smallest.tip.x, smallest.tip.y]);
    const labels = layout.panels[0].marks.map((m) => m.label.box);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i], labels[j])).to.equal(0);
    const after = layout.panels[0].lists[0];
    expect(after.y - 13).to.be.at.least(smallest.label.box.y + smallest.label.box.height);
  });

  it('draws lines between the parts only, never along the whole’s outline', () => {
    const layout = layoutZoneCard([shenzhong], { width: 320 }, options);
    const { square, dividers } = layout.panels[0];
    expect(dividers.length).to.be.at.least(2);
    for (const [x1, y1, x2, y2] of dividers) {
      const vertical = x1 === x2;
      if (vertical) expect(x1).to.be.within(square.x + 1, square.x + square.width - 1);
      else expect(y1).to.be.within(square.y + 1, square.y + square.height - 1);
      expect(vertical || y1 === y2).to.equal(true);
      expect(Math.max(x1, x2)).to.be.at.most(square.x + square.width + 1e-6);
      expect(Math.max(y1, y2)).to.be.at.most(square.y + square.height + 1e-6);
    }
  });

  it('tops each zone with a rule as wide as its square, equal for equal zones', () => {
    const layout = layoutZoneCard([shenjiang, shenzhong], { width: 640 }, options);
    const [left, right] = layout.panels;
    expect(left.band.width).to.be.closeTo(left.square.width, 1e-9);
    expect(left.band.width).to.equal(right.band.width);
    expect(left.band.y).to.equal(right.band.y);
    expect(left.band.y + left.band.height).to.be.at.most(left.square.y);
  });

  it('draws a smaller zone smaller, at the same scale', () => {
    const small = { ...shenzhong, whole: a('规划面积', 16.5), parts: [] };
    const layout = layoutZoneCard([shenzhong, small], { width: 1280 }, options);
    expect(area(layout.panels[1].square) / area(layout.panels[0].square)).to.be.closeTo(16.5 / 66, 1e-9);
  });

  it('lines up the lists of zones side by side', () => {
    for (const width of [640, 1280]) {
      const layout = layoutZoneCard([shenjiang, shenzhong], { width }, options);
      const [left, right] = layout.panels;
      left.lists.forEach((list, i) => expect(list.y).to.equal(right.lists[i].y));
    }
  });

  it('sets each list as running lines with its lead on the first, breaking only between items', () => {
    const layout = layoutZoneCard([shenjiang], { width: 320 }, options);
    const [industries, models] = layout.panels[0].lists;
    expect(industries.lines[0].lead).to.equal('产业：');
    const items = industries.lines.map((l) => l.text).join('、').split('、');
    expect(items).to.deep.equal(shenjiang.lists[0].items);
    expect(models.lines[0].lead).to.equal('合作模式：');
    expect(models.y).to.be.greaterThan(industries.y + (industries.lines.length - 1) * industries.lineHeight);
  });
});
