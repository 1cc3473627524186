import { expect } from 'chai';
import { lineUnits } from '../../src/layout/line-units.js';
import { wrapText } from '../../src/layout/text-width.js';

const cases = [
  '在银湖湾滨海新区加快规划建设深江经济合作区',
  '马鞍岛35平方公里，南朗片区19平方公里',
  '海目星（江门）激光智能装备有限公司',
  '2023年江门GDP达到4022.5亿元，成功跃上4000亿元台阶。',
  'Jiangmen’s GDP reached 402.25 billion yuan in 2023.',
];

describe('lineUnits', () => {
  it('gives back the text exactly when its units are joined', () => {
    for (const text of cases) expect(lineUnits(text).join('')).to.equal(text);
  });

  it('keeps the dataset’s names whole, which the segmenter alone cuts (银|湖|湾, 马|鞍|岛)', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    // The premise: the browser's dictionary does not know these names.
    expect([...segmenter.segment('银湖湾')].length).to.be.greaterThan(1);
    expect([...segmenter.segment('马鞍岛')].length).to.be.greaterThan(1);
    const units = (text: string) => lineUnits(text);
    expect(units(cases[0]).some((u) => u.includes('银湖湾滨海新区'))).to.equal(true);
    expect(units(cases[0]).some((u) => u.includes('深江经济合作区'))).to.equal(true);
    expect(units(cases[1]).some((u) => u.includes('马鞍岛'))).to.equal(true);
    expect(units(cases[2]).some((u) => u.includes('海目星'))).to.equal(true);
    expect(units('銀湖灣濱海新區的啓動區').some((u) => u.includes('銀湖灣濱海新區'))).to.equal(true);
  });

  it('keeps a number with its unit and a closing mark with what it closes', () => {
    const units = lineUnits(cases[3]);
    expect(units).to.include.members(['2023年']);
    expect(units.some((u) => u.includes('4022.5亿元'))).to.equal(true);
    expect(units.every((u) => !/^[，。）]/.test(u))).to.equal(true);
    expect(lineUnits('（江门）').length).to.equal(1);
    expect(lineUnits('需年均增长约7.2%').some((u) => u.startsWith('约7.2%'))).to.equal(true);
  });

  it('breaks English only at spaces', () => {
    expect(lineUnits(cases[4]).every((u) => !/\S\s+\S/.test(u.trim()))).to.equal(true);
    expect(lineUnits('one-hour living circle').join('|')).to.not.match(/one\|-/);
  });

  it('cuts text with no CJK as the segmenter’s words would, without asking the segmenter (ICU’s dictionary costs a page ~35 ms)', () => {
    const english = [
      cases[4],
      'GDP (2023) : 4,022.5 ; up 5.3% … “a trillion” ’s · .5 , x',
      '  two  spaces,\tA tab\nand a line; café–bar — km² ×2 (“quoted”) ! ?',
      '',
    ];
    // The units of the segmenter's words, by lineUnits' rules for text with no CJK: a break
    // after a space, unless the word after it is closing marks only.
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const reference = (text: string) => {
      const units: string[] = [];
      for (const { segment } of segmenter.segment(text)) {
        if (units.length && (!/\s$/.test(units[units.length - 1]) || /^[\s)”’,.:;!?%…·]+$/.test(segment))) units[units.length - 1] += segment;
        else units.push(segment);
      }
      return units;
    };
    const segment = Intl.Segmenter.prototype.segment;
    let calls = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      calls++;
      return segment.call(this, input);
    };
    try {
      for (const text of english) {
        const before = calls;
        const units = lineUnits(text);
        expect(calls, text).to.equal(before);
        expect(units, text).to.deep.equal(reference(text));
      }
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
  });
});

describe('wrapText with line units', () => {
  it('never ends a wrapped text with one character alone when the word before can join it', () => {
    // 13 px × 11 characters fits “…的通行时” with “间。” left over: the orphan takes 通行时 along.
    const lines = wrapText('“1小时生活圈”是文中的说法，不是实测的通行时间。', 13, 13 * 17);
    expect(lines.at(-1)!.replace(/[。，]/g, '').length).to.be.greaterThan(1);
  });

  it('still breaks a unit wider than the line, rather than let it stick out', () => {
    for (const line of wrapText('中国人寿财产保险股份有限公司中山中心支公司', 13, 13 * 5)) expect(line.length).to.be.at.most(5);
  });
});
