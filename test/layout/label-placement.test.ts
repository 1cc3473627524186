// The collision rules of the labels (label-placement.ts: single lines; stacked-labels.ts:
// blocks of lines, as gdp-path sets its year, threshold and reference labels), tested on
// their own. The cases are the ones that shaped them: a label never lands on a mark, an
// earlier label or the data line, never leaves the drawing, keeps its full words where it
// can, avoids reference lines while a spot off them is free; bold text is measured bold
// (it once was a 1.08 factor); lines of a block sit a full text box apart (they once were
// 1.25 em apart and touched); a row of like labels keeps a margin (year labels crowded).
import { expect } from 'chai';
import fc from 'fast-check';
import {
  boxesOverlap,
  labelBox,
  placeLabels,
  segmentCrossesBox,
  type Box,
  type LabelRequest,
  type PlacedLabel,
  type PlacementContext,
  type Spot,
} from '../../src/layout/label-placement.js';
import { placeBlocks, setBlock, type BlockRequest } from '../../src/layout/stacked-labels.js';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 300, y1: 200 };
const context = (more: Partial<PlacementContext> = {}): PlacementContext => ({ fontSize: 12, bounds: BOUNDS, boxes: [], lines: [], ...more });
const at = (x: number, y: number, anchor: Spot['anchor'] = 'start'): Spot => ({ x, y, anchor });
const inside = (box: Box, bounds: Box) => box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
/** Only the spot of a placed label: where it stands, not the room it takes. */
const spotOf = (label: PlacedLabel | undefined) => label && { x: label.x, y: label.y, anchor: label.anchor };

describe('labelBox', () => {
  it('starts at x for a start anchor and ends at x for an end anchor, around the baseline', () => {
    const start = labelBox('江门 2027', at(50, 100), 12);
    const end = labelBox('江门 2027', at(50, 100, 'end'), 12);
    expect(start.x0).to.equal(50);
    expect(end.x1).to.equal(50);
    expect(start.x1 - start.x0).to.equal(end.x1 - end.x0);
    expect(start.y0).to.be.below(100 - 12 * 0.8, 'the box reaches the top of a CJK glyph');
    expect(start.y1).to.be.above(100, 'and below the baseline, for descenders');
  });

  it('is as wide as the set text at the least: digits at 0.64 em (DejaVu Sans), a Chinese character one em', () => {
    expect(labelBox('2027', at(0, 20), 12).x1).to.be.at.least(4 * 0.64 * 12);
    expect(labelBox('翻一番', at(0, 20), 12).x1).to.be.at.least(3 * 12);
  });

  it('measures bold text bold: wider for Latin and digits, the same for Chinese', () => {
    const regular = labelBox('8045 billion', at(0, 20), 12);
    const bold = labelBox('8045 billion', at(0, 20), 12, { bold: true });
    expect(bold.x1).to.be.above(regular.x1);
    expect(labelBox('翻一番', at(0, 20), 12, { bold: true }).x1).to.equal(labelBox('翻一番', at(0, 20), 12).x1);
  });

  it('grows with the font size', () => {
    const small = labelBox('Jiangmen', at(0, 50), 12);
    const large = labelBox('Jiangmen', at(0, 50), 18);
    expect(large.x1 / small.x1).to.be.closeTo(1.5, 1e-9);
    expect((large.y1 - large.y0) / (small.y1 - small.y0)).to.be.closeTo(1.5, 1e-9);
  });
});

