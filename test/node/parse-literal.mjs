/**
 * Read a number as the article prints it, and the hedge words around it.
 *
 *   parseLiteral('4022.5') → 4022.5     parseLiteral('1/6') → 0.1666…
 *   parseLiteral('三十')   → 30         parseLiteral('十多') → 10 (多/余 only hedge)
 *   parseLiteral('两')     → 2          parseLiteral('首')   → 1 (首届, 首站, 首批, 首次)
 *   parseLiteral('万')     → 10000      parseLiteral('1万')  → 10000
 *
 * Returns NaN for anything it cannot read.
 */

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 首: 1 };
const SMALL = { 十: 10, 百: 100, 千: 1000 };
const BIG = { 万: 1e4, 亿: 1e8 };
const NUMERAL = /[0-9.\/零〇一二三四五六七八九两十百千万亿]/;

export function parseLiteral(literal) {
  const s = String(literal).trim().replace(/[多余]$/, '');
  const fraction = s.match(/^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  const arabic = s.match(/^(\d+(?:\.\d+)?)([万亿]*)$/);
  if (arabic) return [...arabic[2]].reduce((n, ch) => n * BIG[ch], Number(arabic[1]));
  return parseChinese(s);
}

function parseChinese(s) {
  if (!s || ![...s].every((ch) => ch in DIGITS || ch in SMALL || ch in BIG)) return NaN;
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL) {
      section += (digit ?? 1) * SMALL[ch]; // 十 alone is 10
      digit = null;
    } else {
      const n = section + (digit ?? 0);
      section = 0;
      digit = null;
      if (BIG[ch] === 1e4 && total >= 1e8 && n > 0) total += n * 1e4; // 一亿五千万
      else total = (total + (n || (total ? 0 : 1))) * BIG[ch]; // 万 alone is 1万; 万亿
    }
  }
  return total + section + (digit ?? 0);
}

/** Where `literal` stands in `quote` as a whole number (not inside a longer one); all places if none. */
export function literalPositions(quote, literal) {
  const all = [];
  for (let i = quote.indexOf(literal); i !== -1; i = quote.indexOf(literal, i + 1)) all.push(i);
  const whole = all.filter(
    (i) => !NUMERAL.test(quote[i - 1] ?? '') && !NUMERAL.test(quote[i + literal.length] ?? ''),
  );
  return whole.length ? whole : all;
}

/**
 * The qualifier the words around `literal` imply: 多/余 after → more-than; 超过/超 before → over;
 * 约 before or 左右 after the unit → about; 近 before → nearly; 不足 before → under; else null.
 * One entry per place the literal stands in the quote.
 */
export function impliedQualifiers(quote, literal) {
  return literalPositions(quote, literal).map((i) => {
    const before = quote.slice(0, i);
    const after = quote.slice(i + literal.length);
    if (/[多余]$/.test(literal) || /^[多余]/.test(after)) return 'more-than';
    if (/(超过|超)$/.test(before)) return 'over';
    if (/约$/.test(before) || /^[^，。；、]{0,3}左右/.test(after)) return 'about';
    if (/近$/.test(before)) return 'nearly';
    if (/不足$/.test(before)) return 'under';
    return null;
  });
}
