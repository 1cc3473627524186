import { expect } from '@open-wc/testing';
import { layoutInnovationPipeline, MIN_COLUMN, type PipelineBlockInput, type PipelineLayout } from '../../src/layout/innovation-pipeline.js';
import { TAIL, type PipelineItemInput, type TextLine } from '../../src/layout/pipeline-item.js';
import { estimateTextWidth } from '../../src/layout/text-width.js';
import { unitGrid } from '../../src/layout/unit-grid.js';

const bar = (value: number, text = `${value}家`, extra: Partial<PipelineItemInput> = {}): PipelineItemInput => ({ form: 'bar', value, text, label: `条目${value}`, ...extra });
const stage = (title: string, scale: string, ...items: PipelineItemInput[]): PipelineBlockInput => ({ title, scale, groups: [{ items }] });

/** The article's Jianghai pipeline in the shape the layout takes (words as a zh-CN reader sees them). */
function article(): { stages: PipelineBlockInput[]; panels: PipelineBlockInput[] } {
  return {
    stages: [
      {
        title: '科创平台与双创载体',
        scale: 'stage:platforms',
        groups: [
          { label: '2021年以来新增', items: [bar(30), bar(5), bar(5), bar(1)] },
          { label: '现有研发平台', items: [bar(80, '80家'), bar(12)] },
          { label: '双创载体', items: [bar(10), bar(9), bar(1)] },
        ],
      },
      stage('在孵企业', 'stage:firms', bar(300, '超300家', { open: true })),
      stage('毕业企业', 'stage:firms', bar(200, '超200家', { open: true })),
      {
        title: '高新技术企业',
        scale: 'stage:firms',
        groups: [
          { label: '孵化载体累计培育', items: [bar(40, '约40家')] },
          { label: '全区高企存量', change: { text: '2021年→2023年：+186家（+35.8%，推算）', value: 186 }, items: [bar(519), bar(705)] },
          { items: [bar(106)] },
        ],
      },
    ],
    panels: [
      {
        title: '三个比率',
        scale: 'panel:0',
        groups: [
          {
            items: [
              { form: 'gauge', value: 5.22, text: '5.22%', label: '研发投入占GDP', gauge: { max: 100, startText: '0%', endText: '100%' } },
              { form: 'gauge', value: 63, text: '63%', label: '技术合同年均增长', gauge: { max: 100, startText: '0%', endText: '100%' } },
              { form: 'gauge', value: 85, text: '超85%', label: '三大领域占比', gauge: { max: 100, startText: '0%', endText: '100%' } },
              { form: 'units', value: 3, text: '3个', label: '三大技术领域', names: ['电子信息', '先进制造与自动化', '新材料'] },
            ],
          },
        ],
      },
      { title: '科技成果', scale: 'panel:1', groups: [{ items: [bar(364, '364个'), bar(208, '208项'), bar(222, '222项'), { form: 'units', value: 45, text: '45项', label: '企业技术需求' }] }] },
      { title: '高企工业总产值', scale: 'panel:2', groups: [{ items: [{ form: 'number', value: 460.4, text: '460.4亿元', label: '目前' }] }] },
      { title: '创新尖兵', scale: 'panel:3', groups: [{ items: [bar(42, '42家', { parts: [{ value: 24, text: '2022年 24家' }, { value: 18, text: '2023年 18家' }] })] }] },
    ],
  };
}

const items = (layout: PipelineLayout) => [...layout.stages, ...layout.panels].flatMap((b) => b.groups.flatMap((g) => g.items));
const barOf = (layout: PipelineLayout, text: string) => items(layout).find((i) => i.value[0]?.text === text)!;

/** Every text of the layout with whether it is set bold (titles, headers, values). */
function texts(layout: PipelineLayout): { line: TextLine; bold: boolean }[] {
  const all: { line: TextLine; bold: boolean }[] = [];
  for (const block of [...layout.stages, ...layout.panels]) {
    all.push(...block.title.map((line) => ({ line, bold: true })));
    for (const group of block.groups) {
      all.push(...group.header.map((line) => ({ line, bold: true })), ...group.change.map((line) => ({ line, bold: false })));
      for (const item of group.items) {
        all.push(...item.label.map((line) => ({ line, bold: false })), ...item.value.map((line) => ({ line, bold: true })), ...item.ticks.map((line) => ({ line, bold: false })));
        all.push(...item.chips.flatMap((c) => c.text).map((line) => ({ line, bold: false })), ...item.segments.flatMap((s) => s.text).map((line) => ({ line, bold: true })));
      }
    }
  }
  return all;
}

