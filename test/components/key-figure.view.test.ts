import { expect } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import { keyFigureView } from '../../src/components/key-figure/key-figure.view.js';
import { figures } from '../../src/data/dataset.js';
import { parseLocale } from '../../src/format/locale.js';

// Every figure of the article, as <key-figure> shows it alone, in Chinese and English.
const views = ['zh-CN', 'en'].flatMap((lang) => figures.map((f) => ({ f, lang, view: keyFigureView([f], { width: 616, locale: parseLocale(lang)!, bundled: true }) })));

describe('keyFigureView over every figure of the article', () => {
  it('never repeats the number in the line under the title', () => {
    for (const { f, lang, view } of views) {
      // A bare "5" would match any other number: only values with their unit or hedge are looked for.
      if (view.texts[0].length < 3) continue;
      expect(view.takeaway, `${lang} ${f.id}`).to.not.contain(view.texts[0]);
    }
  });

  it('gives every figure of the article a line of its context, not just its date', () => {
    for (const { f, lang, view } of views) {
      expect(view.takeaway, `${lang} ${f.id}`).to.not.match(/的数据。$|^Figure for /);
      expect(view.takeaway, `${lang} ${f.id}`).to.match(/[。.]$/);
    }
  });

  it('writes no Chinese money of a trillion or more in 亿元 alone, and no class as an amount', () => {
    for (const { f, lang, view } of views) {
      expect(view.texts[0], f.id).to.not.match(/\d{5,}亿/);
      if (f.id === 'shenzhong-cluster-scale') expect(view.texts[0], lang).to.not.match(/^1000|100 billion yuan$/);
    }
  });

  it('sets no span of dates beside a duration or a multiple it does not equal', () => {
    for (const { f, lang, view } of views) {
      if ((f.unit === '年' || f.unit === '倍') && f.date.includes('/')) expect(view.geometry.number!.caption, `${lang} ${f.id}`).to.equal(undefined);
    }
  });

  it('leaves no Chinese in the English words around the number', () => {
    for (const { f, lang, view } of views) {
      if (lang !== 'en') continue;
      expect(`${view.takeaway} ${view.texts[0]} ${view.captions[0]}`, f.id).to.not.match(/[\u4e00-\u9fff]/);
    }
  });
});
