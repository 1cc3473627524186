import { expect } from 'chai';
import { ASIDE_MIN, MIN_BAR, TAIL, type CountRowInput, type CountRowLayout, type SetText } from '../../src/layout/count-bars.js';
import { layoutInnovationPipeline, type PipelineLayout, type PipelineLayoutInput } from '../../src/layout/innovation-pipeline.js';
import { layoutNumberGrid } from '../../src/layout/number-grid.js';
import { baselineIn } from '../../src/layout/text-block.js';
import { estimateTextWidth } from '../../src/layout/text-width.js';

const row = (value: number, label: string, text = `${value}家`, extra: Partial<CountRowInput> = {}): CountRowInput => ({ value, text, label, ...extra });

/** The article's Jianghai figures in the shape the layout takes (words as a zh-CN reader sees them), with `detail="all"`. */
function article(): PipelineLayoutInput {
  return {
    headline: { title: '全区高新技术企业存量', rows: [row(519, '2021年'), row(705, '2023年', '705家', { accent: true })], change: '+186家（推算）' },
    counts: [
      {
        title: '孵化载体与企业（同一刻度）',
        rows: [
          row(300, '当前在孵企业', '超300家', { open: true }),
          row(200, '累计毕业企业', '超200家', { open: true }),
          row(106, '工业总产值超亿元的高企'),
          row(40, '孵化载体累计培育的高企', '约40家'),
          row(10, '市级以上孵化器'),
          row(9, '众创空间'),
        ],
      },
      {
        title: '科创平台与创新尖兵（同一刻度）',
        // Not in order: the layout ranks them.
        rows: [row(30, '2021年以来新增市级工程技术研究中心'), row(80, '累计建设的省市级工程技术研究中心'), row(1, '省级大学科技园（全市唯一）'), row(42, '创新尖兵、标兵企业（2022—2023年合计）'), row(12, '省市级新型研发机构')],
      },
    ],
    numbers: [
      {
        title: '其他数字',
        cells: [
          { value: 460.4, text: '460.4亿元', label: '高企工业总产值' },
          { value: 5.22, text: '5.22%', label: '全社会研发投入占地区生产总值比例' },
          { value: 63, text: '63%', label: '技术合同交易额近三年年均增长率' },
          { value: 3, text: '3个', label: '三大技术领域：电子信息、先进制造与自动化、新材料' },
        ],
      },
    ],
  };
}

const rows = (layout: PipelineLayout): CountRowLayout[] => [...layout.headline.rows, ...layout.counts.flatMap((s) => s.rows)];

/** Every text of the layout with whether it is set bold. */
function texts(layout: PipelineLayout): { block: SetText; bold: boolean }[] {
  const sections = [layout.headline, ...layout.counts];
  return [
    ...sections.map((s) => ({ block: s.title, bold: true })),
    ...sections.flatMap((s) => s.rows.flatMap((r) => [{ block: r.label, bold: false }, { block: r.valueText, bold: true }])),
    ...(layout.headline.change ? [{ block: layout.headline.change.text, bold: true }] : []),
    ...layout.numbers.flatMap((s) => [{ block: s.title, bold: true }, ...s.cells.flatMap((c) => [{ block: c.valueText, bold: true }, { block: c.label, bold: false }])]),
  ];
}

/** One box per line of text: from its cap height above the baseline to its descenders. */
function boxes({ block, bold }: { block: SetText; bold: boolean }) {
  return block.lines.map((line, i) => {
    const width = estimateTextWidth(line, block.size, { bold });
    const left = block.anchor === 'end' ? block.x - width : block.x;
    const y = block.y + i * block.lineHeight;
    return { text: line, size: block.size, left, right: left + width, top: y - block.size * 0.9, bottom: y + block.size * 0.2 };
  });
}

const WIDTHS = [256, 296, 480, 616, 1256, 1576];

