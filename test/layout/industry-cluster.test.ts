import { expect } from '@open-wc/testing';
import { checkIndustryClusterData, industryClusterData, type IndustryClusterData } from '../../src/data/industries.js';
import type { Problems } from '../../src/data/validate.js';
import { ITEM_STYLE, layoutIndustryCluster, type IndustryClusterInput, type IndustryClusterLayout } from '../../src/layout/industry-cluster.js';
import { placeIndustries, type IndustryPlace } from '../../src/layout/industry-groups.js';
import type { TextBlock } from '../../src/layout/text-block.js';

const data = industryClusterData();
const all = new Set(data.groups.map((g) => g.id));
const byName = (places: IndustryPlace[], name: string) => places.find((p) => data.industries[p.index].name['zh-Hans'] === name);
const namesIn = (places: IndustryPlace[], column: string) => places.filter((p) => p.column === column).map((p) => data.industries[p.index].name['zh-Hans']);

describe('placeIndustries (the article’s industries)', () => {
  const places = placeIndustries(data.groups, data.industries, all);

  it('puts low-altitude economy, AI and new energy in the middle: both Jiangmen’s and Zhongshan’s side name them', () => {
    // 江门：“开辟出硅能源、新型储能、低空经济等特色产业新赛道，前瞻布局人工智能…”；深江合作区六大领域含新能源；
    // 中山：“协同发展生物医药、新一代信息技术、新能源、低空经济、人工智能等新兴产业”
    for (const name of ['低空经济', '人工智能', '新能源', '新一代信息技术', '生物医药']) expect(byName(places, name)?.column, name).to.equal('shared');
  });

  it('keeps Jiangmen’s own tracks and futures on Jiangmen’s side, and Zhongshan’s 健康医药 on Zhongshan’s', () => {
    for (const name of ['硅能源', '盾构机', '合成生物', '氢能源', '深海装备']) expect(byName(places, name)?.column, name).to.equal('jiangmen');
    for (const name of ['健康医药', '金融']) expect(byName(places, name)?.column, name).to.equal('zhongshan');
  });

  it('draws every industry exactly once', () => {
    expect(places.map((p) => p.index).sort((a, b) => a - b)).to.deep.equal(data.industries.map((_, i) => i));
  });

  it('fills the row of future industries only with what is nowhere under way', () => {
    const future = places.filter((p) => p.stage === 'future');
    expect(future.map((p) => data.industries[p.index].name['zh-Hans'])).to.have.members(['合成生物', '氢能源', '深海装备']);
    for (const p of future) expect(Object.values(p.underway)).to.deep.equal([false]);
  });

  it('marks AI as future on Jiangmen’s side but under way on Zhongshan’s', () => {
    expect(byName(places, '人工智能')!.underway).to.deep.equal({ jiangmen: false, zhongshan: true });
  });

  it('lists the new tracks in the new-track row, even those also named as strengths', () => {
    for (const name of ['硅能源', '新型储能', '盾构机', '安全应急']) expect(byName(places, name)?.stage, name).to.equal('new-track');
  });

  it('in a view of one side, has no middle column but still knows the other side names an industry', () => {
    const jiangmenSide = new Set(data.groups.filter((g) => g.side === 'jiangmen').map((g) => g.id));
    const side = placeIndustries(data.groups, data.industries, jiangmenSide);
    expect(namesIn(side, 'shared')).to.deep.equal([]);
    expect(namesIn(side, 'zhongshan')).to.deep.equal([]);
    expect(byName(side, '低空经济')!.sides).to.deep.equal(['jiangmen', 'zhongshan']);
    expect(byName(side, '健康医药')).to.equal(undefined);
  });

  it('orders marks column by column, then by row', () => {
    const rank = { jiangmen: 0, shared: 1, zhongshan: 2 };
    const ranks = places.map((p) => rank[p.column]);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
  });
});

