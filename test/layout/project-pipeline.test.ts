import { expect } from '@open-wc/testing';
import { runLineWidth, type PlacedRun } from '../../src/layout/label-runs.js';
import { COLUMNS_FROM, layoutProjectPipeline, type ProjectPipelineInput, type ProjectPipelineLayout } from '../../src/layout/project-pipeline.js';

/** The article's programmes, largest investment first, with words as long as the widget's. */
function articleInput(english = false): ProjectPipelineInput {
  const t = (zh: string, en: string) => (english ? en : zh);
  return {
    moneyTitle: t('计划投资（亿元，同一条轴）', 'Planned investment (billion yuan, one axis)'),
    countTitle: t('项目数（个、项，另一条轴）', 'Number of projects (an axis of its own)'),
    rows: [
      {
        label: [
          { text: t('中山十大现代主题产业园（2024年预计）', 'Zhongshan’s ten modern theme industrial parks (expected in 2024)'), kind: 'name' },
          { text: t('园区10个', 'parks: 10'), kind: 'value' },
        ],
        money: { value: 1300, text: t('超1300亿元', 'over 130 billion yuan'), open: 'more' },
        count: { value: 426, text: t('426项', '426') },
      },
      {
        label: [{ text: t('江门市安全应急产业园（江海区）', 'Jiangmen Safety and Emergency Industrial Park (Jianghai)'), kind: 'name' }],
        money: { value: 691, text: t('691亿元', '69.1 billion yuan') },
        count: { value: 193, text: t('193个', '193'), part: { value: 122, text: t('其中亿元以上：122个', 'of which 100 million yuan or more: 122') } },
      },
      {
        label: [{ text: t('中山今年计划新动工的深中重点工业项目', 'Shenzhen–Zhongshan key industrial projects Zhongshan plans to start this year'), kind: 'name' }],
        money: { value: 54.8, text: t('54.8亿元', '5.48 billion yuan') },
        count: { value: 13, text: t('13个', '13') },
      },
      {
        label: [
          { text: t('浪尖设计集团工业设计生态园区（中山翠亨新区）', 'Langjian Design Group’s industrial-design park (Cuiheng, Zhongshan)'), kind: 'name' },
          { text: t('占地70多亩', 'site: more than 70 mu'), kind: 'value' },
        ],
        money: { value: 10, text: t('10亿元', '1 billion yuan') },
      },
    ],
    moneyTick: (v) => String(english ? v / 10 : v),
    countTick: (v) => String(v),
    missing: t('—（原文未给出）', '— (not given)'),
    highlightsTitle: t('落户与增长', 'Firms and growth'),
    highlights: [
      { value: t('300多家', 'more than 300'), runs: [{ text: t('深圳企业近年来落户江门（新型储能、电子信息、智能装备等）', 'Shenzhen firms that have come to Jiangmen in recent years'), kind: 'value' }] },
      {
        value: t('30倍', '30×'),
        runs: [
          { text: t('海目星（江门）产值的跃升', 'jump in Hymson (Jiangmen)’s output'), kind: 'value' },
          { text: t('用时5年', 'within 5 years'), kind: 'value' },
        ],
      },
    ],
  };
}

const panel = (layout: ProjectPipelineLayout, kind: 'money' | 'count') => layout.panels.find((p) => p.kind === kind)!;
const bar = (layout: ProjectPipelineLayout, kind: 'money' | 'count', row: number) => panel(layout, kind).bars.find((b) => b.row === row)!;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  what: string;
}

