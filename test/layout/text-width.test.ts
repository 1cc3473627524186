import { expect } from '@open-wc/testing';
import { estimateTextWidth, wrapText } from '../../src/layout/text-width.js';

// The widgets' font stacks (src/styles/tokens.ts): on this machine Noto Sans CJK SC sets
// the Chinese one, DejaVu Sans (system-ui) the English one.
const STACKS = {
  'zh-CN': `'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif`,
  en: `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans CJK SC', sans-serif`,
};

/** What Chromium measures `text` at, in the widgets' Chinese and English stacks: the wider. */
function measured(text: string, fontSize: number, weight: 400 | 700): number {
  const canvas = document.createElement('canvas').getContext('2d')!;
  return Math.max(
    ...Object.values(STACKS).map((stack) => {
      canvas.font = `${weight} ${fontSize}px ${stack}`;
      return canvas.measureText(text).width;
    }),
  );
}

describe('estimateTextWidth', () => {
  it('never underestimates what Chromium measures, for CJK and Latin', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = '13px sans-serif';
    for (const text of ['江门GDP：十年迈向万亿', 'Jiangmen reaches 1 trillion yuan', '4022.5亿元']) {
      expect(estimateTextWidth(text, 13)).to.be.at.least(canvas.measureText(text).width * 0.95, text);
    }
  });

  it('counts % an em, as wide as both stacks set it (a Chinese note ending “不足2%” once ran 2 px past its line)', () => {
    for (const text of ['即江门已开发的土地占大湾区陆地面积的不足2%（推', '63%', 'under 12% of it developed']) {
      expect(estimateTextWidth(text, 12), text).to.be.at.least(measured(text, 12, 400));
    }
  });
});

describe('estimateTextWidth in bold', () => {
  it('sets bold Latin letters and digits wider than regular ones', () => {
    for (const text of ['J', 'j', '4', 'Jiangmen 4022.5', 'more than 300']) {
      expect(estimateTextWidth(text, 13, { bold: true }), text).to.be.greaterThan(estimateTextWidth(text, 13));
    }
  });

  it('keeps CJK glyphs one em in bold, as a CJK face sets them', () => {
    for (const text of ['份额（原文只给比例，不给面积）', '“百县千镇万村”', '深中通道']) {
      expect(estimateTextWidth(text, 13, { bold: true }), text).to.equal(estimateTextWidth(text, 13));
      expect(estimateTextWidth(text, 13, { bold: true }), text).to.equal([...text].length * 13);
    }
  });

  it('never underestimates what Chromium measures in bold, in either stack', () => {
    // Bold words the widgets set: key numbers, chips, headings, labels.
    for (const text of ['more than 300', '63%', '5.22%', '30×', 'Jiangmen Safety and', 'Shenzhen–Zhongshan key', 'Zhongshan production', '超85%', '1.24万亩', '4022.5亿元', '中山连片工业用地']) {
      for (const size of [13, 18, 28]) {
        expect(estimateTextWidth(text, size, { bold: true }), `${text} at ${size} px`).to.be.at.least(measured(text, size, 700) * 0.97);
      }
    }
  });

  it('does not take a crude factor over the whole text: a Chinese bold line is estimated within a tenth of its measure', () => {
    for (const text of ['江门陆地已开发：不足12%', '中山连片工业用地1.24万亩']) {
      expect(estimateTextWidth(text, 13, { bold: true }), text).to.be.at.most(measured(text, 13, 700) * 1.1);
    }
  });
});

describe('wrapText in bold', () => {
  it('breaks a bold line where its bold width, not its regular one, reaches the width', () => {
    const text = 'Shenzhen–Zhongshan key industrial projects Zhongshan plans to start this year';
    const lines = wrapText(text, 13, 180, { bold: true });
    expect(lines.join(' ')).to.equal(text);
    for (const line of lines) expect(estimateTextWidth(line, 13, { bold: true }), line).to.be.at.most(180);
    // Set regular, the same words need fewer lines: the bold wrap did measure bold.
    expect(wrapText(text, 13, 180).length).to.be.lessThan(lines.length);
  });
});

describe('estimateTextWidth with CJK punctuation', () => {
  it('counts curly quotes and the middle dot a full em, as a CJK face sets them', () => {
    // “百县千镇万村” in a Chinese line: 6 characters and 2 quotes, all full width.
    expect(estimateTextWidth('“百县千镇万村”', 12)).to.equal(8 * 12);
    expect(estimateTextWidth('中国人寿·广发银行', 12)).to.equal(9 * 12);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters and English at spaces, within the width', () => {
    const zh = wrapText('深江经济合作区可重点发展新一代信息技术新能源新材料', 12, 100);
    expect(zh.join('')).to.equal('深江经济合作区可重点发展新一代信息技术新能源新材料');
    for (const line of zh) expect(estimateTextWidth(line, 12)).to.be.at.most(100);
    const en = wrapText('Shenzhen headquarters plus Jiangmen base', 12, 120);
    expect(en.every((line) => !line.startsWith(' ') && !line.endsWith(' '))).to.equal(true);
    expect(en.join(' ')).to.equal('Shenzhen headquarters plus Jiangmen base');
  });
});

describe('wrapText and the Chinese line-breaking rules', () => {
  it('never starts a line with a closing mark or ends one on an opening mark, and keeps every character', () => {
    const text = '技术合同交易额年均增长（近三年，2021—2023年）';
    for (const width of [90, 120, 150, 200, 260]) {
      const lines = wrapText(text, 13, width);
      expect(lines.join('')).to.equal(text);
      for (const line of lines) {
        expect(line, `${width}: ${lines.join(' | ')}`).to.not.match(/^[）)，。、：；]/);
        expect(line, `${width}: ${lines.join(' | ')}`).to.not.match(/[（(]$/);
        expect(estimateTextWidth(line, 13)).to.be.at.most(width);
      }
    }
  });

  it('keeps a number whole and with its unit', () => {
    for (const text of ['海目星于2017年落户江门', '江门提供给海目星的厂房（2017年）']) {
      // Below ~5 characters a line cannot hold “2017年）”, and some rule has to give.
      for (const width of [80, 100, 120, 140]) {
        const lines = wrapText(text, 14.95, width);
        expect(lines.join('')).to.equal(text);
        for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]}|${lines[i]}`, `${width}`).to.not.match(/\d\|[\d年]/);
      }
    }
  });
});