/** The article's labels in one language, as the component hands them to the layout. */
function articleInput(script: 'zh-Hans' | 'en'): IndustryClusterInput {
  const places = placeIndustries(data.groups, data.industries, all);
  const columns = ['jiangmen', 'shared', 'zhongshan'];
  return {
    columns: [
      { title: script === 'en' ? 'Jiangmen side' : '江门一侧', subtitle: script === 'en' ? 'Jiangmen, Shenzhen–Jiangmen Economic Cooperation Zone, Jianghai District' : '江门、深江经济合作区、江海区' },
      { title: script === 'en' ? 'Both cities' : '两市都在争取', subtitle: '', highlight: true },
      {
        title: script === 'en' ? 'Zhongshan side' : '中山一侧',
        subtitle: script === 'en' ? 'Zhongshan, Shenzhen–Zhongshan Economic Cooperation Zone' : '中山、深中经济合作区',
        factsHeading: script === 'en' ? 'Zhongshan: key numbers' : '中山：关键数字',
      },
    ],
    rows: script === 'en' ? ['New tracks', 'Existing strengths', 'Planned clusters and joint development', 'Future industries'] : ['新赛道', '现有基础', '规划集群与协同发展', '未来产业'],
    items: places.map((p) => ({
      column: columns.indexOf(p.column),
      row: ['new-track', 'strength', 'cluster', 'future'].indexOf(p.stage),
      label: data.industries[p.index].name[script],
    })),
    annotations: [{ column: 0, value: script === 'en' ? 'over 85%' : '超85%', text: data.groups.find((g) => g.id === 'jianghai')!.figure!.label[script] }],
    // As the component writes them (formatFigureValue): 38个 / 38, 首批 / 1st.
    facts: data.facts!.zhongshan!.map((f, i) => ({
      column: 2,
      value: script === 'en' ? ['38', '18', '18', '1st', '20'][i] : ['38个', '18个', '18项', '首批', '20家'][i],
      text: f.short![script],
    })),
    legend: script === 'en' ? ['Filled: under way', 'Hollow: future industry', 'Halves: Jiangmen side left, Zhongshan side right'] : ['实心：已在推进', '空心：未来产业', '两半：左为江门一侧，右为中山一侧'],
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  what: string;
}

const textBox = (block: TextBlock, fontSize: number, what: string): Box => ({
  left: block.x,
  right: block.x + block.width,
  top: block.y - fontSize,
  bottom: block.y + (block.lines.length - 1) * block.lineHeight + fontSize * 0.3,
  what,
});

/** Every text and mark the layout places, as boxes (fonts as in the styles). */
function boxes(layout: IndustryClusterLayout): Box[] {
  return [
    ...layout.columns.flatMap((c) => [textBox(c.title, 15, `title ${c.title.lines}`), textBox(c.subtitle, 12, `subtitle ${c.subtitle.lines}`)]),
    ...layout.rowHeadings.map((h) => textBox(h.text, 12, `row ${h.text.lines}`)),
    ...layout.items.flatMap((item) => [
      textBox(item.text, 14, `label ${item.text.lines}`),
      { left: item.cx - ITEM_STYLE.radius, right: item.cx + ITEM_STYLE.radius, top: item.cy - ITEM_STYLE.radius, bottom: item.cy + ITEM_STYLE.radius, what: `mark ${item.text.lines}` },
    ]),
    ...layout.annotations.flatMap((a) => [textBox(a.value, 22, 'value'), textBox(a.text, 12, 'note')]),
    ...layout.columns.flatMap((c) => (c.factsHeading ? [textBox(c.factsHeading, 12, `facts heading ${c.factsHeading.lines}`)] : [])),
    // A bold block's width (titles, row headings, numbers) is its bold estimate.
    ...layout.facts.flatMap((f) => [textBox(f.value, 18, `fact ${f.value.lines}`), textBox(f.text, 12, `fact words ${f.text.lines}`)]),
    ...layout.legend.map((item) => textBox(item.text, 12, `legend ${item.text.lines}`)),
  ].filter((b) => b.right > b.left);
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('layoutIndustryCluster', () => {
  it('sets three columns side by side at 1280 px and stacks them as blocks at 320 px', () => {
    const wide = layoutIndustryCluster(articleInput('zh-Hans'), { width: 1280 });
    expect(wide.stacked).to.equal(false);
    const titles = wide.columns.map((c) => c.title);
    expect(titles[0].y).to.equal(titles[1].y);
    expect(titles[0].x).to.be.below(titles[1].x);
    expect(titles[1].x).to.be.below(titles[2].x);
    const narrow = layoutIndustryCluster(articleInput('zh-Hans'), { width: 320 });
    expect(narrow.stacked).to.equal(true);
    const stacked = narrow.columns.map((c) => c.title);
    expect(stacked[0].y).to.be.below(stacked[1].y);
    expect(stacked[1].y).to.be.below(stacked[2].y);
    expect(new Set(stacked.map((t) => t.x)).size).to.equal(1);
  });

  it('keeps Chinese in three columns at 560 px, but stacks English there: its names would break over three lines', () => {
    expect(layoutIndustryCluster(articleInput('zh-Hans'), { width: 560 }).stacked).to.equal(false);
    expect(layoutIndustryCluster(articleInput('en'), { width: 600 }).stacked).to.equal(true);
    for (const width of [1000, 1280]) {
      const layout = layoutIndustryCluster(articleInput('en'), { width });
      expect(layout.stacked, `${width}`).to.equal(false);
      for (const item of layout.items) expect(item.text.lines.length, `${width}`).to.be.at.most(2);
    }
    for (const width of [560, 1280]) {
      const { items } = layoutIndustryCluster(articleInput('zh-Hans'), { width });
      for (const item of items) expect(item.text.lines, `${width}`).to.have.length(1);
    }
  });

  for (const script of ['zh-Hans', 'en'] as const) {
    for (const width of [280, 320, 559, 560, 1280, 1600]) {
      it(`keeps every ${script} label inside ${width} px and apart from every other`, () => {
        const layout = layoutIndustryCluster(articleInput(script), { width });
        const all = boxes(layout);
        for (const box of all) {
          expect(box.left, box.what).to.be.at.least(0);
          expect(box.right, box.what).to.be.at.most(width);
          expect(box.bottom, box.what).to.be.at.most(layout.height);
        }
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) expect(overlap(all[i], all[j]), `${all[i].what} × ${all[j].what}`).to.equal(false);
        }
      });
    }
  }

  it('wraps a label wider than a phone rather than letting it leave the drawing', () => {
    const input: IndustryClusterInput = {
      columns: [{ title: 'A', subtitle: '' }],
      rows: ['Row'],
      items: [{ column: 0, row: 0, label: 'A very long industry name that cannot possibly fit on one line at 280 px' }],
      annotations: [],
      legend: [],
    };
    const { items } = layoutIndustryCluster(input, { width: 280 });
    expect(items[0].text.lines.length).to.be.greaterThan(1);
    expect(items[0].text.x + items[0].text.width).to.be.at.most(280);
  });

  it('leaves out rows no industry is in', () => {
    const input = articleInput('zh-Hans');
    input.items = input.items.filter((it) => it.row !== 1);
    const layout = layoutIndustryCluster(input, { width: 1280 });
    expect(layout.rowHeadings.map((h) => h.row)).to.deep.equal([0, 2, 3]);
  });

  it('puts the middle column on a band that holds all of its marks', () => {
    const input = articleInput('zh-Hans');
    for (const width of [320, 1280]) {
      const layout = layoutIndustryCluster(input, { width });
      const band = layout.columns[1].band!;
      expect(band, `${width}`).to.not.equal(undefined);
      input.items.forEach((it, i) => {
        if (it.column !== 1) return;
        const { cx, cy } = layout.items[i];
        expect(cx).to.be.within(band.x, band.x + band.width);
        expect(cy).to.be.within(band.y, band.y + band.height);
      });
    }
  });

  it('sets the annotation under its own column', () => {
    const layout = layoutIndustryCluster(articleInput('zh-Hans'), { width: 1280 });
    const [note] = layout.annotations;
    expect(note.value.x).to.equal(layout.columns[0].title.x);
    const lowest = Math.max(...layout.items.map((it) => it.cy));
    expect(note.value.y).to.be.above(lowest);
  });

  it('evens out the lines of the annotation so none is left with a single character', () => {
    for (const width of [320, 1280]) {
      const [note] = layoutIndustryCluster(articleInput('zh-Hans'), { width }).annotations;
      const lengths = note.text.lines.map((line) => [...line].length);
      expect(Math.min(...lengths), `${width}: ${note.text.lines.join(' / ')}`).to.be.at.least(Math.max(...lengths) / 2);
    }
  });

  it('breaks a Chinese note after its enumeration commas, never inside “先进制造与自动化”', () => {
    for (const width of [320, 560, 1280]) {
      const [note] = layoutIndustryCluster(articleInput('zh-Hans'), { width }).annotations;
      const lines = note.text.lines;
      expect(lines.some((line) => line.includes('先进制造与自动化')), `${width}: ${lines.join(' / ')}`).to.equal(true);
      for (const line of lines) expect(line, `${width}: ${lines.join(' / ')}`).to.not.match(/^、/);
      expect(note.text.lines.join('')).to.equal(data.groups.find((g) => g.id === 'jianghai')!.figure!.label['zh-Hans']);
    }
  });

  it('sets Zhongshan’s key numbers as a strip under its own column, each number beside its words, in the article’s order', () => {
    for (const script of ['zh-Hans', 'en'] as const) {
      for (const width of [320, 1280]) {
        const layout = layoutIndustryCluster(articleInput(script), { width });
        const what = `${script} ${width}`;
        const zhongshan = layout.columns[2];
        expect(layout.facts, what).to.have.length(5);
        expect(zhongshan.factsHeading, what).to.not.equal(undefined);
        expect(zhongshan.factsHeading!.x, what).to.equal(zhongshan.title.x);
        expect(layout.columns[0].factsHeading, what).to.equal(undefined);
        // Below the column's last mark (and, stacked, below the middle block's band).
        const lowest = Math.max(...articleInput(script).items.map((it, i) => (it.column === 2 ? layout.items[i].cy : -Infinity)));
        expect(zhongshan.factsHeading!.y, what).to.be.above(lowest);
        if (layout.stacked) {
          const band = layout.columns[1].band!;
          expect(zhongshan.factsHeading!.y, what).to.be.above(band.y + band.height);
        }
        let previous = zhongshan.factsHeading!.y;
        for (const fact of layout.facts) {
          expect(fact.value.x, what).to.equal(zhongshan.title.x);
          expect(fact.value.lines, what).to.have.length(1);
          // Beside: the words start right of the widest number, on the number's baseline.
          expect(fact.text.x, what).to.be.above(fact.value.x + fact.value.width);
          expect(fact.text.y, what).to.be.closeTo(fact.value.y, 0.01);
          expect(fact.value.y, what).to.be.above(previous);
          previous = fact.value.y;
        }
        expect(new Set(layout.facts.map((f) => f.text.x)).size, `${what}: words in one column`).to.equal(1);
        expect(layout.height, what).to.be.at.least(previous);
      }
    }
  });

  it('puts a number above its words when a column is too narrow for a gutter', () => {
    const input: IndustryClusterInput = {
      columns: [{ title: 'A', subtitle: '', factsHeading: 'A: key numbers' }],
      rows: ['Row'],
      items: [{ column: 0, row: 0, label: 'Robots' }],
      annotations: [],
      facts: [
        { column: 0, value: 'more than 300', text: 'firms from elsewhere' },
        { column: 0, value: '12', text: 'parks' },
      ],
      legend: [],
    };
    const layout = layoutIndustryCluster(input, { width: 200 });
    for (const fact of layout.facts) {
      expect(fact.text.x).to.equal(fact.value.x);
      expect(fact.text.y - 12).to.be.at.least(fact.value.y);
    }
    expect(layout.facts[1].value.y).to.be.above(layout.facts[0].text.y);
  });

  it('leaves the strip and its heading out where there are no key numbers', () => {
    const input = articleInput('zh-Hans');
    delete input.facts;
    const layout = layoutIndustryCluster(input, { width: 1280 });
    expect(layout.facts).to.deep.equal([]);
    expect(layout.columns.every((c) => c.factsHeading === undefined)).to.equal(true);
  });

  it('draws one wide column when only one side is shown', () => {
    const input = articleInput('zh-Hans');
    input.columns = [input.columns[0]];
    input.items = input.items.map((it) => ({ ...it, column: 0 }));
    const layout = layoutIndustryCluster(input, { width: 400 });
    expect(layout.stacked).to.equal(false);
    expect(layout.columns).to.have.length(1);
    expect(Math.max(...layout.items.map((it) => it.text.x + it.text.width))).to.be.at.most(400);
  });
});

