// The demo page's own prose in Traditional Chinese. demo/index.html is written in
// Simplified and English (`data-zh`, `data-en`); its language switch offers 繁體中文 too,
// so the build converts every `data-zh` text with the same OpenCC (cn → hk) the widgets'
// words go through, and demo/demo.js looks the page's text up in the result.

const ENTITIES = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
const unescape = (text) => text.replace(/&(quot|amp|lt|gt|#39);/g, (entity) => ENTITIES[entity]);

/** Every `data-zh` text of an HTML page, mapped to its Traditional form. */
export function demoTraditional(html, toHant) {
  const texts = [...html.matchAll(/\sdata-zh="([^"]*)"/g)].map(([, text]) => unescape(text));
  return Object.fromEntries([...new Set(texts)].map((text) => [text, toHant(text)]));
}