describe('boxesOverlap', () => {
  const a: Box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('tells overlapping boxes from separate ones', () => {
    expect(boxesOverlap(a, { x0: 5, y0: 5, x1: 15, y1: 15 })).to.equal(true);
    expect(boxesOverlap(a, { x0: 20, y0: 0, x1: 30, y1: 10 })).to.equal(false);
    expect(boxesOverlap(a, { x0: 0, y0: 20, x1: 10, y1: 30 })).to.equal(false);
  });

  it('lets boxes touch edge to edge, but not within the gap asked for', () => {
    const beside: Box = { x0: 11, y0: 0, x1: 20, y1: 10 };
    expect(boxesOverlap(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).to.equal(false);
    expect(boxesOverlap(a, beside)).to.equal(false);
    expect(boxesOverlap(a, beside, 2)).to.equal(true);
  });
});

describe('segmentCrossesBox', () => {
  const box: Box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('sees a segment through the box, and one inside it', () => {
    expect(segmentCrossesBox([0, 15], [30, 15], box)).to.equal(true);
    expect(segmentCrossesBox([0, 0], [30, 30], box)).to.equal(true);
    expect(segmentCrossesBox([12, 12], [18, 18], box)).to.equal(true);
  });

  it('sees a segment that ends inside the box', () => {
    expect(segmentCrossesBox([0, 15], [15, 15], box)).to.equal(true);
  });

  it('lets pass a segment beside, above or short of the box, vertical and horizontal ones too', () => {
    expect(segmentCrossesBox([0, 0], [30, 5], box)).to.equal(false);
    expect(segmentCrossesBox([25, 0], [25, 30], box)).to.equal(false);
    expect(segmentCrossesBox([0, 15], [5, 15], box)).to.equal(false);
    expect(segmentCrossesBox([0, 30], [30, 25], box)).to.equal(false);
    // A diagonal that passes the box's corner outside it.
    expect(segmentCrossesBox([0, 15], [15, 0], box)).to.equal(false);
  });
});

describe('placeLabels', () => {
  it('pushes a label that would overlap an earlier one to its next spot', () => {
    const spots = [at(20, 50), at(20, 80)];
    const [first, second] = placeLabels(
      [
        { text: '2027', spots },
        { text: '2029', spots },
      ],
      context(),
    );
    expect(spotOf(first)).to.deep.equal(spots[0]);
    expect(spotOf(second)).to.deep.equal(spots[1]);
    expect(boxesOverlap(first!.box, second!.box, 2)).to.equal(false);
  });

  it('keeps the order of importance: the earlier request gets the contested spot, answers in request order', () => {
    const contested = at(100, 60);
    const labels = placeLabels(
      [
        { text: 'B', spots: [at(200, 150)] },
        { text: 'first', spots: [contested, at(10, 150)] },
        { text: 'second', spots: [contested, at(10, 120)] },
      ],
      context(),
    );
    expect(labels.map((l) => l?.text)).to.deep.equal(['B', 'first', 'second']);
    expect(spotOf(labels[1])).to.deep.equal(contested);
    expect(spotOf(labels[2])).to.deep.equal(at(10, 120));
  });

  it('never sets a label on a mark or other text already in the drawing', () => {
    const mark: Box = { x0: 15, y0: 30, x1: 60, y1: 60 };
    const [label] = placeLabels([{ text: '4022.5亿元', spots: [at(20, 50), at(20, 100)] }], context({ boxes: [mark] }));
    expect(spotOf(label)).to.deep.equal(at(20, 100));
    expect(boxesOverlap(label!.box, mark, 2)).to.equal(false);
  });

  it('keeps every label inside the bounds: a spot that would run off the drawing is passed over', () => {
    const [offRight, offTop, offLeft] = placeLabels(
      [
        { text: 'Zhongshan manufacturing', spots: [at(280, 100), at(280, 100, 'end')] },
        { text: '江门', spots: [at(150, 5), at(150, 40)] },
        { text: 'Shenzhen', spots: [at(10, 150, 'end'), at(10, 150)] },
      ],
      context(),
    );
    expect(offRight!.anchor).to.equal('end');
    expect(offTop!.y).to.equal(40);
    expect(offLeft!.anchor).to.equal('start');
    for (const l of [offRight, offTop, offLeft]) expect(inside(l!.box, BOUNDS), l!.text).to.equal(true);
  });

  it('never crosses the data line, and leaves a label out rather than cross it', () => {
    const line: [number, number][] = [
      [0, 100],
      [300, 100],
    ];
    const [crossed, free] = placeLabels(
      [
        { text: '2031', spots: [at(50, 105)] },
        { text: '2033', spots: [at(50, 105), at(50, 90)] },
      ],
      context({ lines: [line] }),
    );
    expect(crossed).to.equal(undefined);
    expect(spotOf(free)).to.deep.equal(at(50, 90));
  });

  it('avoids a reference line while a spot off it is free, and crosses it when none is', () => {
    const reference: [number, number][] = [
      [0, 60],
      [300, 60],
    ];
    const [avoided, crossed] = placeLabels(
      [
        { text: '1万亿', spots: [at(100, 65), at(100, 40)] },
        { text: '翻一番', spots: [at(200, 65)] },
      ],
      context({ softLines: [reference] }),
    );
    expect(spotOf(avoided)).to.deep.equal(at(100, 40));
    expect(spotOf(crossed)).to.deep.equal(at(200, 65));
  });

  it('tries every spot with the full words before a shorter form', () => {
    const [label] = placeLabels([{ text: ['Doubling: 804.5 billion yuan', 'Doubling'], spots: [at(200, 50), at(10, 50)] }], context());
    expect(label!.text).to.equal('Doubling: 804.5 billion yuan');
    expect(label!.x).to.equal(10);
  });

  it('takes a shorter form when the full words fit nowhere, and leaves out a label with no room at all', () => {
    const [short, none] = placeLabels(
      [
        { text: ['Doubling: 804.5 billion yuan', 'Doubling'], spots: [at(220, 50)] },
        { text: 'Jiangmen', spots: [at(-40, 50)] },
      ],
      context(),
    );
    expect(short!.text).to.equal('Doubling');
    expect(none).to.equal(undefined);
  });

  it('measures a bold label bold: a gap that fits the regular one does not fit the bold one', () => {
    const regular = labelBox('8045 billion', at(10, 50), 12);
    const wall: Box = { x0: regular.x1 + 3, y0: 0, x1: 300, y1: 200 };
    const [plain] = placeLabels([{ text: '8045 billion', spots: [at(10, 50)] }], context({ boxes: [wall] }));
    const [bold] = placeLabels([{ text: '8045 billion', spots: [at(10, 50)], bold: true }], context({ boxes: [wall] }));
    expect(plain).to.not.equal(undefined);
    expect(bold).to.equal(undefined);
  });

  it('whatever it is asked: labels inside the bounds, clear of marks, lines and each other, at a spot and in a form they asked for', () => {
    const texts = ['江门', '中山', '2027', '翻一番：8045亿元', 'Zhongshan manufacturing', '1万亿', 'R&D'];
    const spot = fc.record({
      x: fc.integer({ min: -20, max: 320 }),
      y: fc.integer({ min: -10, max: 220 }),
      anchor: fc.constantFrom<'start' | 'end'>('start', 'end'),
    });
    const request = fc.record({
      text: fc.oneof(fc.constantFrom(...texts), fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 3 })),
      spots: fc.array(spot, { minLength: 1, maxLength: 4 }),
      bold: fc.boolean(),
    });
    const box = fc
      .tuple(fc.integer({ min: 0, max: 280 }), fc.integer({ min: 0, max: 180 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 }))
      .map(([x0, y0, w, h]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
    const line = fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 200 })), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(request, { minLength: 1, maxLength: 12 }),
        fc.array(box, { maxLength: 4 }),
        fc.array(line, { maxLength: 2 }),
        fc.integer({ min: 10, max: 16 }),
        (requests: LabelRequest[], boxes, lines, fontSize) => {
          const labels = placeLabels(requests, { fontSize, bounds: BOUNDS, boxes, lines });
          expect(labels).to.have.length(requests.length);
          const placed = labels.filter((l): l is PlacedLabel => l !== undefined);
          labels.forEach((label, i) => {
            if (!label) return;
            const { text, spots, bold } = requests[i];
            expect([text].flat()).to.include(label.text);
            expect(spots).to.deep.include(spotOf(label));
            expect(label.box).to.deep.equal(labelBox(label.text, label, fontSize, { bold }));
            expect(inside(label.box, BOUNDS)).to.equal(true);
            for (const mark of boxes) expect(boxesOverlap(label.box, mark, 2)).to.equal(false);
            for (const l of lines) l.forEach((p, j) => j > 0 && expect(segmentCrossesBox(l[j - 1], p, label.box)).to.equal(false));
          });
          placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box, 2), `${a.text} / ${b.text}`).to.equal(false)));
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('setBlock', () => {
  it('sets the lines of a block a full text box apart: no two lines touch', () => {
    for (const fontSize of [12, 13, 16]) {
      const lines = setBlock(['翻一番：8045亿元', '约2033年', 'Zhongshan'], { x: 10, y: 20, anchor: 'start', from: 'top' }, fontSize);
      lines.slice(1).forEach((line, i) => {
        // Edge to edge at most (to a rounding error of the floating point).
        expect(line.box.y0, `${fontSize} px, line ${i + 2}`).to.be.at.least(lines[i].box.y1 - 1e-9);
        expect(line.y).to.be.above(lines[i].y);
      });
    }
  });

  it('stands a block from its top, its bottom or its middle at the spot', () => {
    const form = ['one', 'two'];
    const top = setBlock(form, { x: 0, y: 100, anchor: 'start', from: 'top' }, 12);
    const bottom = setBlock(form, { x: 0, y: 100, anchor: 'start', from: 'bottom' }, 12);
    const middle = setBlock(form, { x: 0, y: 100, anchor: 'start', from: 'middle' }, 12);
    expect(top[0].box.y0).to.be.closeTo(100, 1e-9);
    expect(bottom[1].box.y1).to.be.closeTo(100, 1e-9);
    expect((middle[0].box.y0 + middle[1].box.y1) / 2).to.be.closeTo(100, 1e-9);
  });
});

