import { expect } from 'chai';
import { catalogues } from '../../src/generated/messages/all.js';

// GRAPHICS.md point 4: a sentence always ends. Prose is what a reader reads as sentences: a
// widget's dek (takeaway), notes, "about the data" paragraphs, descriptions and scenario lines,
// and any other message long enough to be a sentence (a clause break and over 24 characters)
// that is not a fragment an error message is built from. Prose ends with its closing
// punctuation (a lead-in may end with a colon), maybe followed by a closing bracket or quote;
// a message ending in a placeholder ends with whatever fills it, and is left to that.
const PROSE_KEY = /takeaway|dek|note|\.about\.|description|sentence|scenario|summary/;
// Tooltips (mark), table cells and the pieces messages are assembled from are not sentences.
const FRAGMENT_KEY = /expected|attribute|bad-|error|problem|title|heading|label|legend|short|column|mark|block|cell|row/;
const outsideBrackets = (text: string) => text.replace(/（[^）]*）|\([^)]*\)/g, '');
const ENDS_ZH = /[。！？：][）」”]?$/;
const ENDS_EN = /[.!?:][)”’]?$/;
const placeholderEnd = (text: string) => /\}\s*$/.test(text);
/** A piece a sentence is continued with ("，其中…") is not a sentence of its own. */
const continuation = (zh: string) => /^[，、；,]/.test(zh);
const isProse = (key: string, zh: string) =>
  !continuation(zh) &&
  (PROSE_KEY.test(key) || (/[，；]/.test(outsideBrackets(zh)) && zh.length > 24)) && !FRAGMENT_KEY.test(key.split(': ')[1]) && !placeholderEnd(zh);

const entries = Object.entries(catalogues).flatMap(([name, catalogue]) =>
  Object.keys(catalogue['zh-Hans']).map((key) => ({
    key: `${name}: ${key}`,
    zh: (catalogue['zh-Hans'] as Record<string, string>)[key],
    en: (catalogue.en as Record<string, string>)[key],
  })),
);

describe('message catalogues', () => {
  it('end every Chinese sentence with its closing punctuation', () => {
    const sentences = entries.filter((e) => isProse(e.key, e.zh));
    expect(sentences.length).to.be.greaterThan(20);
    expect(sentences.filter((e) => !ENDS_ZH.test(e.zh.trim())).map((e) => `${e.key}: ${e.zh}`)).to.deep.equal([]);
  });

  it('end every English sentence with its full stop', () => {
    const sentences = entries.filter((e) => isProse(e.key, e.zh) && e.en && !placeholderEnd(e.en));
    expect(sentences.length).to.be.greaterThan(20);
    expect(sentences.filter((e) => !ENDS_EN.test(e.en.trim())).map((e) => `${e.key}: ${e.en}`)).to.deep.equal([]);
  });

  it('leave no Chinese character in an English message but a name in brackets', () => {
    const leftover = entries.filter((e) => /[\u3400-\u9fff]/.test(e.en.replace(/[(（][^)）]*[)）]/g, '')));
    expect(leftover.map((e) => `${e.key}: ${e.en}`)).to.deep.equal([]);
  });
});
