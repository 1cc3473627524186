import { expect } from 'chai';
import { requiredRate, yearsToReach } from '../../src/layout/compound-growth.js';
import { countThresholds, gdpPathScenario, layoutGdpPath, RING_R, type GdpPathLayout, type GdpPathTexts } from '../../src/layout/gdp-path.js';
import { estimateTextWidth } from '../../src/layout/text-width.js';

// The article: 4022.5亿元 in 2023, 1万亿 to reach, and a plan to double in ten years or so.
const BASE = 4022.5;
const TARGET = 10000;
const jiangmen = (rate: number) => ({ baseYear: 2023, baseValue: BASE, target: TARGET, years: 10, rate });
/** The plan's rate, the widget's default: doubling in ten years, 2^(1/10) − 1 ≈ 7.18%. */
const PLAN_RATE = Math.pow(2, 1 / 10) - 1;
/** What 1万亿 by 2033 would take: (10000/4022.5)^(1/10) − 1 ≈ 9.53%, the comparison. */
const TARGET_RATE = Math.pow(TARGET / BASE, 1 / 10) - 1;

const zhTexts: GdpPathTexts = {
  value: (v) => String(v),
  year: (y) => String(y),
  unit: '亿元',
  actual: '2023年：4022.5亿元',
  target: '目标：1万亿元',
  targetMark: (year) => [`1万亿元，约${year}年`, `约${year}年`],
  doubling: (year) =>
    year === undefined ? [['翻一番：8045亿元'], ['翻一番']] : [[`翻一番：8045亿元，约${year}年`], ['翻一番：8045亿元', `约${year}年`], ['翻一番', `约${year}年`]],
  comparison: [['若要2033年到1万亿元，需年均增长9.54%'], ['若要2033年到1万亿元', '需年均增长9.54%']],
  legendComparison: '若要2033年到1万亿元：年均增长9.54%',
  end: (year, value) => `${year}年：${value.toFixed(1)}亿元（推算）`,
  legendPath: '按计划翻一番：年均增长7.18%（推算）',
  legendMarker: () => '跨过一个千亿元台阶（推算）',
};
const enTexts: GdpPathTexts = {
  value: (v) => (v / 10).toLocaleString('en'),
  year: (y) => String(y),
  unit: 'billion yuan',
  actual: '2023: 402.25 billion yuan',
  target: 'Target: 1 trillion',
  targetMark: (year) => [`1 trillion, about ${year}`, `about ${year}`],
  doubling: (year) =>
    year === undefined
      ? [['Doubling: 804.5 billion'], ['Doubling']]
      : [[`Doubling: 804.5 billion, about ${year}`], ['Doubling: 804.5 billion', `about ${year}`], ['Doubling', `about ${year}`]],
  comparison: [['1 trillion by 2033 would take 9.54% a year'], ['1 trillion by 2033', 'would take 9.54% a year']],
  legendComparison: 'To reach 1 trillion by 2033: 9.54% a year',
  end: (year, value) => `${year}: ${(value / 10).toFixed(2)} billion (derived)`,
  legendPath: 'Plan to double: 7.18% a year (derived)',
  legendMarker: () => 'Passes a 100-billion-yuan step (derived)',
};

/** Every text the layout sets, with the box it takes, measured here rather than trusted from the layout. */
function textBoxes(layout: GdpPathLayout) {
  const labels = [
    ...layout.yTicks,
    ...layout.xTicks,
    layout.unitLabel,
    layout.targetLine.label,
    ...layout.doublingLine.labels,
    ...(layout.comparison?.labels ?? []),
    ...layout.marks.map((m) => m.label),
    ...layout.legend.flatMap((item) => item.lines),
  ].filter((l) => l !== undefined);
  const size = layout.fontSize;
  return labels.map((l) => {
    const width = estimateTextWidth(l.text, size);
    const x0 = l.anchor === 'end' ? l.x - width : l.x;
    return { text: l.text, x0, x1: x0 + width, y0: l.y - size, y1: l.y + size * 0.25 };
  });
}

/** The vertices of an SVG path "M x,y L x,y …". */
const vertices = (d: string) => d.slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);

