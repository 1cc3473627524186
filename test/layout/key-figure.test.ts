import { expect } from 'chai';
import { layoutKeyFigure } from '../../src/layout/key-figure.js';
import { estimateTextWidth } from '../../src/layout/text-width.js';

const value = (v: number, text = String(v)) => ({ value: v, text, caption: '' });

describe('layoutKeyFigure', () => {
  it('sizes one number so its text fits the width, even at 280 px', () => {
    const text = 'more than 200,000 yuan';
    const { number } = layoutKeyFigure([value(20, text)], { width: 420 });
    expect(number!.lines).to.deep.equal([text]);
    // The number is set bold, and bold Latin sets wider than regular.
    expect(estimateTextWidth(text, number!.fontSize, { bold: true })).to.be.at.most(420);
  });

  it('wraps a number too long for one line rather than letting it overflow', () => {
    const text = 'more than 1.3 trillion yuan in planned investment';
    const { number, height } = layoutKeyFigure([value(1, text)], { width: 280 });
    expect(number!.lines.length).to.be.greaterThan(1);
    expect(number!.lines.join(' ')).to.equal(text);
    for (const line of number!.lines) expect(estimateTextWidth(line, number!.fontSize, { bold: true })).to.be.at.most(280);
    expect(height).to.be.at.least(number!.lineHeight * number!.lines.length);
  });

  it('caps the big number at 64 px on wide screens', () => {
    expect(layoutKeyFigure([value(4022.5, '4022.5亿元')], { width: 1600 }).number!.fontSize).to.equal(64);
  });

  it('draws compared values on one scale from zero, in proportion', () => {
    const { bars } = layoutKeyFigure([value(519), value(705)], { width: 600 });
    expect(bars).to.have.length(2);
    expect(bars[1].width).to.equal(600);
    expect(bars[0].width / bars[1].width).to.be.closeTo(519 / 705, 1e-9);
  });

  it('keeps every value label inside the width', () => {
    const { bars } = layoutKeyFigure([value(1, 'a long value label here'), value(1000, 'x')], { width: 280 });
    for (const bar of bars) {
      const right = bar.valueInside ? bar.valueX : bar.valueX + estimateTextWidth('a long value label here', 15);
      expect(right).to.be.at.most(280 + 0.5);
    }
  });

  it('sets the date under the number, close below its last line and inside the height', () => {
    const { number, height } = layoutKeyFigure([{ value: 4022.5, text: '4022.5亿元', caption: '2023年' }], { width: 600 });
    const last = number!.y + number!.lineHeight * (number!.lines.length - 1);
    expect(number!.caption!.y).to.be.greaterThan(last + number!.fontSize * 0.2);
    expect(number!.caption!.y - last).to.be.at.most(number!.fontSize * 0.2 + 8 + 13 + 1);
    expect(height).to.be.at.least(number!.caption!.y);
    // No date, no caption and no room kept for one.
    const bare = layoutKeyFigure([value(4022.5, '4022.5亿元')], { width: 600 });
    expect(bare.number!.caption).to.equal(undefined);
    expect(bare.height).to.be.lessThan(height);
  });
});
