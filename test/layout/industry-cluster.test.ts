import { expect } from 'chai';
import { checkIndustryClusterData } from '../../src/data/industries.check.js';
import type { IndustryClusterData } from '../../src/data/industries.js';
import { industryClusterData } from '../../src/components/industry-cluster/industry-cluster.bundled.js';
import type { Problems } from '../../src/data/validate.js';
import { ITEM_STYLE, layoutIndustryCluster, SHARED_STYLE, type IndustryClusterInput, type IndustryClusterLayout } from '../../src/layout/industry-cluster.js';
import type { FlowedLabel } from '../../src/layout/label-flow.js';
import { placeIndustries, type IndustryPlace } from '../../src/layout/industry-groups.js';
import type { TextBlock } from '../../src/layout/text-block.js';

const data = industryClusterData();
const all = new Set(data.groups.map((g) => g.id));
const byName = (places: IndustryPlace[], name: string) => places.find((p) => data.industries[p.index].name['zh-Hans'] === name);
const namesIn = (places: IndustryPlace[], column: string) => places.filter((p) => p.column === column).map((p) => data.industries[p.index].name['zh-Hans']);

describe('placeIndustries (the article’s industries)', () => {
  const places = placeIndustries(data.groups, data.industries, all);

  it('puts low-altitude economy, AI and new energy with the shared industries: both Jiangmen’s and Zhongshan’s side name them', () => {
    // 江门：“开辟出硅能源、新型储能、低空经济等特色产业新赛道，前瞻布局人工智能…”；深江合作区六大领域含新能源；
    // 中山：“协同发展生物医药、新一代信息技术、新能源、低空经济、人工智能等新兴产业”
    for (const name of ['低空经济', '人工智能', '新能源', '新一代信息技术', '生物医药', '电子信息']) expect(byName(places, name)?.column, name).to.equal('shared');
  });

  it('keeps Jiangmen’s own tracks and futures on Jiangmen’s side, and Zhongshan’s 健康医药 on Zhongshan’s', () => {
    for (const name of ['硅能源', '盾构机', '合成生物', '氢能源', '深海装备']) expect(byName(places, name)?.column, name).to.equal('jiangmen');
    for (const name of ['健康医药', '金融']) expect(byName(places, name)?.column, name).to.equal('zhongshan');
  });

  it('draws every industry exactly once', () => {
    expect(places.map((p) => p.index).sort((a, b) => a - b)).to.deep.equal(data.industries.map((_, i) => i));
  });

  it('fills the row of future industries only with what is nowhere under way', () => {
    const future = places.filter((p) => p.stage === 'future' && p.column !== 'shared');
    expect(future.map((p) => data.industries[p.index].name['zh-Hans'])).to.have.members(['合成生物', '氢能源', '深海装备']);
    for (const p of future) expect(Object.values(p.underway)).to.deep.equal([false]);
  });

  it('marks AI as future on Jiangmen’s side but under way on Zhongshan’s', () => {
    expect(byName(places, '人工智能')!.underway).to.deep.equal({ jiangmen: false, zhongshan: true });
  });

  it('lists the new tracks in the new-track row, even those also named as the Shenzhen firms’ sectors', () => {
    for (const name of ['硅能源', '新型储能', '盾构机', '安全应急']) expect(byName(places, name)?.stage, name).to.equal('new-track');
  });

  it('calls 新型储能、电子信息、智能装备 what the article says they are: the sectors of the 300多家 Shenzhen firms, not Jiangmen’s base', () => {
    // “300多家深圳企业乘“风”而至，涵盖新型储能、电子信息、智能装备等新兴产业”
    expect(byName(places, '智能装备')!.stage).to.equal('arrivals');
    for (const name of ['新型储能', '电子信息', '智能装备']) {
      const m = data.industries[byName(places, name)!.index].memberships.filter((x) => x.quote?.includes('涵盖新型储能'));
      expect(m.map((x) => x.stage), name).to.deep.equal(['arrivals']);
    }
    // What Jiangmen's side has as an existing base is Jianghai's.
    const strengths = data.industries.flatMap((i) => i.memberships.filter((m) => m.stage === 'strength').map((m) => m.group));
    expect([...new Set(strengths)]).to.deep.equal(['jianghai']);
  });

  it('in a view of one side, still sets apart the industries the other side names too', () => {
    const jiangmenSide = new Set(data.groups.filter((g) => g.side === 'jiangmen').map((g) => g.id));
    const side = placeIndustries(data.groups, data.industries, jiangmenSide);
    expect(namesIn(side, 'shared')).to.include.members(['低空经济', '人工智能', '新能源']);
    expect(namesIn(side, 'zhongshan')).to.deep.equal([]);
    expect(byName(side, '低空经济')!.sides).to.deep.equal(['jiangmen', 'zhongshan']);
    expect(byName(side, '健康医药')).to.equal(undefined);
  });

  it('orders marks section by section, the shared ones first, then by row', () => {
    const rank = { shared: 0, jiangmen: 1, zhongshan: 2 };
    const ranks = places.map((p) => rank[p.column]);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
  });
});

