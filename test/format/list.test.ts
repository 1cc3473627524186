import { expect } from 'chai';
import { formatList } from '../../src/format/list.js';
import { parseLocale } from '../../src/format/locale.js';

describe('formatList', () => {
  it('joins a list as each language does, Hong Kong with 及', () => {
    const items = ['深江', '深中', '江海'];
    expect(formatList(items, parseLocale('zh-CN')!)).to.equal('深江、深中和江海');
    expect(formatList(items, parseLocale('zh-HK')!)).to.equal('深江、深中及江海');
    expect(formatList(['A', 'B', 'C'], parseLocale('en')!)).to.equal('A, B and C'); // British: no serial comma
  });

  it('keeps one language’s joiner out of another’s after both were used', () => {
    formatList(['A', 'B'], parseLocale('en')!);
    expect(formatList(['甲', '乙'], parseLocale('zh-CN')!)).to.equal('甲和乙');
  });

  it('returns a single item as it is and nothing for none', () => {
    expect(formatList(['深中'], parseLocale('zh-CN')!)).to.equal('深中');
    expect(formatList([], parseLocale('en')!)).to.equal('');
  });
});