/** The box a line of text takes: from its cap height above the baseline to its descenders. */
function box({ line, bold }: { line: TextLine; bold: boolean }) {
  const width = estimateTextWidth(line.text, line.size, { bold });
  const left = line.anchor === 'end' ? line.x - width : line.x;
  return { left, right: left + width, top: line.y - line.size * 0.9, bottom: line.y + line.size * 0.2 };
}

describe('layoutInnovationPipeline', () => {
  it('sets the stages side by side on a wide screen and one under another on a phone', () => {
    const wide = layoutInnovationPipeline(article(), { width: 1280 });
    expect(wide.direction).to.equal('across');
    const xs = wide.stages.map((s) => s.x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(new Set(wide.stages.map((s) => s.y)).size).to.equal(1);
    for (const s of wide.stages) expect(s.width).to.be.at.least(MIN_COLUMN);
    expect(wide.arrows).to.have.length(3);
    for (const a of wide.arrows) expect(a.x2).to.be.greaterThan(a.x1);

    const phone = layoutInnovationPipeline(article(), { width: 320 });
    expect(phone.direction).to.equal('down');
    for (let i = 1; i < 4; i++) expect(phone.stages[i].y).to.be.at.least(phone.stages[i - 1].y + phone.stages[i - 1].height);
    for (const a of phone.arrows) expect(a.y2).to.be.greaterThan(a.y1);
  });

  it('draws firm counts of different stages on one scale: 约40, 超300 and 705 in proportion', () => {
    for (const width of [320, 1280]) {
      const layout = layoutInnovationPipeline(article(), { width });
      const of705 = barOf(layout, '705家').bar!.width;
      expect(barOf(layout, '约40家').bar!.width / of705).to.be.closeTo(40 / 705, 1e-9);
      expect(barOf(layout, '超300家').bar!.width / of705).to.be.closeTo(300 / 705, 1e-9);
      expect(barOf(layout, '超200家').bar!.width / of705).to.be.closeTo(200 / 705, 1e-9);
    }
  });

  it('never puts platforms and firms on one scale: the longest bar of each reaches its own full length', () => {
    const width = 320;
    const layout = layoutInnovationPipeline(article(), { width });
    const platforms = barOf(layout, '80家').bar!.width;
    const firms = barOf(layout, '705家').bar!.width;
    // On a shared scale 80 platforms would be 80/705 of the 705 firms' bar; each is instead its own scale's maximum.
    expect(platforms / firms).to.be.greaterThan(0.9);
    expect(barOf(layout, '30家').bar!.width / platforms).to.be.closeTo(30 / 80, 1e-9);
  });

  it('ends an open bar (超300) in a dashed tail and sets its value past the tail', () => {
    const item = barOf(layoutInnovationPipeline(article(), { width: 320 }), '超300家');
    const end = item.bar!.x + item.bar!.width;
    expect(item.tail).to.deep.include({ x1: end, x2: end + TAIL });
    expect(item.value[0].x).to.be.greaterThan(end + TAIL);
    expect(barOf(layoutInnovationPipeline(article(), { width: 320 }), '705家').tail).to.equal(undefined);
  });

  it('lays the parts of a bar end to end along it: 24 + 18 = 42', () => {
    const item = barOf(layoutInnovationPipeline(article(), { width: 640 }), '42家');
    const [a, b] = item.segments.map((s) => s.box);
    expect(a.x).to.equal(item.bar!.x);
    expect(b.x).to.be.closeTo(a.x + a.width, 1e-9);
    expect(a.width + b.width).to.be.closeTo(item.bar!.width, 1e-9);
    expect(a.width / b.width).to.be.closeTo(24 / 18, 1e-9);
  });

  it('gives each rate its own 0–100% gauge: 5.22% fills 5.22% of its track', () => {
    const layout = layoutInnovationPipeline(article(), { width: 640 });
    for (const [text, share] of [['5.22%', 0.0522], ['63%', 0.63], ['超85%', 0.85]] as const) {
      const gauge = items(layout).find((i) => i.value[0]?.text === text)!;
      expect(gauge.fill!.width / gauge.track!.width).to.be.closeTo(share, 1e-9);
      expect(gauge.ticks.map((t) => t.text)).to.deep.equal(['0%', '100%']);
    }
  });

  it('draws one unit mark per need surveyed and one named chip per field', () => {
    const layout = layoutInnovationPipeline(article(), { width: 320 });
    expect(items(layout).find((i) => i.value[0]?.text === '45项')!.units).to.have.length(45);
    expect(items(layout).find((i) => i.value[0]?.text === '3个')!.chips.map((c) => c.text.map((t) => t.text).join(''))).to.deep.equal(['电子信息', '先进制造与自动化', '新材料']);
  });

  for (const width of [280, 320, 1280, 1600]) {
    it(`at ${width} px keeps every text at 12 px or more, inside the width, and clear of every other text`, () => {
      const layout = layoutInnovationPipeline(article(), { width });
      const all = texts(layout);
      const boxes = all.map(box);
      for (const [i, b] of boxes.entries()) {
        expect(all[i].line.size, all[i].line.text).to.be.at.least(12);
        expect(b.left, all[i].line.text).to.be.at.least(0);
        expect(b.right, all[i].line.text).to.be.at.most(width);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
          expect(overlap, `“${all[i].line.text}” and “${all[j].line.text}”`).to.equal(false);
        }
      }
      expect(layout.height).to.be.at.least(Math.max(...boxes.map((b) => b.bottom)));
    });
  }

  it('sets the panels two abreast only when both get at least 340 px', () => {
    const wide = layoutInnovationPipeline(article(), { width: 1280 });
    expect(wide.panels[1].x).to.be.greaterThan(wide.panels[0].x);
    expect(wide.panels[1].y).to.equal(wide.panels[0].y);
    const narrow = layoutInnovationPipeline(article(), { width: 600 });
    expect(narrow.panels[1].x).to.equal(narrow.panels[0].x);
    expect(narrow.panels[1].y).to.be.greaterThan(narrow.panels[0].y);
  });
});