const STAGES = ['new-track', 'arrivals', 'strength', 'cluster', 'future'] as const;
const STAGE_WORDS = {
  'zh-Hans': ['新赛道', '落户深圳企业的领域', '江海区·现有基础', '深江经济合作区·规划与合作领域', '未来产业'],
  en: ['New tracks', 'Sectors of Shenzhen firms moving in', 'Jianghai District: existing strengths', 'Shenzhen–Jiangmen Economic Cooperation Zone: planned and joint fields', 'Future industries'],
};

/** The article's labels in one language, as the view hands them to the layout. */
function articleInput(script: 'zh-Hans' | 'en'): IndustryClusterInput {
  const places = placeIndustries(data.groups, data.industries, all);
  const en = script === 'en';
  const names = (list: IndustryPlace[]) => list.map((p) => data.industries[p.index].name[script]);
  const rows = (column: string) =>
    STAGES.map((stage, r) => ({ heading: column === 'zhongshan' ? (en ? 'Planned and joint fields' : '规划与合作领域') : STAGE_WORDS[script][r], items: names(places.filter((p) => p.column === column && p.stage === stage)) })).filter((row) => row.items.length);
  return {
    sections: [
      { title: en ? 'On both sides’ lists (6)' : '两市都在争取（6个）', subtitle: '', highlight: true, rows: [{ heading: '', items: names(places.filter((p) => p.column === 'shared')) }] },
      { title: en ? 'Jiangmen’s side only (12)' : '只在江门一侧（12个）', subtitle: en ? 'Jiangmen, Shenzhen–Jiangmen Economic Cooperation Zone, Jianghai District' : '江门、深江经济合作区、江海区', rows: rows('jiangmen') },
      { title: en ? 'Zhongshan’s side only (5)' : '只在中山一侧（5个）', subtitle: en ? 'Zhongshan, Shenzhen–Zhongshan Economic Cooperation Zone' : '中山、深中经济合作区', rows: rows('zhongshan') },
    ],
    legend: en ? ['Filled: under way', 'Hollow: future industry', 'Halves: Jiangmen left, Zhongshan right'] : ['实心：已在推进', '空心：未来产业', '两半：左为江门一侧，右为中山一侧'],
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

const markBox = (item: FlowedLabel, r: number, what: string): Box => ({ left: item.cx - r, right: item.cx + r, top: item.cy - r, bottom: item.cy + r, what });

/** Every text and mark the layout places, as boxes (fonts as in the styles). */
function boxes(layout: IndustryClusterLayout): Box[] {
  return [
    ...layout.sections.flatMap((sec) => [
      textBox(sec.title, 16, `title ${sec.title.lines}`),
      textBox(sec.subtitle, 12, `subtitle ${sec.subtitle.lines}`),
      ...sec.rows.flatMap((row) => [
        ...(row.heading ? [textBox(row.heading, 12, `row ${row.heading.lines}`)] : []),
        ...row.items.flatMap((item) => {
          const style = sec.band ? SHARED_STYLE : ITEM_STYLE;
          return [textBox(item.text, style.fontSize, `label ${item.text.lines}`), markBox(item, style.radius, `mark ${item.text.lines}`)];
        }),
      ]),
    ]),
    ...layout.legend.map((item) => textBox(item.text, 12, `legend ${item.text.lines}`)),
  ].filter((b) => b.right > b.left);
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const rightOf = (items: FlowedLabel[]) => Math.max(...items.map((it) => it.text.x + it.text.width));

describe('layoutIndustryCluster', () => {
  it('sets the shared industries first, on a band across the whole width, then each side’s own', () => {
    for (const width of [296, 616, 1256]) {
      const layout = layoutIndustryCluster(articleInput('zh-Hans'), { width });
      const [band, jiangmen, zhongshan] = layout.sections;
      expect(band.band, `${width}`).to.deep.include({ x: 0, width });
      const bandBottom = band.band!.y + band.band!.height;
      for (const item of band.rows[0].items) expect(item.cy, `${width}`).to.be.within(band.band!.y, bandBottom);
      for (const sec of [jiangmen, zhongshan]) {
        expect(sec.band, `${width}`).to.equal(undefined);
        for (const row of sec.rows) for (const item of row.items) expect(item.cy, `${width}`).to.be.above(bandBottom);
      }
    }
  });

  // The 640 px widget is 616 px of drawing (12 px of padding each side).
  for (const script of ['zh-Hans', 'en'] as const) {
    it(`uses the width at 640 px in ${script}: every section’s marks reach past 60 % of it, and the drawing stays short`, () => {
      const width = 616;
      const layout = layoutIndustryCluster(articleInput(script), { width });
      expect(layout.sideBySide).to.equal(false);
      for (const sec of layout.sections) {
        const items = sec.rows.flatMap((row) => row.items);
        expect(items.length, sec.title.lines.join('')).to.be.greaterThan(0);
        expect(rightOf(items), sec.title.lines.join('')).to.be.at.least(0.6 * width);
      }
      expect(layout.height).to.be.at.most(script === 'en' ? 700 : 520);
    });
  }

  it('evens out the band’s grid: six shared industries go 3 + 3 at 640 px and one line of six at 1280 px, never 4 + 2', () => {
    const lines = (width: number) => new Set(layoutIndustryCluster(articleInput('zh-Hans'), { width }).sections[0].rows[0].items.map((it) => it.cy)).size;
    expect(lines(616)).to.equal(2);
    expect(lines(1256)).to.equal(1);
    const xs = layoutIndustryCluster(articleInput('zh-Hans'), { width: 616 }).sections[0].rows[0].items.map((it) => it.cx);
    expect(xs.slice(0, 3)).to.deep.equal(xs.slice(3));
  });

  it('sets row headings beside the marks where they fit in two lines, above them on a phone, the same in every section', () => {
    const wide = layoutIndustryCluster(articleInput('zh-Hans'), { width: 616 });
    const rowsOf = (layout: IndustryClusterLayout) => layout.sections.slice(1).flatMap((sec) => sec.rows);
    for (const row of rowsOf(wide)) expect(row.items[0].text.x, row.heading!.lines.join('')).to.be.above(row.heading!.x + row.heading!.width);
    expect(new Set(rowsOf(wide).map((row) => row.items[0].cx)).size, 'one column of marks').to.equal(1);
    for (const layout of [layoutIndustryCluster(articleInput('zh-Hans'), { width: 296 }), layoutIndustryCluster(articleInput('en'), { width: 616 })]) {
      for (const row of rowsOf(layout)) expect(row.items[0].cy, row.heading!.lines.join('')).to.be.above(row.heading!.y);
    }
  });

  it('stands the two sides side by side from 960 px, one under the other below', () => {
    const wide = layoutIndustryCluster(articleInput('en'), { width: 1256 });
    expect(wide.sideBySide).to.equal(true);
    expect(wide.sections[1].title.y).to.equal(wide.sections[2].title.y);
    expect(wide.sections[2].title.x).to.be.above(wide.width / 2);
    const narrow = layoutIndustryCluster(articleInput('en'), { width: 940 });
    expect(narrow.sideBySide).to.equal(false);
    expect(narrow.sections[2].title.y).to.be.above(narrow.sections[1].title.y);
    expect(narrow.rules, 'a rule between the two sides').to.have.length(1);
  });

  for (const script of ['zh-Hans', 'en'] as const) {
    for (const width of [256, 296, 479, 480, 616, 959, 960, 1256, 1576]) {
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
      sections: [{ title: 'A', subtitle: '', rows: [{ heading: 'Row', items: ['A very long industry name that cannot possibly fit on one line at 280 px'] }] }],
      legend: [],
    };
    const { items } = layoutIndustryCluster(input, { width: 256 });
    expect(items[0].text.lines.length).to.be.greaterThan(1);
    expect(items[0].text.x + items[0].text.width).to.be.at.most(256);
  });

  it('draws one side alone across the whole width', () => {
    const input = articleInput('zh-Hans');
    input.sections = [input.sections[1]];
    const layout = layoutIndustryCluster(input, { width: 400 });
    expect(layout.sections).to.have.length(1);
    expect(layout.sideBySide).to.equal(false);
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