describe('layoutInnovationPipeline', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px measures every bar on one scale: a smaller value never has the longer bar`, () => {
      const all = rows(layoutInnovationPipeline(article(), { width }));
      const perUnit = all[0].bar.width / all[0].value;
      // Exactly proportional, but for a one-pixel stub where a count is too small for a pixel.
      for (const r of all) expect(r.bar.width, `${r.value}`).to.be.closeTo(Math.max(MIN_BAR, r.value * perUnit), 1e-9);
      for (const a of all) for (const b of all) if (a.value < b.value) expect(a.bar.width, `${a.value} vs ${b.value}`).to.be.lessThan(b.bar.width);
      // One zero line: every bar starts at the same x.
      expect(new Set(all.map((r) => r.bar.x)).size).to.equal(1);
    });

    it(`at ${width} px fits every bar, its dashed tail and its value inside the width`, () => {
      for (const r of rows(layoutInnovationPipeline(article(), { width }))) {
        expect(r.valueText.x + r.valueText.width, r.valueText.lines[0]).to.be.at.most(width + 1e-9);
        expect(r.bar.x + r.bar.width).to.be.lessThan(r.valueText.x);
      }
    });

    it(`at ${width} px keeps every text at 12 px or more, inside the width, and clear of every other text`, () => {
      const layout = layoutInnovationPipeline(article(), { width });
      const all = texts(layout).flatMap(boxes);
      for (const b of all) {
        expect(b.size, b.text).to.be.at.least(12);
        expect(b.left, b.text).to.be.at.least(0);
        expect(b.right, b.text).to.be.at.most(width + 0.5);
      }
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [a, b] = [all[i], all[j]];
          const overlap = Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
          expect(overlap, `“${a.text}” and “${b.text}”`).to.equal(false);
        }
      }
      expect(layout.height).to.be.at.least(Math.max(...all.map((b) => b.bottom)));
    });
  }

  it('ranks each group of counts largest first', () => {
    const layout = layoutInnovationPipeline(article(), { width: 296 });
    for (const section of layout.counts) {
      const values = section.rows.map((r) => r.value);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    }
    expect(layout.counts[1].rows.map((r) => r.value)).to.deep.equal([80, 42, 30, 12, 1]);
  });

  it('keeps the headline in the data’s order (earliest first) and draws it thicker than the context', () => {
    const layout = layoutInnovationPipeline(article(), { width: 296 });
    expect(layout.headline.rows.map((r) => r.value)).to.deep.equal([519, 705]);
    expect(layout.headline.rows[0].bar.height).to.be.greaterThan(layout.counts[0].rows[0].bar.height);
    expect(layout.headline.rows.map((r) => r.accent)).to.deep.equal([false, true]);
  });

  it('sets labels above their bars on a phone and in a column beside them from 480 px', () => {
    const phone = layoutInnovationPipeline(article(), { width: ASIDE_MIN - 1 });
    expect(phone.scale.mode).to.equal('stacked');
    for (const r of rows(phone)) expect(r.label.y + r.label.size * 0.2, r.label.lines[0]).to.be.at.most(r.bar.y);
    const wide = layoutInnovationPipeline(article(), { width: ASIDE_MIN });
    expect(wide.scale.mode).to.equal('aside');
    for (const r of rows(wide)) {
      expect(r.label.x + r.label.width, r.label.lines[0]).to.be.lessThan(r.bar.x);
      // The label's lines and the bar share one middle.
      const labelTop = r.label.y - baselineIn(r.label.lineHeight, r.label.size);
      expect(labelTop + r.label.height / 2, r.label.lines[0]).to.be.closeTo(r.bar.y + r.bar.height / 2, 0.5);
    }
  });

  it('ends an open bar (超300) in a dashed tail and sets its value past the tail', () => {
    const of300 = rows(layoutInnovationPipeline(article(), { width: 296 })).find((r) => r.value === 300)!;
    const end = of300.bar.x + of300.bar.width;
    expect(of300.tail).to.deep.include({ x1: end, x2: end + TAIL });
    expect(of300.valueText.x).to.be.greaterThan(end + TAIL);
    expect(rows(layoutInnovationPipeline(article(), { width: 296 })).find((r) => r.value === 705)!.tail).to.equal(undefined);
  });

  it('brackets the change from the end of the 519 bar to the end of the 705 bar, its words inside the width', () => {
    for (const width of WIDTHS) {
      const layout = layoutInnovationPipeline(article(), { width });
      const [from, to] = layout.headline.rows;
      const change = layout.headline.change!;
      expect(change.line.x1).to.be.closeTo(from.bar.x + from.bar.width, 1e-9);
      expect(change.line.x2).to.be.closeTo(to.bar.x + to.bar.width, 1e-9);
      expect(change.line.y).to.be.greaterThan(to.bar.y + to.bar.height);
      expect(change.text.x).to.be.at.least(0);
      expect(change.text.x + change.text.width).to.be.at.most(width);
      expect(layout.counts[0].title.y - layout.counts[0].title.size).to.be.greaterThan(change.bottom);
    }
  });

  it('draws no change bracket when the headline has one date', () => {
    const input = article();
    input.headline.rows = input.headline.rows.slice(1);
    expect(layoutInnovationPipeline(input, { width: 296 }).headline.change).to.equal(undefined);
  });
});

describe('layoutNumberGrid', () => {
  it('sets numbers two abreast on a phone and three abreast from 640 px, in rows that do not overlap', () => {
    const cells = article().numbers[0].cells;
    for (const [width, columns] of [[296, 2], [616, 3], [1256, 3]] as const) {
      const { cells: laid, bottom } = layoutNumberGrid(cells, 0, width);
      expect(new Set(laid.map((c) => c.valueText.x)).size).to.equal(columns);
      for (const c of laid) expect(c.label.y).to.be.greaterThan(c.valueText.y);
      expect(bottom).to.be.at.least(Math.max(...laid.map((c) => c.label.y - c.label.lineHeight + c.label.height)));
    }
  });
});