describe('placeBlocks', () => {
  const block = (forms: string[][], spots: BlockRequest['spots'], more: Partial<BlockRequest> = {}): BlockRequest => ({ forms, spots, ...more });
  const topAt = (x: number, y: number, anchor: 'start' | 'end' = 'start') => ({ x, y, anchor, from: 'top' as const });

  it('pushes a block that would overlap an earlier one to its next spot, and keeps the order', () => {
    const spots = [topAt(20, 20), topAt(20, 100)];
    const [first, second] = placeBlocks([block([['翻一番：8045亿元', '约2033年']], spots), block([['2035']], spots)], context());
    expect(first![0].y).to.be.below(100);
    expect(second![0].box.y0).to.be.closeTo(100, 1e-9);
  });

  it('keeps the two lines beside the point before moving the one-line form away from it', () => {
    const [label] = placeBlocks([block([['Doubling: 804.5 billion yuan'], ['Doubling:', '804.5 billion yuan']], [topAt(200, 20), topAt(10, 20)])], context());
    expect(label!.map((l) => l.text)).to.deep.equal(['Doubling: 804.5 billion yuan']);
    expect(label![0].x).to.equal(10);
    // Near the right edge only the two short lines fit.
    const x = BOUNDS.x1 - (labelBox('804.5 billion yuan', at(0, 20), 12).x1 + 4);
    expect(labelBox('Doubling: 804.5 billion yuan', at(x, 20), 12).x1).to.be.above(BOUNDS.x1);
    const [broken] = placeBlocks([block([['Doubling: 804.5 billion yuan'], ['Doubling:', '804.5 billion yuan']], [topAt(x, 20)])], context());
    expect(broken!.map((l) => l.text)).to.deep.equal(['Doubling:', '804.5 billion yuan']);
  });

  it('keeps a margin between like labels in a row, not between a label and a mark', () => {
    const first = block([['2027']], [topAt(20, 50)], { margin: 8 });
    const width = labelBox('2027', at(20, 60), 12).x1 - 20;
    const near = topAt(20 + width + 5, 50);
    const far = topAt(20 + width + 12, 50);
    const [, second] = placeBlocks([first, block([['2029']], [near, far], { margin: 8 })], context());
    expect(second![0].x).to.equal(far.x);
    const mark: Box = { x0: 0, y0: 40, x1: 20 + width, y1: 70 };
    const [beside] = placeBlocks([block([['2029']], [near, far], { margin: 8 })], context({ boxes: [mark] }));
    expect(beside![0].x).to.equal(near.x);
  });

  it('leaves a strict block out rather than set it across a reference line; another crosses it when nothing else is free', () => {
    const reference: [number, number][] = [
      [0, 60],
      [300, 60],
    ];
    const [strict, lenient] = placeBlocks(
      [block([['若要2033年到1万亿元']], [topAt(10, 50)], { strict: true }), block([['1万亿元，约2037年']], [topAt(150, 50)])],
      context({ softLines: [reference] }),
    );
    expect(strict).to.equal(undefined);
    expect(lenient![0].x).to.equal(150);
  });

  it('keeps every block inside the bounds and clear of the data line', () => {
    const line: [number, number][] = [
      [0, 150],
      [300, 20],
    ];
    const labels = placeBlocks(
      [block([['2027']], [topAt(280, 10), topAt(10, 10), topAt(10, 170)]), block([['2029', '约']], [topAt(150, 75), topAt(150, 150)])],
      context({ lines: [line] }),
    );
    for (const set of labels) {
      expect(set).to.not.equal(undefined);
      for (const l of set!) {
        expect(inside(l.box, BOUNDS), l.text).to.equal(true);
        expect(segmentCrossesBox(line[0], line[1], l.box), l.text).to.equal(false);
      }
    }
  });
});
