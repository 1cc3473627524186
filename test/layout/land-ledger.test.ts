import { expect } from 'chai';
import { layoutLandLedger, MIN_ROW_SIDE, type LandLedgerInput, type LandLedgerLayout } from '../../src/layout/land-ledger.js';
import { fromSquareMetres, MU_PER_KM2, SQUARE_METRES_PER_MU, toSquareMetres } from '../../src/standards/land-units.js';
import { wrapText } from '../../src/layout/text-width.js';
import { runLineWidth, type LabelRun, type PlacedRun } from '../../src/layout/label-runs.js';

// The article's areas in m², converted here by the definitions: 1亩 = 10000/15 m², 1 km² = 10⁶ m².
const MU = 10000 / 15;
const AREAS = {
  contiguous: 1.24e4 * MU, // 1.24万亩
  forTransfer: 6096 * MU, // 6096亩
  startup: 4.58e6, // 4.58平方公里
  usable: 3.3e6, // 3.3平方公里
  prepared: 1.2e6, // 1.2平方公里
  langjian: 70 * MU, // 70余亩
};

/** The article's drawn land with labels as long as the widget's, in one language; the share bars when asked. */
function articleInput(english = false, withShare = false): LandLedgerInput {
  const t = (zh: string, en: string) => (english ? en : zh);
  const runs = (name: string, value: string, derived: string): LabelRun[] => [
    { text: name, kind: 'name' },
    { text: value, kind: 'value' },
    { text: derived, kind: 'derived' },
  ];
  return {
    share: withShare
      ? {
          share: 1 / 6,
          developed: 0.12,
          developedOpen: 'less',
          whole: t('大湾区陆地面积', 'Greater Bay Area’s land'),
          part: t('江门：1/6', 'Jiangmen: 1/6'),
          developedText: t('江门陆地已开发：不足12%', 'Jiangmen developed: under 12%'),
          facts: [
            {
              text: t(
                '江门承接产业有序转移主平台是省重点支持建设的5个主平台之一，也是大湾区唯一的一个。',
                'Jiangmen’s main platform for orderly industrial transfer is one of the 5 main platforms the province backs most, and the only one in the Greater Bay Area.',
              ),
              kind: 'value',
            },
          ],
        }
      : undefined,
    areasHeading: t('土地面积（方块面积按同一比例）', 'Land areas (square areas to one scale)'),
    parcels: [
      { areas: [AREAS.contiguous], runs: runs(t('中山已准备的连片工业用地', 'Zhongshan: contiguous industrial land prepared'), t('1.24万亩', '12,400 mu'), t('≈ 8.27平方公里', '≈ 8.27 km²')) },
      { areas: [AREAS.forTransfer], runs: runs(t('中山完成手续、可供出让的工业用地', 'Zhongshan: industrial land available for transfer'), t('6096亩', '6,096 mu'), t('= 4.064平方公里', '= 4.064 km²')) },
      {
        areas: [AREAS.startup, AREAS.usable],
        runs: [
          ...runs(t('深江经济合作区启动区', 'Shenzhen–Jiangmen zone: start-up area'), t('4.58平方公里', '4.58 km²'), t('= 6870亩', '= 6,870 mu')),
          { text: t('其中可用面积（均为工业用地）', 'of which usable (all industrial land)'), kind: 'value' },
          { text: t('3.3平方公里', '3.3 km²'), kind: 'value' },
          { text: t('= 4950亩', '= 4,950 mu'), kind: 'derived' },
        ],
      },
      { areas: [AREAS.prepared], runs: runs(t('深江经济合作区已完成土地整备', 'Shenzhen–Jiangmen zone: land already prepared'), t('1.2平方公里', '1.2 km²'), t('= 1800亩', '= 1,800 mu')) },
      { areas: [AREAS.langjian], runs: runs(t('浪尖设计集团项目占地（翠亨新区）', 'Langjian Design Group’s project site (Cuiheng New Area)'), t('70余亩', 'more than 70 mu'), '≈ 0.047 km²') },
    ],
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  what: string;
}

/** Every text line the layout sets, as the box it takes. */
function textBoxes(layout: LandLedgerLayout, { share = true } = {}): Box[] {
  const runs: PlacedRun[] = [...(layout.areasHeading ? [layout.areasHeading] : []), ...layout.labels.flatMap((l) => l.runs)];
  if (layout.share && share) {
    const s = layout.share;
    runs.push(s.whole, s.part, ...(s.developed ? [s.developed] : []), ...s.facts);
  }
  return runs.flatMap((run) =>
    run.lines.map((line, i) => {
      const baseline = run.y + i * run.lineHeight;
      return { x0: run.x, x1: run.x + runLineWidth(line, run.kind), y0: baseline - run.fontSize, y1: baseline + run.fontSize * 0.25, what: line };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const squareOf = (layout: LandLedgerLayout, parcel: number, index = 0) => layout.squares.find((q) => q.parcel === parcel && q.index === index)!;
const WIDTHS = [280, 320, 480, 640, 1280];

describe('land units', () => {
  it('converts by the standard definitions: 1亩 = 10000/15 m², 1 km² = 1500亩', () => {
    expect(SQUARE_METRES_PER_MU).to.equal(10000 / 15);
    expect(MU_PER_KM2).to.be.closeTo(1500, 1e-9);
    expect(toSquareMetres(1.24, '万亩')).to.be.closeTo(12400 * (10000 / 15), 1e-6);
    expect(fromSquareMetres(toSquareMetres(1, '万平方米'), 'mu')).to.be.closeTo(15, 1e-9);
    expect(fromSquareMetres(toSquareMetres(272, '平方公里'), 'mu')).to.be.closeTo(272 * 1500, 1e-6);
  });
});

describe('layoutLandLedger', () => {
  for (const width of WIDTHS) {
    it(`draws every square on one scale at ${width} px: side² / area is the same for all, the 70亩 plot the smallest`, () => {
      const layout = layoutLandLedger(articleInput(), { width });
      const input = articleInput();
      for (const q of layout.squares) {
        const area = input.parcels[q.parcel].areas[q.index];
        expect(q.side ** 2 / area, `parcel ${q.parcel}:${q.index}`).to.be.closeTo(layout.k ** 2, 1e-12);
      }
      const langjian = squareOf(layout, 4);
      const prepared = squareOf(layout, 3);
      // The old zoom ladder drew 70亩 twice as wide as 1.2 km²: one scale makes it about a fifth.
      expect(langjian.side).to.be.below(prepared.side);
      expect((langjian.side / prepared.side) ** 2).to.be.closeTo(AREAS.langjian / AREAS.prepared, 1e-9);
    });
  }

  it('draws equal areas as equal squares, and a smaller area never as the larger square', () => {
    const runs: LabelRun[] = [{ text: '甲', kind: 'name' }];
    for (const width of [320, 640]) {
      const layout = layoutLandLedger({ parcels: [{ areas: [1e6], runs }, { areas: [1500 * MU], runs }, { areas: [0.9e6], runs }] }, { width });
      expect(squareOf(layout, 0).side).to.be.closeTo(squareOf(layout, 1).side, 1e-9);
      expect(squareOf(layout, 2).side).to.be.below(squareOf(layout, 0).side);
    }
  });

  it('stands every square on one baseline when they fit in a row, labels under it', () => {
    for (const width of [640, 1280]) {
      const layout = layoutLandLedger(articleInput(), { width });
      expect(layout.mode, `${width}`).to.equal('row');
      for (const q of layout.squares) expect(q.y + q.side, `${width}: ${q.parcel}:${q.index}`).to.be.closeTo(layout.edge, 1e-9);
      for (const box of textBoxes(layout)) expect(box.y0, box.what).to.be.above(layout.edge);
      expect(squareOf(layout, 0).side).to.be.at.least(MIN_ROW_SIDE);
    }
  });

  it('turns into a list on a phone: squares right-aligned on one edge, each top level with its label', () => {
    for (const english of [false, true]) {
      const layout = layoutLandLedger(articleInput(english), { width: 320 });
      expect(layout.mode).to.equal('list');
      for (const label of layout.labels) {
        const square = squareOf(layout, label.parcel);
        expect(square.x + square.side).to.be.closeTo(layout.edge, 1e-9);
        const first = label.runs[0];
        expect(square.y).to.be.closeTo(first.y - first.fontSize, 1e-9);
        expect(first.x).to.be.above(layout.edge);
      }
      // One parcel a line, in the data's order.
      const tops = layout.labels.map((l) => squareOf(layout, l.parcel).y);
      expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    }
  });

  it('nests the usable land inside the start-up area at its bottom-left corner, at true scale', () => {
    for (const width of [320, 640]) {
      const layout = layoutLandLedger(articleInput(), { width });
      const outer = squareOf(layout, 2, 0);
      const inner = squareOf(layout, 2, 1);
      expect(inner.x).to.equal(outer.x);
      expect(inner.y + inner.side).to.be.closeTo(outer.y + outer.side, 1e-9);
      expect(inner.side ** 2 / outer.side ** 2).to.be.closeTo(3.3 / 4.58, 1e-9);
    }
  });

  it('draws the shares as parts of a whole: 1/6 of the bar, then 12% of Jiangmen’s own bar', () => {
    const { share } = layoutLandLedger(articleInput(false, true), { width: 640 });
    expect(share!.partBar.width / share!.wholeBar.width).to.be.closeTo(1 / 6, 1e-9);
    expect(share!.developedBar!.width / share!.partWholeBar!.width).to.be.closeTo(0.12, 1e-9);
    expect(share!.developedMarker, '不足12% is drawn as an open end').to.be.a('string');
  });

  it('never leaves the open-end arrowhead without its words beside it (no lone ◀)', () => {
    for (const width of WIDTHS) {
      for (const english of [false, true]) {
        const { share } = layoutLandLedger(articleInput(english, true), { width });
        if (share!.developedMarker) expect(share!.developed!.inside, `${width} ${english ? 'en' : 'zh'}`).to.equal(true);
        else expect(share!.developed!.inside, `${width} ${english ? 'en' : 'zh'}: the words fit, the arrowhead must be there`).to.equal(false);
      }
    }
  });

  for (const width of WIDTHS) {
    for (const english of [false, true]) {
      for (const withShare of [false, true]) {
        it(`keeps every label inside ${width} px, apart from every other label and off the squares (${english ? 'en' : 'zh'}${withShare ? ', shares' : ''})`, () => {
          const layout = layoutLandLedger(articleInput(english, withShare), { width });
          const boxes = textBoxes(layout);
          for (const box of boxes) {
            expect(box.x0, box.what).to.be.at.least(0);
            expect(box.x1, box.what).to.be.at.most(width + 0.5);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${boxes[i].what} × ${boxes[j].what}`).to.equal(false);
          }
          const squareLabels = textBoxes(layout, { share: false });
          for (const square of layout.squares) {
            const box = { x0: square.x, x1: square.x + square.side, y0: square.y, y1: square.y + square.side, what: 'square' };
            for (const label of squareLabels) expect(overlap(label, box), `${label.what} on a square`).to.equal(false);
            expect(square.x).to.be.at.least(0);
            expect(square.x + square.side).to.be.at.most(width);
            if (layout.share) expect(square.y).to.be.above(layout.share.bottom);
          }
          expect(layout.height).to.be.at.least(Math.max(...boxes.map((b) => b.y1)) - 4);
        });
      }
    }
  }

  it('sets the part’s other numbers under the bars and above the areas, in every width', () => {
    for (const width of WIDTHS) {
      const { share, areasHeading } = layoutLandLedger(articleInput(false, true), { width });
      const [fact] = share!.facts;
      const bars = share!.developed!.inside ? share!.developedBar!.y + share!.developedBar!.height : share!.developed!.y;
      expect(fact.y - fact.fontSize, `${width}`).to.be.at.least(bars);
      expect(fact.x).to.equal(0);
      expect(fact.lines.join('')).to.contain('5个主平台之一');
      expect(areasHeading!.y - areasHeading!.fontSize, `${width}`).to.be.above(share!.bottom);
    }
  });

  it('sets no text below 12 px', () => {
    const layout = layoutLandLedger(articleInput(false, true), { width: 320 });
    for (const run of [...layout.labels.flatMap((l) => l.runs), ...layout.share!.facts]) expect(run.fontSize).to.be.at.least(12);
  });
});

describe('wrapText (Chinese line-breaking rules, as land-ledger labels use them)', () => {
  it('never parts a number from its unit', () => {
    for (let width = 60; width <= 240; width += 5) {
      const lines = wrapText('江门提供给海目星的厂房（2017年）', 13, width);
      expect(lines.join('')).to.equal('江门提供给海目星的厂房（2017年）');
      for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]}|${lines[i]}`).to.not.match(/\d\|[年）]/);
    }
  });

  it('never ends a line on an opening bracket nor starts one with a closing mark', () => {
    for (let width = 60; width <= 200; width += 7) {
      const lines = wrapText('中山十大现代主题产业园（总规划面积），共10个。', 13, width);
      expect(lines.join('')).to.equal('中山十大现代主题产业园（总规划面积），共10个。');
      for (const line of lines.slice(0, -1)) expect(line).to.not.match(/[（“]$/);
      for (const line of lines.slice(1)) expect(line).to.not.match(/^[）。，]/);
    }
  });
});
