// Simplified → Traditional per region, for the build (the character tables) and the tests.
// zh-HK and zh-TW are not one text: each region's own OpenCC character table (cn → hk, cn → tw),
// then a short list of interface words Taiwan writes differently. OpenCC's Taiwan phrase
// table (twp) is not used: it also rewrites domain words (产业集群 → 產業叢集, a computer
// cluster; 项目 → 專案, where the article means investment projects), so only the phrases
// read and approved below are taken from it. Both regions quote with 「」 and 『』.
import * as OpenCC from 'opencc-js/cn2t';

/** Interface words, as Taiwan writes them (OpenCC's twp agrees on each). */
const TAIWAN_WORDS = [
  ['數據', '資料'],
  ['默認', '預設'],
  // OpenCC's tw writes the formal 臺; Taiwan's press, like the place names here (台山), writes 台.
  ['臺', '台'],
];

const QUOTES = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

const replaceAll = (text, pairs) => pairs.reduce((s, [from, to]) => s.replaceAll(from, to), text);

const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Hong Kong Traditional: Hong Kong character forms (説, 啓, 羣), 「」 quotes. */
export const toHongKong = (text) => replaceAll(hk(text), QUOTES);

/** Taiwan Traditional: Taiwan character forms (說, 啟, 群, 裡), Taiwan interface words, 「」 quotes. */
export const toTaiwan = (text) => replaceAll(replaceAll(tw(text), TAIWAN_WORDS), QUOTES);
