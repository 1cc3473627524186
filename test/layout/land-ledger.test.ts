import { expect } from '@open-wc/testing';
import { layoutLandLedger, type LandLedgerInput, type LandLedgerLayout } from '../../src/layout/land-ledger.js';
import { fromSquareMetres, MU_PER_KM2, SQUARE_METRES_PER_MU, toSquareMetres } from '../../src/layout/land-units.js';
import { wrapText } from '../../src/layout/text-width.js';
import { bottomOf, runLineWidth, type PlacedRun } from '../../src/layout/label-runs.js';
import { niceSideZoom, zoomLadder } from '../../src/layout/zoom-ladder.js';

// The article's areas in m², converted here by the definitions: 1亩 = 10000/15 m², 1 km² = 10⁶ m².
const MU = 10000 / 15;
const AREAS = {
  parks: 272e6, // 272平方公里
  contiguous: 1.24e4 * MU, // 1.24万亩
  startup: 4.58e6, // 4.58平方公里
  usable: 3.3e6, // 3.3平方公里
  forSale: 6096 * MU, // 6096亩
  prepared: 1.2e6, // 1.2平方公里
  langjian: 70 * MU, // 70余亩
  hymson: 1e4, // 1万平方米
};

/** The article's land with labels as long as the widget's, in one language. */
function articleInput(english = false): LandLedgerInput {
  const t = (zh: string, en: string) => (english ? en : zh);
  const square = (area: number, name: string, value: string, derived: string) => ({
    area,
    runs: [
      { text: name, kind: 'name' as const },
      { text: value, kind: 'value' as const },
      { text: derived, kind: 'derived' as const },
    ],
  });
  return {
    share: {
      share: 1 / 6,
      developed: 0.12,
      developedOpen: 'less',
      heading: t('份额（原文只给比例，不给面积）', 'Shares (the article gives proportions, not areas)'),
      whole: t('大湾区陆地面积（整条 = 全部；总面积原文未给出）', 'Greater Bay Area’s land (the whole bar; its total area is not in the article)'),
      part: t('江门：1/6', 'Jiangmen: 1/6'),
      developedText: t('江门陆地已开发：不足12%', 'Developed: under 12% of Jiangmen’s land'),
      notes: [{ text: t('即江门已开发的土地占大湾区陆地面积的不足2%（推算：1/6 × 12%）。', 'So Jiangmen’s developed land is under 2% of the Greater Bay Area’s land (derived: 1/6 × 12%).'), kind: 'derived' }],
      facts: [
        {
          text: t(
            '江门承接产业有序转移主平台是省重点支持建设的5个主平台之一，也是大湾区唯一',
            'Jiangmen’s main platform for orderly industrial transfer is one of the 5 main platforms the province backs most, and the only one in the Greater Bay Area',
          ),
          kind: 'value',
        },
      ],
    },
    areasHeading: t('面积：方块面积∝土地面积', 'Areas: square area ∝ land area'),
    parcels: [
      { squares: [square(AREAS.parks, t('中山十大现代主题产业园（规划）', 'Zhongshan’s ten theme industrial parks (planned)'), '272平方公里', '= 40.8万亩（推算）')] },
      { squares: [square(AREAS.contiguous, t('中山已准备的连片工业用地', 'Contiguous industrial land Zhongshan has prepared'), '1.24万亩', '≈ 8.27平方公里（推算）')] },
      { squares: [square(AREAS.forSale, t('中山完成手续、可供出让的工业用地', 'Zhongshan industrial land with paperwork done, ready for sale'), '6096亩', '= 4.064平方公里（推算）')] },
      {
        squares: [
          square(AREAS.startup, t('深江经济合作区启动区', 'Start-up area of the Shenzhen–Jiangmen zone'), '4.58平方公里', '= 6870亩（推算）'),
          square(AREAS.usable, t('其中可用面积（均为工业用地）', 'of it usable (all industrial land)'), '3.3平方公里', '= 4950亩（推算）'),
        ],
      },
      { squares: [square(AREAS.prepared, t('深江经济合作区已完成土地整备', 'Land already prepared in the Shenzhen–Jiangmen zone'), '1.2平方公里', '= 1800亩（推算）')] },
      { squares: [square(AREAS.langjian, t('浪尖设计集团翠亨新区项目占地', 'Site of Langjian Design Group’s project in Cuiheng'), '70多亩', '超4.67万平方米（推算）')] },
      { squares: [square(AREAS.hymson, t('江门提供给海目星的厂房（2017年）', 'Plant Jiangmen offered Hymson (2017)'), '1万平方米', '= 15亩（推算）')] },
    ],
    stepText: (step, index) => (index === 0 ? '第1级（基准比例）' : `第${index + 1}级：按面积再放大${step.zoom}倍（边长×${step.sideZoom}）`),
    ghostText: (index) => `↓ 第${index + 1}级`,
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
function textBoxes(layout: LandLedgerLayout): Box[] {
  const runs: PlacedRun[] = [layout.areasHeading, ...layout.steps.map((s) => s.header), ...layout.squares.flatMap((q) => q.runs)];
  const ghostLabels = layout.steps.flatMap((s) => (s.ghostLabel ? [s.ghostLabel] : []));
  if (layout.share) {
    const s = layout.share;
    runs.push(s.heading, s.whole, s.part, ...(s.developed ? [s.developed] : []), ...s.notes, ...s.facts);
  }
  return [...runs, ...ghostLabels].flatMap((run) =>
    run.lines.map((line, i) => {
      const baseline = run.y + i * run.lineHeight;
      return { x0: run.x, x1: run.x + runLineWidth(line, run.kind), y0: baseline - run.fontSize, y1: baseline + run.fontSize * 0.25, what: line };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const squareOf = (layout: LandLedgerLayout, parcel: number, index = 0) => layout.squares.find((q) => q.parcel === parcel && q.index === index)!;

describe('land units', () => {
  it('converts by the standard definitions: 1亩 = 10000/15 m², 1 km² = 1500亩', () => {
    expect(SQUARE_METRES_PER_MU).to.equal(10000 / 15);
    expect(MU_PER_KM2).to.be.closeTo(1500, 1e-9);
    expect(toSquareMetres(1.24, '万亩')).to.be.closeTo(12400 * (10000 / 15), 1e-6);
    expect(fromSquareMetres(toSquareMetres(1, '万平方米'), 'mu')).to.be.closeTo(15, 1e-9);
    expect(fromSquareMetres(toSquareMetres(272, '平方公里'), 'mu')).to.be.closeTo(272 * 1500, 1e-6);
  });
});

describe('zoomLadder', () => {
  it('picks the largest round side factor not above the ideal zoom', () => {
    expect(niceSideZoom(Math.sqrt(272 / 8.2667))).to.equal(5);
    expect(niceSideZoom(15.3)).to.equal(10);
    expect(niceSideZoom(38)).to.equal(30);
    expect(niceSideZoom(99)).to.equal(50);
    expect(niceSideZoom(0.5)).to.equal(1);
  });

  it('puts the article’s areas on three steps, zoomed ×25 and ×100 by area', () => {
    const areas = [AREAS.parks, AREAS.contiguous, AREAS.startup, AREAS.forSale, AREAS.prepared, AREAS.langjian, AREAS.hymson];
    const steps = zoomLadder(areas, { maxSide: 200, minSide: 50 });
    // 272 km² : 8.27 km² in side length is √32.9 = 5.7, so the round factor is 5 (×25 by area);
    // 70亩 at step 2 is 13 px against 200, a factor of 15, so 10 (×100).
    expect(steps.map((s) => s.members)).to.deep.equal([[0], [1, 2, 3, 4], [5, 6]]);
    expect(steps.map((s) => s.zoom)).to.deep.equal([1, 25, 100]);
    for (const step of steps) {
      for (const m of step.members) expect(Math.sqrt(areas[m]) * step.k).to.be.at.most(200 + 1e-9);
    }
  });

  it('never opens a step that would not enlarge anything', () => {
    const steps = zoomLadder([100, 30], { maxSide: 100, minSide: 60 });
    expect(steps).to.have.length(1);
  });
});

describe('layoutLandLedger', () => {
  it('draws areas, not side lengths: within a step squares keep the ratio of their areas', () => {
    const layout = layoutLandLedger(articleInput(), { width: 640 });
    const contiguous = squareOf(layout, 1);
    const forSale = squareOf(layout, 2);
    expect(contiguous.step).to.equal(forSale.step);
    expect(contiguous.side ** 2 / forSale.side ** 2).to.be.closeTo(12400 / 6096, 1e-9);
  });

  it('keeps the ratio across steps once the stated zoom is taken out', () => {
    const layout = layoutLandLedger(articleInput(), { width: 640 });
    const parks = squareOf(layout, 0);
    const hymson = squareOf(layout, 6);
    const zoom = layout.steps.slice(parks.step + 1, hymson.step + 1).reduce((z, s) => z * s.zoom, 1);
    expect((parks.side ** 2 * zoom) / hymson.side ** 2).to.be.closeTo(272e6 / 1e4, 1e-6);
  });

  it('nests the usable land inside the start-up area at one corner, at true scale', () => {
    const layout = layoutLandLedger(articleInput(), { width: 320 });
    const outer = squareOf(layout, 3, 0);
    const inner = squareOf(layout, 3, 1);
    expect(inner.x).to.equal(outer.x);
    expect(inner.y + inner.side).to.be.closeTo(outer.y + outer.side, 1e-9);
    expect(inner.side ** 2 / outer.side ** 2).to.be.closeTo(3.3 / 4.58, 1e-9);
    expect(inner.leader, 'a leader ties the nested square to its words').to.not.equal(undefined);
  });

  it('draws the next step’s largest square dashed at this step’s scale', () => {
    const layout = layoutLandLedger(articleInput(), { width: 320 });
    const parks = squareOf(layout, 0);
    const ghost = layout.steps[0].ghost!;
    expect(ghost.width ** 2 / parks.side ** 2).to.be.closeTo(AREAS.contiguous / AREAS.parks, 1e-9);
    expect(ghost.x).to.equal(parks.x);
    expect(ghost.y + ghost.height).to.be.closeTo(parks.y + parks.side, 1e-9);
  });

  it('draws the shares as parts of a whole: 1/6 of the bar, then 12% of Jiangmen’s own bar', () => {
    const { share } = layoutLandLedger(articleInput(), { width: 320 });
    expect(share!.partBar.width / share!.wholeBar.width).to.be.closeTo(1 / 6, 1e-9);
    expect(share!.developedBar!.width / share!.partWholeBar!.width).to.be.closeTo(0.12, 1e-9);
    expect(share!.developedMarker, '不足12% is drawn as an open end').to.be.a('string');
  });

  for (const width of [280, 320, 1280]) {
    for (const english of [false, true]) {
      it(`keeps every label inside ${width} px, apart from every other label and off the squares (${english ? 'en' : 'zh'})`, () => {
        const layout = layoutLandLedger(articleInput(english), { width });
        const boxes = textBoxes(layout);
        for (const box of boxes) {
          expect(box.x0, box.what).to.be.at.least(0);
          expect(box.x1, box.what).to.be.at.most(width);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${boxes[i].what} × ${boxes[j].what}`).to.equal(false);
        }
        const squareLabels = textBoxes({ ...layout, share: undefined, steps: layout.steps.map((s) => ({ ...s, ghostLabel: undefined })) });
        for (const square of layout.squares) {
          const box = { x0: square.x, x1: square.x + square.side, y0: square.y, y1: square.y + square.side, what: 'square' };
          for (const label of squareLabels) expect(overlap(label, box), `${label.what} on a square`).to.equal(false);
          expect(square.x + square.side).to.be.at.most(width);
        }
        expect(layout.height).to.be.at.least(Math.max(...boxes.map((b) => b.y1)));
      });
    }
  }

  it('sets the part’s other numbers under the share notes and above the areas, in every width', () => {
    for (const width of [280, 320, 1280]) {
      const { share, areasHeading } = layoutLandLedger(articleInput(), { width });
      const [fact] = share!.facts;
      const lastNote = share!.notes[share!.notes.length - 1];
      expect(fact.y - fact.fontSize, `${width}`).to.be.at.least(bottomOf(lastNote));
      expect(fact.x).to.equal(0);
      expect(fact.lines.join('')).to.contain('5个主平台之一');
      expect(share!.bottom, `${width}`).to.equal(bottomOf(fact));
      expect(areasHeading.y - areasHeading.fontSize, `${width}`).to.be.above(share!.bottom);
    }
  });

  it('ends the shares with their last bar or label when there are no notes, and lets a fact follow it', () => {
    const input = articleInput();
    const bare = { ...input.share!, developed: undefined, developedText: undefined, notes: [], facts: [] };
    const plain = layoutLandLedger({ ...input, share: bare }, { width: 320 });
    expect(plain.share!.facts).to.deep.equal([]);
    expect(plain.share!.bottom).to.be.at.least(plain.share!.wholeBar.y + plain.share!.wholeBar.height);
    const withFact = layoutLandLedger({ ...input, share: { ...bare, facts: input.share!.facts } }, { width: 320 });
    const [fact] = withFact.share!.facts;
    expect(fact.y - fact.fontSize).to.be.at.least(withFact.share!.wholeBar.y + withFact.share!.wholeBar.height);
    expect(withFact.areasHeading.y - withFact.areasHeading.fontSize).to.be.above(bottomOf(fact));
  });

  it('sets no text below 12 px', () => {
    const layout = layoutLandLedger(articleInput(), { width: 320 });
    const runs = [...layout.squares.flatMap((q) => q.runs), ...layout.steps.map((s) => s.header), ...layout.share!.notes, ...layout.share!.facts];
    for (const run of runs) expect(run.fontSize).to.be.at.least(12);
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