/** All numbers anywhere in a value, for the "no NaN" checks. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('compound growth', () => {
  it('derives the yearly growth that doubles GDP in ten years (≈7.2%) and the one that reaches 1万亿 in ten (≈9.5%)', () => {
    const doubling = requiredRate(1, 2, 10);
    const trillion = requiredRate(BASE, TARGET, 10);
    expect(doubling).to.be.closeTo(PLAN_RATE, 1e-12);
    expect(trillion).to.be.closeTo(Math.exp(Math.log(TARGET / BASE) / 10) - 1, 1e-12);
    expect((doubling * 100).toFixed(1)).to.equal('7.2');
    expect((trillion * 100).toFixed(1)).to.equal('9.5');
  });

  it('meets the target at the required rate in exactly ten years, not eleven, despite rounding', () => {
    expect(yearsToReach(BASE, TARGET, TARGET_RATE)).to.equal(10);
    expect(yearsToReach(1, 2, PLAN_RATE)).to.equal(10);
  });

  it('never reaches a higher target at zero or negative growth', () => {
    expect(yearsToReach(BASE, TARGET, 0)).to.equal(Infinity);
    expect(yearsToReach(BASE, TARGET, -0.03)).to.equal(Infinity);
  });
});

describe('gdpPathScenario', () => {
  it('doubles the base in `years` at the plan’s rate: the path’s value in base year + years is twice the base', () => {
    const scenario = gdpPathScenario(jiangmen(PLAN_RATE));
    expect(scenario.doublingRate).to.be.closeTo(PLAN_RATE, 1e-12);
    expect(scenario.series.find((p) => p.year === 2033)!.value).to.be.closeTo(2 * BASE, 1e-6);
    expect(scenario.doublingYear).to.equal(2033);
    expect(scenario.planYear).to.equal(2033);
  });

  it('crosses the thresholds in 2027, 2029, 2031, 2033, 2035 and 2037 at the plan’s rate', () => {
    const { crossings, yearReached } = gdpPathScenario(jiangmen(PLAN_RATE));
    expect(crossings.map((c) => c.value)).to.deep.equal([5000, 6000, 7000, 8000, 9000, 10000]);
    expect(crossings.map((c) => c.year)).to.deep.equal([2027, 2029, 2031, 2033, 2035, 2037]);
    expect(yearReached).to.equal(2037);
  });

  it('crosses them in 2026, 2028, 2030, 2031, 2032 and 2033 at the rate that reaches 1万亿 in ten years', () => {
    const { crossings, yearReached, comparison } = gdpPathScenario(jiangmen(TARGET_RATE));
    expect(crossings.map((c) => c.year)).to.deep.equal([2026, 2028, 2030, 2031, 2032, 2033]);
    expect(yearReached).to.equal(2033);
    // That path is the comparison itself: it is not drawn twice.
    expect(comparison).to.equal(undefined);
  });

  it('sets beside any other rate the path that meets the target in `years`, base year to plan year', () => {
    for (const rate of [PLAN_RATE, 0.07, 0.12, 0]) {
      const { comparison } = gdpPathScenario(jiangmen(rate));
      expect(comparison!.map((p) => p.year)).to.deep.equal(Array.from({ length: 11 }, (_, i) => 2023 + i));
      expect(comparison![0].value).to.equal(BASE);
      expect(comparison![10].value).to.be.closeTo(TARGET, 1e-6);
    }
  });

  it('reaches the trillion in 2037 at 7% a year', () => {
    // 4022.5 × 1.07^13 is still short of 10000; × 1.07^14 is past it.
    expect(BASE * Math.pow(1.07, 13)).to.be.below(TARGET);
    expect(BASE * Math.pow(1.07, 14)).to.be.above(TARGET);
    expect(gdpPathScenario(jiangmen(0.07)).yearReached).to.equal(2037);
  });

  it('dates each crossing in the first year whose projected value is at or above the level', () => {
    for (const rate of [0.03, 0.07, PLAN_RATE, TARGET_RATE, 0.15]) {
      for (const { value, year } of gdpPathScenario(jiangmen(rate)).crossings) {
        const n = year! - 2023;
        expect(BASE * Math.pow(1 + rate, n - 1), `${value} at ${rate}`).to.be.below(value);
        expect(BASE * Math.pow(1 + rate, n) * (1 + 1e-9), `${value} at ${rate}`).to.be.at.least(value);
      }
    }
  });

  it('counts six 1000亿 thresholds between 4022.5 and 10000, the article’s way of counting', () => {
    expect(gdpPathScenario(jiangmen(PLAN_RATE)).thresholdCount).to.equal(6);
    expect(countThresholds(4000, 10000, 1000)).to.equal(6);
  });

  it('projects every year from the base year to the year the target is reached', () => {
    const { series } = gdpPathScenario(jiangmen(0.07));
    expect(series.map((p) => p.year)).to.deep.equal(Array.from({ length: 15 }, (_, i) => 2023 + i));
    series.forEach((p, n) => expect(p.value).to.be.closeTo(BASE * Math.pow(1.07, n), 1e-6));
  });

  it('does not reach a target more than 50 years away, and draws only to the plan’s horizon', () => {
    const yearsAt1 = Math.log(TARGET / BASE) / Math.log(1.01);
    expect(yearsAt1).to.be.above(50);
    const scenario = gdpPathScenario(jiangmen(0.01));
    expect(scenario.yearReached).to.equal(undefined);
    expect(scenario.series[scenario.series.length - 1].year).to.equal(2033);
  });

  it('keeps a far target to at most a dozen markers', () => {
    const { crossings } = gdpPathScenario({ ...jiangmen(0.5), target: 1e9 });
    expect(crossings.length).to.be.at.most(13);
    expect(crossings[crossings.length - 1].value).to.equal(1e9);
  });
});

describe('layoutGdpPath', () => {
  it('places one marker per 1000亿 threshold, the doubling where the path meets it, then the target', () => {
    const { marks } = layoutGdpPath(jiangmen(PLAN_RATE), { width: 640 }, { texts: zhTexts });
    expect(marks.map((m) => m.kind)).to.deep.equal(['actual', 'threshold', 'threshold', 'threshold', 'threshold', 'doubling', 'threshold', 'target']);
    expect(marks.map((m) => m.levels)).to.deep.equal([[], [5000], [6000], [7000], [8000], [], [9000], [10000]]);
    expect(marks.map((m) => m.year)).to.deep.equal([2023, 2027, 2029, 2031, 2033, 2033, 2035, 2037]);
    expect(marks.find((m) => m.kind === 'doubling')!.value).to.equal(2 * BASE);
  });

  it('stands each marker on its year’s point of the drawn line, at or above its level', () => {
    const layout = layoutGdpPath(jiangmen(0.07), { width: 640 }, { texts: zhTexts });
    const points = vertices(layout.path);
    for (const mark of layout.marks.filter((m) => m.kind !== 'doubling')) {
      const [px, py] = points[mark.year - 2023];
      expect(mark.x, `${mark.year}`).to.be.closeTo(px, 0.1);
      expect(mark.y, `${mark.year}`).to.be.closeTo(py, 0.1);
      expect(mark.value).to.be.closeTo(BASE * Math.pow(1.07, mark.year - 2023), 1e-6);
      for (const level of mark.levels) expect(mark.value).to.be.at.least(level);
    }
    // The year ticks sit under the markers of their years.
    for (const tick of layout.xTicks) {
      const mark = layout.marks.find((m) => m.year === tick.year && m.kind !== 'doubling');
      if (mark) expect(tick.box.x0 + (tick.box.x1 - tick.box.x0) / 2).to.be.closeTo(mark.x, 2);
    }
  });

  for (const width of [280, 320, 640, 1280]) {
    for (const rate of [PLAN_RATE, TARGET_RATE, 0.05, 0.07, 0.12, 0.03]) {
      it(`labels the doubling where the drawn line crosses it, with the year it does (${width} px, ${(rate * 100).toFixed(2)}%)`, () => {
        const layout = layoutGdpPath(jiangmen(rate), { width }, { texts: zhTexts });
        const { y, crossX, labels } = layout.doublingLine;
        // Where the drawn polyline crosses the doubling level, found here from the path itself.
        const points = vertices(layout.path);
        const i = points.findIndex(([, py]) => py <= y + 0.05);
        const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
        const crossing = x0 + ((y0 - y) / (y0 - y1)) * (x1 - x0);
        expect(crossX!).to.be.closeTo(crossing, 0.5);
        const ring = layout.marks.find((m) => m.kind === 'doubling')!;
        expect(ring.x).to.equal(crossX);
        expect(ring.year).to.equal(2023 + Math.ceil(Math.log(2) / Math.log(1 + rate) - 1e-9));
        // The label stands right beside that point and names the year of the crossing.
        expect(labels.length).to.be.greaterThan(0);
        const box = { x0: Math.min(...labels.map((l) => l.box.x0)), x1: Math.max(...labels.map((l) => l.box.x1)), y0: Math.min(...labels.map((l) => l.box.y0)), y1: Math.max(...labels.map((l) => l.box.y1)) };
        const dx = Math.max(box.x0 - crossing, crossing - box.x1, 0);
        const dy = Math.max(box.y0 - y, y - box.y1, 0);
        expect(dx, labels.map((l) => l.text).join(' ')).to.be.at.most(RING_R + 4);
        expect(dy, labels.map((l) => l.text).join(' ')).to.be.at.most(RING_R + 4);
        expect(labels.map((l) => l.text).join('')).to.contain(String(ring.year));
      });
    }
  }

  it('puts the doubling on 2033 at the plan’s rate, where the line meets 8045亿', () => {
    const layout = layoutGdpPath(jiangmen(PLAN_RATE), { width: 320 }, { texts: zhTexts });
    const at2033 = layout.marks.find((m) => m.year === 2033 && m.kind === 'threshold')!;
    expect(layout.doublingLine.crossX!).to.be.closeTo(at2033.x, 0.5);
    expect(at2033.y).to.be.closeTo(layout.doublingLine.y, 0.01);
  });

  it('draws the comparison from the actual point to the target in the plan year, and none when it is the drawn path', () => {
    const layout = layoutGdpPath(jiangmen(PLAN_RATE), { width: 640 }, { texts: zhTexts });
    const points = vertices(layout.comparison!.path);
    const actual = layout.marks[0];
    expect(points[0][0]).to.be.closeTo(actual.x, 0.1);
    expect(points[0][1]).to.be.closeTo(actual.y, 0.1);
    expect(points[points.length - 1][1]).to.be.closeTo(layout.targetLine.y, 0.1);
    const at2033 = layout.marks.find((m) => m.year === 2033)!;
    expect(points[points.length - 1][0]).to.be.closeTo(at2033.x, 0.1);
    expect(layoutGdpPath(jiangmen(TARGET_RATE), { width: 640 }, { texts: zhTexts }).comparison).to.equal(undefined);
  });

  for (const width of [280, 320, 400, 640, 1280]) {
    for (const [name, texts] of [['zh', zhTexts], ['en', enTexts]] as const) {
      it(`names the comparison beside it, or in the key when no spot clear of the reference lines is free (${name}, ${width} px)`, () => {
        const layout = layoutGdpPath(jiangmen(PLAN_RATE), { width }, { texts });
        const inKey = layout.legend.some((item) => item.swatch === 'comparison');
        expect(layout.comparison!.labels.length > 0 || inKey).to.equal(true);
        expect(layout.comparison!.labels.length > 0 && inKey).to.equal(false);
        for (const label of layout.comparison!.labels) {
          for (const ly of [layout.targetLine.y, layout.doublingLine.y]) expect(label.box.y0 > ly || label.box.y1 < ly, label.text).to.equal(true);
        }
      });
    }
  }

  it('shares one marker between steps passed in the same year', () => {
    // At 30% a year: 4022.5 × 1.3² ≈ 6798 and × 1.3³ ≈ 8837, so 2026 passes both 7000 and 8000.
    expect(BASE * 1.3 ** 2).to.be.below(7000);
    expect(BASE * 1.3 ** 3).to.be.above(8000);
    const { marks } = layoutGdpPath(jiangmen(0.3), { width: 320 }, { texts: zhTexts });
    expect(marks.find((m) => m.year === 2026 && m.kind === 'threshold')!.levels).to.deep.equal([7000, 8000]);
    const steps = marks.filter((m) => m.kind !== 'doubling');
    expect(new Set(steps.map((m) => m.year)).size).to.equal(steps.length);
  });

  it('draws a light gridline at every 1000亿 step, so each step shows', () => {
    const layout = layoutGdpPath(jiangmen(PLAN_RATE), { width: 320 }, { texts: zhTexts });
    const zero = layout.yTicks[0];
    const top = layout.yTicks[layout.yTicks.length - 1];
    const heightOf = (v: number) => zero.lineY + ((top.lineY - zero.lineY) * v) / top.value;
    for (const level of [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]) {
      expect(layout.grid.some((g) => Math.abs(g - heightOf(level)) < 1e-6), `${level}`).to.equal(true);
    }
  });

  it('starts the value axis at zero and reaches above the target and the doubling level', () => {
    const layout = layoutGdpPath(jiangmen(PLAN_RATE), { width: 640 }, { texts: zhTexts });
    expect(layout.yTicks[0].value).to.equal(0);
    expect(layout.yTicks[layout.yTicks.length - 1].value).to.be.at.least(TARGET);
    expect(layout.doublingLine.y).to.be.above(layout.targetLine.y);
  });

  for (const [name, texts] of [['zh', zhTexts], ['en', enTexts]] as const) {
    for (const width of [280, 320, 400, 640, 1280, 1600]) {
      for (const rate of [PLAN_RATE, TARGET_RATE, 0.07, 0, -0.03, 0.15]) {
        it(`keeps labels apart and inside the box, ≥ 12 px (${name}, ${width} px, ${(rate * 100).toFixed(1)}%)`, () => {
          const layout = layoutGdpPath(jiangmen(rate), { width }, { texts });
          expect(layout.fontSize).to.be.at.least(12);
          expect(layout.width).to.equal(width);
          const boxes = textBoxes(layout);
          for (const b of boxes) {
            expect(b.x0, b.text).to.be.at.least(0);
            expect(b.x1, b.text).to.be.at.most(width);
            expect(b.y0, b.text).to.be.at.least(0);
            expect(b.y1, b.text).to.be.at.most(layout.height);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
              expect(apart, `“${a.text}” and “${b.text}” overlap`).to.equal(true);
            }
          }
        });
      }
    }
  }

  for (const rate of [PLAN_RATE, TARGET_RATE, 0.12, 0.15]) {
    it(`sets fewer step labels rather than crowd them: no two within 8 px at 320 px (${(rate * 100).toFixed(1)}%)`, () => {
      const layout = layoutGdpPath(jiangmen(rate), { width: 320 }, { texts: zhTexts });
      const years = [...layout.marks.map((m) => m.label), ...layout.doublingLine.labels].filter((l) => l && /20\d\d/.test(l.text)).map((l) => l!.box);
      for (let i = 0; i < years.length; i++) {
        for (let j = i + 1; j < years.length; j++) {
          const [a, b] = [years[i], years[j]];
          const apart = a.x1 + 8 <= b.x0 || b.x1 + 8 <= a.x0 || a.y1 + 2 <= b.y0 || b.y1 + 2 <= a.y0;
          expect(apart).to.equal(true);
        }
      }
      // The story point and the target keep their labels.
      expect(layout.marks[0].label?.text).to.equal('2023年：4022.5亿元');
      expect(layout.marks[layout.marks.length - 1].label).to.not.equal(undefined);
    });
  }

  it('draws a flat or falling path to the horizon, ends it with a labelled mark and has no NaN anywhere', () => {
    for (const rate of [0, -0.03]) {
      const layout = layoutGdpPath(jiangmen(rate), { width: 320 }, { texts: zhTexts });
      expect(layout.marks.map((m) => m.kind)).to.deep.equal(['actual', 'end']);
      expect(layout.marks[1].year).to.equal(2033);
      expect(layout.marks[1].value).to.be.closeTo(BASE * Math.pow(1 + rate, 10), 1e-6);
      expect(layout.doublingLine.crossX).to.equal(undefined);
      expect(layout.doublingLine.labels.map((l) => l.text)).to.deep.equal(['翻一番：8045亿元']);
      expect(layout.targetLine.label?.text).to.equal('目标：1万亿元');
      expect(numbersIn(layout).every(Number.isFinite)).to.equal(true);
      expect(layout.path).to.not.match(/NaN|Infinity/);
    }
  });
});
