import { expect } from '@open-wc/testing';
import { estimateTextWidth, wrapText } from '../../src/layout/text-width.js';

describe('estimateTextWidth', () => {
  it('never underestimates what Chromium measures, for CJK and Latin', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = '13px sans-serif';
    for (const text of ['江门GDP：十年迈向万亿', 'Jiangmen reaches 1 trillion yuan', '4022.5亿元']) {
      expect(estimateTextWidth(text, 13)).to.be.at.least(canvas.measureText(text).width * 0.95, text);
    }
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
