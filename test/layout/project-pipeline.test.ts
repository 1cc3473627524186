import { expect } from 'chai';
import { runLineWidth, type PlacedRun } from '../../src/layout/label-runs.js';
import { COLUMNS_FROM, layoutProjectPipeline, type PlacedUnits, type ProjectPipelineInput, type ProjectPipelineLayout } from '../../src/layout/project-pipeline.js';

/** The article's programmes, largest investment first, with words as long as the widget's. */
function articleInput(english = false): ProjectPipelineInput {
  const t = (zh: string, en: string) => (english ? en : zh);
  return {
    moneyTitle: t('投资额（亿元）', 'Investment (billion yuan)'),
    countTitle: (n) => t(`项目数（一点一个项目，每行${n}个）`, `Number of projects (one dot each, ${n} a row)`),
    rows: [
      {
        label: [
          { text: t('中山十大现代主题产业园（2024年预计）', 'Zhongshan’s ten modern theme industrial parks (expected in 2024)'), kind: 'name' },
          { text: t('园区10个', 'parks: 10'), kind: 'value' },
        ],
        money: { value: 1300, text: t('总投资额超1300亿元', 'total investment: over 130 billion yuan'), open: 'more' },
        count: { value: 426, text: t('426项', '426') },
      },
      {
        label: [{ text: t('江门市安全应急产业园（江海区）', 'Jiangmen Safety and Emergency Industrial Park (Jianghai)'), kind: 'name' }],
        money: { value: 691, text: t('计划投资额691亿元', 'planned investment: 69.1 billion yuan') },
        count: { value: 193, text: t('193个', '193'), part: { value: 122, text: t('其中亿元以上：122个', 'of which 100 million yuan or more: 122') } },
      },
      {
        label: [{ text: t('中山今年计划新动工的深中重点工业项目', 'Shenzhen–Zhongshan key industrial projects Zhongshan plans to start this year'), kind: 'name' }],
        money: { value: 54.8, text: t('计划投资总额54.8亿元', 'planned total investment: 5.48 billion yuan') },
        count: { value: 13, text: t('13个', '13') },
      },
      {
        label: [
          { text: t('浪尖设计集团工业设计生态园区（中山翠亨新区）', 'Langjian Design Group’s industrial-design park (Cuiheng, Zhongshan)'), kind: 'name' },
          { text: t('占地70多亩', 'site: more than 70 mu'), kind: 'value' },
        ],
        money: { value: 10, text: t('预计总投资10亿元', 'expected total investment: 1 billion yuan') },
      },
    ],
    moneyTick: (v) => String(english ? v / 10 : v),
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
const bar = (layout: ProjectPipelineLayout, row: number) => panel(layout, 'money').bars.find((b) => b.row === row)!;
const units = (layout: ProjectPipelineLayout, row: number) => panel(layout, 'count').units.find((u) => u.row === row)!;
const dots = (u: PlacedUnits, part?: boolean) => u.runs.filter((r) => part === undefined || r.part === part).reduce((n, r) => n + r.count, 0);

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
    ...layout.panels.flatMap((p) => [
      p.title,
      ...p.ticks,
      ...p.missing,
      ...p.labels.flatMap((l) => l.runs),
      ...p.bars.map((b) => b.value),
      ...p.units.flatMap((u) => [u.value, ...(u.part ? [u.part.label] : [])]),
    ]),
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

/** Every mark that is not text: bars (with their arrows) and each line of dots, with the part's swatch. */
function markBoxes(layout: ProjectPipelineLayout): Box[] {
  return layout.panels.flatMap((p) => [
    ...p.bars.map((b) => ({ x0: b.rect.x, y0: b.rect.y, x1: b.rect.x + b.rect.width + (b.arrow ? 24 : 0), y1: b.rect.y + b.rect.height, what: `bar ${b.row}` })),
    ...p.units.flatMap((u) => [
      ...u.runs.map((r) => ({ x0: r.x1 - u.radius, y0: r.y - u.radius, x1: r.x2 + u.radius, y1: r.y + u.radius, what: `dots ${u.row}` })),
      ...(u.part ? [{ x0: u.part.swatch.cx - u.radius - 1, y0: u.part.swatch.cy - u.radius - 1, x1: u.part.swatch.cx + u.radius + 1, y1: u.part.swatch.cy + u.radius + 1, what: `swatch ${u.row}` }] : []),
    ]),
  ]);
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('layoutProjectPipeline', () => {
  it('draws money on one linear axis from zero: 691, 54.8 and 10亿元 in proportion', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 320 });
    const widths = [1, 2, 3].map((r) => bar(layout, r).rect.width);
    expect(widths[0] / widths[1]).to.be.closeTo(691 / 54.8, 1e-6);
    expect(widths[1] / widths[2]).to.be.closeTo(54.8 / 10, 1e-6);
    expect(bar(layout, 0).rect.width / widths[0]).to.be.closeTo(1300 / 691, 1e-6);
  });

  for (const width of [280, 320, 640, 1280]) {
    it(`never gives a smaller sum the longer bar, nor a smaller count more dots, at ${width} px`, () => {
      const layout = layoutProjectPipeline(articleInput(), { width });
      const values = [1300, 691, 54.8, 10];
      const lengths = values.map((_, r) => bar(layout, r).rect.width);
      for (let i = 0; i < values.length; i++) {
        for (let j = 0; j < values.length; j++) if (values[i] < values[j]) expect(lengths[i], `${values[i]} vs ${values[j]}`).to.be.below(lengths[j]);
      }
      // One dot a project, the same spacing in every row: a count's room is its number.
      const counts = [426, 193, 13];
      counts.forEach((n, r) => expect(dots(units(layout, r)), `${n}`).to.equal(n));
      expect(new Set(panel(layout, 'count').units.map((u) => u.pitch)).size).to.equal(1);
      expect(units(layout, 0).box.height).to.be.above(units(layout, 1).box.height);
    });
  }

  it('draws project counts as dots in a panel of their own, with no axis to read against the money', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 320 });
    const counts = panel(layout, 'count');
    expect(counts.bars).to.deep.equal([]);
    expect(counts.ticks).to.deep.equal([]);
    expect(counts.units.map((u) => u.row)).to.deep.equal([0, 1, 2]);
    expect(counts.title.lines.join('')).to.contain('每行50个');
    const moneyBottom = Math.max(...panel(layout, 'money').bars.map((b) => b.rect.y + b.rect.height));
    expect(Math.min(...counts.units.map((u) => u.box.y)), 'stacked below the money panel').to.be.greaterThan(moneyBottom);
  });

  it('draws “超1300” with an arrow past the bar’s end, inside the width', () => {
    for (const width of [280, 320, 1280]) {
      const layout = layoutProjectPipeline(articleInput(), { width });
      const open = bar(layout, 0);
      const end = open.rect.x + open.rect.width;
      expect(open.arrow!.line[0]).to.be.closeTo(end, 1e-9);
      expect(open.arrow!.line[2]).to.be.greaterThan(end);
      const headX = Math.max(...open.arrow!.head.match(/M([\d.]+),[\d.]+L([\d.]+)/)!.slice(1).map(Number));
      expect(headX).to.be.at.most(width);
      expect(bar(layout, 1).arrow, 'an exact figure has no open end').to.equal(undefined);
    }
  });

  it('draws the 122 large projects as the first 122 of the 193 dots, keyed below them', () => {
    for (const width of [280, 320, 640, 1280]) {
      const layout = layoutProjectPipeline(articleInput(), { width });
      const u = units(layout, 1);
      expect(dots(u, true)).to.equal(122);
      expect(dots(u, false)).to.equal(71);
      const firstRest = u.runs.findIndex((r) => !r.part);
      expect(u.runs.slice(0, firstRest).every((r) => r.part), 'the part comes first').to.equal(true);
      expect(u.part!.label.lines.join('')).to.contain('122');
      expect(u.part!.label.y - u.part!.label.fontSize).to.be.at.least(u.box.y + u.box.height);
    }
  });

  it(`stands the two panels side by side from ${COLUMNS_FROM} px, a programme’s marks on one line`, () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 1280 });
    expect(layout.mode).to.equal('columns');
    for (const row of [0, 1, 2]) expect(bar(layout, row).rect.y).to.equal(units(layout, row).box.y);
    expect(panel(layout, 'count').missing, 'Langjian has no project count: a gap says so').to.have.length(1);
    expect(layoutProjectPipeline(articleInput(), { width: COLUMNS_FROM - 1 }).mode).to.equal('stacked');
  });

  for (const width of [280, 320, 640, 1280]) {
    for (const english of [false, true]) {
      it(`keeps every text inside ${width} px, apart from every other and off every bar and dot (${english ? 'en' : 'zh'})`, () => {
        const layout = layoutProjectPipeline(articleInput(english), { width });
        const texts = textBoxes(layout);
        const marks = markBoxes(layout);
        for (const box of [...texts, ...marks]) {
          expect(box.x0, box.what).to.be.at.least(-0.5);
          expect(box.x1, box.what).to.be.at.most(width + 0.5);
        }
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) expect(overlap(texts[i], texts[j]), `${texts[i].what} × ${texts[j].what}`).to.equal(false);
          // A value set inside its bar is light on the bar, by design.
          for (const mark of marks) if (!(texts[i].what.includes('130') && mark.what === 'bar 0')) expect(overlap(texts[i], mark), `${texts[i].what} × ${mark.what}`).to.equal(false);
        }
        expect(layout.height).to.be.at.least(Math.max(...texts.map((b) => b.y1), ...marks.map((b) => b.y1)));
      });
    }
  }

  it('labels ticks on the money axis without letting them touch', () => {
    const layout = layoutProjectPipeline(articleInput(), { width: 280 });
    const p = panel(layout, 'money');
    expect(p.ticks.length).to.be.at.least(2);
    const xs = p.ticks.map((t) => [t.x, t.x + runLineWidth(t.lines[0], t.kind)]);
    for (let i = 1; i < xs.length; i++) expect(xs[i][0]).to.be.greaterThan(xs[i - 1][1]);
  });
});