describe('industryClusterData', () => {
  it('puts each side’s city first, then its cooperation zone, then its district', () => {
    expect(data.groups.map((g) => g.id)).to.deep.equal(['jiangmen', 'shenjiang', 'jianghai', 'zhongshan', 'shenzhong']);
    expect(data.groups.map((g) => g.side)).to.deep.equal(['jiangmen', 'jiangmen', 'jiangmen', 'zhongshan', 'zhongshan']);
  });

  it('gives Zhongshan the piece’s five numbers on its manufacturing base, with short words in every language, and Jiangmen none', () => {
    const facts = data.facts!.zhongshan!;
    expect(facts.map((f) => f.id)).to.deep.equal([
      'zhongshan-national-industrial-bases',
      'zhongshan-provincial-specialised-towns',
      'zhongshan-cluster-alliance-standards',
      'zhongshan-three-products-pilot-batch',
      'shenzhen-firms-in-zhongshan-digital-pool',
    ]);
    expect(facts.map((f) => f.value)).to.deep.equal([38, 18, 18, 1, 20]);
    expect(facts[3].ordinal, '首批 is the first batch, not one city').to.equal(true);
    expect(facts.map((f) => f.short!['zh-Hans'])).to.deep.equal(['国家级产业基地', '省级专业镇', '产业集群联盟标准', '国家消费品工业“三品”战略试点示范城市', '深圳企业入选数字化智能化供给生态资源池']);
    for (const f of facts) {
      expect(f.short!.en, f.id).to.match(/\w/);
      expect(f.short!['zh-Hant'], f.id).to.be.a('string');
    }
    expect(data.facts!.jiangmen).to.equal(undefined);
    expect(checkIndustryClusterData(data, [])).to.equal(true);
  });

  it('checks key numbers: known sides only, at most eight a side, each a figure with an optional short label', () => {
    const figure = { value: 3, unit: '个', label: { 'zh-Hans': '三', en: 'three' }, date: '2024' };
    const problems: Problems = [];
    const bad = {
      ...data,
      facts: {
        west: [figure],
        zhongshan: [{ ...figure, value: 'many', short: 'short' }, ...Array.from({ length: 8 }, () => figure)],
        jiangmen: 'none',
      },
    } as unknown as IndustryClusterData;
    expect(checkIndustryClusterData(bad, problems)).to.equal(false);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include('data.facts.west');
    expect(paths).to.include('data.facts.zhongshan');
    expect(paths).to.include('data.facts.zhongshan[0].value');
    expect(paths).to.include('data.facts.zhongshan[0].short');
    expect(paths).to.include('data.facts.jiangmen');
    // Data without facts, as before they existed, is still valid.
    const { facts: _, ...old } = data;
    expect(checkIndustryClusterData(old, [])).to.equal(true);
  });

  it('attaches Jianghai’s “超过85%” to Jianghai, and no equivalence the dataset does not record', () => {
    const figure = data.groups.find((g) => g.id === 'jianghai')!.figure!;
    expect(figure.value).to.equal(85);
    expect(figure.qualifier).to.equal('over');
    expect(data.industries.filter((i) => i.equivalentTo)).to.deep.equal([]);
  });
});