function textBoxes(layout: ProjectPipelineLayout): Box[] {
  const runs: (PlacedRun & { placement?: string })[] = [
    ...layout.labels.flatMap((l) => l.runs),
    ...layout.panels.flatMap((p) => [p.title, ...p.ticks, ...p.missing, ...p.labels.flatMap((l) => l.runs), ...p.bars.flatMap((b) => [b.value, ...(b.part ? [b.part.label] : [])])]),
    ...(layout.highlightsTitle ? [layout.highlightsTitle] : []),
    ...layout.highlights.flatMap((h) => [h.value, ...h.runs]),
  ];
  return runs.flatMap((run) =>
    run.lines.map((line, i) => {
      const baseline = run.y + i * run.lineHeight;
      const width = runLineWidth(line, run.kind);
      // Inside a bar the value is set end-anchored at `x`.
      const x0 = run.placement === 'inside' ? run.x - width : run.x;
      return { x0, x1: x0 + width, y0: baseline - run.fontSize, y1: baseline + run.fontSize * 0.25, what: line };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('layoutProjectPipeline', () => {
  it('draws money on one linear axis from zero: 691, 54.8 and 10亿元 in proportion', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 320 });
    const widths = [1, 2, 3].map((r) => bar(layout, 'money', r).rect.width);
    expect(widths[0] / widths[1]).to.be.closeTo(691 / 54.8, 1e-6);
    expect(widths[1] / widths[2]).to.be.closeTo(54.8 / 10, 1e-6);
    expect(bar(layout, 'money', 0).rect.width / widths[0]).to.be.closeTo(1300 / 691, 1e-6);
  });

  it('puts project counts on an axis of their own, never on the money axis', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 320 });
    const counts = panel(layout, 'count');
    expect(counts).to.not.equal(panel(layout, 'money'));
    expect(counts.bars.map((b) => b.row)).to.deep.equal([0, 1, 2]);
    // 426 fills its own axis; on the money axis it would be a third of 1300.
    expect(bar(layout, 'count', 0).rect.width).to.be.closeTo(counts.width, 1e-6);
    expect(bar(layout, 'count', 1).rect.width / bar(layout, 'count', 0).rect.width).to.be.closeTo(193 / 426, 1e-6);
    const moneyBottom = Math.max(...panel(layout, 'money').bars.map((b) => b.rect.y + b.rect.height));
    expect(Math.min(...counts.bars.map((b) => b.rect.y)), 'stacked below the money panel').to.be.greaterThan(moneyBottom);
  });

  it('draws “超1300” with an arrow past the bar’s end, inside the width', () => {
    for (const width of [280, 320, 1280]) {
      const layout = layoutProjectPipeline(articleInput(), { width });
      const open = bar(layout, 'money', 0);
      const end = open.rect.x + open.rect.width;
      expect(open.arrow!.line[0]).to.be.closeTo(end, 1e-9);
      expect(open.arrow!.line[2]).to.be.greaterThan(end);
      const headX = Math.max(...open.arrow!.head.match(/M([\d.]+),[\d.]+L([\d.]+)/)!.slice(1).map(Number));
      expect(headX).to.be.at.most(width);
      expect(bar(layout, 'money', 1).arrow, 'an exact figure has no open end').to.equal(undefined);
    }
  });

  it('draws the 122 large projects inside the 193, from zero, in proportion, with a bracket and words', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 320 });
    const b = bar(layout, 'count', 1);
    expect(b.part!.rect.x).to.equal(b.rect.x);
    expect(b.part!.rect.width / b.rect.width).to.be.closeTo(122 / 193, 1e-6);
    expect(b.part!.label.lines.join('')).to.contain('122');
  });

  it(`stands the two panels side by side from ${COLUMNS_FROM} px, a programme’s bars on one line`, () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 1280 });
    expect(layout.mode).to.equal('columns');
    for (const row of [0, 1, 2]) expect(bar(layout, 'money', row).rect.y).to.equal(bar(layout, 'count', row).rect.y);
    expect(panel(layout, 'count').missing, 'Langjian has no project count: a gap says so').to.have.length(1);
    expect(layoutProjectPipeline(articleInput(), { width: COLUMNS_FROM - 1 }).mode).to.equal('stacked');
  });

  for (const width of [280, 320, 640, 1280]) {
    for (const english of [false, true]) {
      it(`keeps every text inside ${width} px and apart from every other (${english ? 'en' : 'zh'})`, () => {
        const layout = layoutProjectPipeline(articleInput(english), { width });
        const boxes = textBoxes(layout);
        for (const box of boxes) {
          expect(box.x0, box.what).to.be.at.least(-0.5);
          expect(box.x1, box.what).to.be.at.most(width + 0.5);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${boxes[i].what} × ${boxes[j].what}`).to.equal(false);
        }
        for (const p of layout.panels) for (const b of p.bars) expect(b.rect.x + b.rect.width).to.be.at.most(width + 1e-9);
        expect(layout.height).to.be.at.least(Math.max(...boxes.map((b) => b.y1)));
      });
    }
  }

  it('labels ticks on each axis without letting them touch', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 280 });
    for (const p of layout.panels) {
      expect(p.ticks.length).to.be.at.least(2);
      const xs = p.ticks.map((t) => [t.x, t.x + runLineWidth(t.lines[0], t.kind)]);
      for (let i = 1; i < xs.length; i++) expect(xs[i][0]).to.be.greaterThan(xs[i - 1][1]);
    }
  });
});