describe('unitGrid', () => {
  it('sets 45 marks in rows of whole fives within the width', () => {
    const grid = unitGrid(45, 0, 0, 150);
    expect(grid.marks).to.have.length(45);
    const rows = new Map<number, number>();
    for (const m of grid.marks) rows.set(m.y, (rows.get(m.y) ?? 0) + 1);
    const counts = [...rows.values()];
    for (const count of counts.slice(0, -1)) expect(count % 5).to.equal(0);
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(45);
    for (const m of grid.marks) expect(m.x + m.size).to.be.at.most(150);
  });
});

describe('rows of gauges', () => {
  it('start every gauge of a row at one height, however many lines its label takes', () => {
    const gauge = (value: number, label: string): PipelineItemInput => ({ form: 'gauge', value, text: `${value}%`, label, gauge: { max: 100, startText: '0%', endText: '100%' } });
    const panel: PipelineBlockInput = {
      title: '三个比率',
      scale: 'panel:0',
      groups: [{ items: [gauge(5.22, '研发投入占GDP'), gauge(63, '技术合同交易额年均增长（近三年，2021—2023年）'), gauge(85, '三大领域占比')] }],
    };
    const layout = layoutInnovationPipeline({ stages: [], panels: [panel] }, { width: 640 });
    const gauges = items(layout);
    expect(gauges).to.have.length(3);
    expect(new Set(gauges.map((g) => g.x)).size, 'side by side').to.equal(3);
    expect(new Set(gauges.map((g) => g.label.length)).size, 'labels of different lengths').to.be.greaterThan(1);
    expect(new Set(gauges.map((g) => g.track!.y)).size).to.equal(1);
  });
});
