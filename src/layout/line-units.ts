import { keptWords } from '../generated/kept-words.js';

// Where a line may break in Chinese. Chinese has no spaces, and a break between any two
// characters cuts words ("先进制 / 造") and names ("银 / 湖湾"). The browser's word segmenter
// (Intl.Segmenter, ICU's dictionary) knows common words but not the article's names: it cuts
// 银湖湾 into 银|湖|湾 and 江门 into 江|门. So the units a line is built from are:
//   1. the dataset's own names (places, organisations, industries: `keptWords`, built from
//      data/ with their Traditional forms), kept whole wherever they occur;
//   2. the segmenter's words elsewhere, where a lone character joins its neighbour (a run of
//      lone characters is almost always a word the dictionary lacks: 海|目|星, 亿|元);
//   3. with 禁则: closing marks stay with what they close, opening marks with what they open,
//      and a number with the unit after it ("4022.5亿元", "2023年").

const CJK = /[\u2e80-\u2fff\u3040-\u9fff\uf900-\ufaff]/;
const LETTER = /^[\u3400-\u9fff\uf900-\ufaff]$/;
const CLOSING = /^[\s）》”’」』】〕)，。、：；！？,.:;!?%…·]+$/;
const OPENING = /^[（《“‘「『【〔(]+$/;
const HEDGE = /^[约約超近逾]$/;
const ENDS_IN_NUMBER = /\d[\d.,]*$/;

// The names by their first character, longest first, so 深江经济合作区 wins over 深江: a text
// is only tried against the few names that can start where it is (every line of every
// widget goes through here, and trying all the names at each character cost a first render ~15 ms).
const namesByFirst = new Map<string, string[]>();
for (const name of [...keptWords].sort((a, b) => b.length - a.length)) {
  const list = namesByFirst.get(name[0]);
  if (list) list.push(name);
  else namesByFirst.set(name[0], [name]);
}

// Text of these characters alone (Latin, its punctuation, spaces: no CJK, no combining or
// format mark) breaks only after a space, and not before a closing mark: the same units the
// segmenter's words give (it makes each such mark a word of its own), without it. A page in
// English never builds one: ICU's dictionary costs a renderer ~35 ms the first time.
const PLAIN = /^[\t-\r -~\xa0-\xac\xae-\xff\u2010-\u2027]*$/;

let segmenter: Intl.Segmenter | undefined | null;
function words(text: string): string[] {
  // One character a piece (spaces a run): lineUnits joins them into the segmenter's units.
  if (PLAIN.test(text)) return text.match(/\s+|\S/g) ?? [];
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  // Without a segmenter (older engines): characters, which rules 1–3 still join into names and numbers.
  if (!segmenter) return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The spans of `text` covered by a kept name, as [start, end) pairs, left to right. */
function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!CJK.test(text)) return spans;
  for (let i = 0; i < text.length; ) {
    const name = namesByFirst.get(text[i])?.find((n) => text.startsWith(n, i));
    if (name) {
      spans.push([i, i + name.length]);
      i += name.length;
    } else i++;
  }
  return spans;
}

/** Segments, with any that start inside a name joined to it. */
function segments(text: string): { text: string; name: boolean }[] {
  const spans = nameSpans(text);
  const out: { text: string; name: boolean }[] = [];
  let at = 0;
  for (const word of words(text)) {
    const span = spans.find(([start, end]) => at >= start && at < end);
    const last = out.at(-1);
    if (span && last && at > span[0] && last.name) last.text += word;
    else out.push({ text: word, name: span !== undefined && at === span[0] });
    at += word.length;
  }
  return out;
}

/**
 * `text` cut into the pieces a line may break between: joined again they give `text`
 * exactly. Latin words keep their trailing space; CJK breaks only between words.
 */
export function lineUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const { text: piece, name } of segments(text)) {
    const last = units.length ? units[units.length - 1] : undefined;
    const lone = !name && piece.length === 1 && LETTER.test(piece);
    // A hedge holds on to the number it qualifies: "约 | 7.2%" would part them.
    const hedge = lone && HEDGE.test(piece);
    const joinsLast: boolean =
      last !== undefined &&
      (glueNext ||
        CLOSING.test(piece) ||
        (lone && !hedge && LETTER.test(last.slice(-1))) ||
        (ENDS_IN_NUMBER.test(last) && CJK.test(piece[0]) && !name) ||
        (/^\s+$/.test(piece) && !/\s$/.test(last)) ||
        // Latin breaks only at spaces: "one-hour" and "402.25" are one unit each.
        (!CJK.test(piece) && !/^\s/.test(piece) && !/\s$/.test(last) && !CJK.test(last.slice(-1))));
    if (joinsLast) units[units.length - 1] = last + piece;
    else units.push(piece);
    // An opening mark, and a lone character with nothing before it, hold on to what follows.
    glueNext = OPENING.test(piece) || hedge || (lone && !joinsLast);
  }
  return units;
}
