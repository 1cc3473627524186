import { expect } from 'chai';
import { parseLocale } from '../../src/format/locale.js';

describe('parseLocale', () => {
  it('maps every Traditional tag to zh-Hant and keeps the region for Intl', () => {
    expect(parseLocale('zh-HK')).to.deep.equal({ script: 'zh-Hant', tag: 'zh-HK' });
    expect(parseLocale('zh-TW')).to.deep.equal({ script: 'zh-Hant', tag: 'zh-TW' });
    expect(parseLocale('zh-Hant')?.script).to.equal('zh-Hant');
    expect(parseLocale('zh-Hant-TW')?.tag).to.equal('zh-TW');
  });

  it('maps Simplified tags to zh-Hans', () => {
    expect(parseLocale('zh')?.script).to.equal('zh-Hans');
    expect(parseLocale('zh-CN')?.script).to.equal('zh-Hans');
    expect(parseLocale('zh-Hans-SG')?.script).to.equal('zh-Hans');
  });

  it('returns undefined for languages the widgets do not speak and for junk', () => {
    expect(parseLocale('fr')).to.equal(undefined);
    expect(parseLocale('<img src=x>')).to.equal(undefined);
    expect(parseLocale('')).to.equal(undefined);
  });
});
