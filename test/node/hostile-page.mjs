// In-page helpers of hostile-sizes.test.mjs, evaluated in the page (a CSP page runs no
// inline script; DevTools evaluation is not a page script). `window.__sizes`:
//   cases(tag, attributes) → the size cases of a widget, from its own bundled data's shape;
//   render(tag, case, lang) → { ms, message, drawn }: the best of three renders of the case.

/** What an engine says and a reader must never see. */
export const ENGINE_WORDS =
  /Maximum call stack|Invalid array length|Invalid string length|out of memory|is not a function|Cannot read properties|is not iterable|undefined is not|RangeError|TypeError/i;

export const IN_PAGE = `(() => {
  // 10⁷ characters, flat as data from JSON or the DOM arrives (a rope from repeat() would be
  // flattened inside the first render that reads it, timing the test's string, not the widget).
  const BIG = JSON.parse(JSON.stringify('漢x'.repeat(5e6)));
  const ITEMS = 1e5;
  const DEPTH = 1e6;
  const deep = () => { let v = []; for (let i = 0; i < DEPTH; i++) v = [v]; return v; };
  const base = (el) => structuredClone(el.constructor.spec.bundled());
  const get = (value, path) => path.reduce((v, k) => v[k], value);
  function put(value, path, leaf) {
    if (path.length === 0) return leaf;
    get(value, path.slice(0, -1))[path[path.length - 1]] = leaf;
    return value;
  }
  /** Paths of every list and every text of \`value\`. */
  function walk(value, path = [], out = { lists: [], texts: [], objects: [] }) {
    if (typeof value === 'string') out.texts.push(path);
    else if (Array.isArray(value)) { out.lists.push(path); value.forEach((v, i) => walk(v, [...path, i], out)); }
    else if (value && typeof value === 'object') { out.objects.push(path); for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out); }
    return out;
  }
  /** At most \`n\` items of \`list\`, spread evenly. */
  const spread = (list, n) => list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);

  function data(el, kase) {
    const value = base(el);
    if (kase.list) return put(value, kase.list, new Array(ITEMS).fill(get(value, kase.list)[0] ?? 'x'));
    if (kase.text) return put(value, kase.text, BIG);
    if (kase.nest) return put(value, kase.nest, deep());
    return undefined;
  }
  const text = (el) => [...el.shadowRoot.querySelectorAll('[part~="message"]')].map((m) => m.textContent).join(' ').replace(/\\s+/g, ' ').trim();

  window.__sizes = {
    cases(tag, attributes = []) {
      const { lists, texts, objects } = walk(base(document.querySelector(tag)));
      return [
        ...lists.filter((p) => p.length < 4).map((list) => ({ list })),
        ...spread(texts, 24).map((text) => ({ text })),
        ...[[], ...spread(objects.slice(1), 4)].map((nest) => ({ nest })),
        ...attributes.filter((a) => a !== 'lang').map((attr) => ({ attr })),
      ];
    },
    async render(tag, kase, lang) {
      const el = document.querySelector(tag);
      el.setAttribute('lang', lang);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        el.data = undefined;
        if (kase.attr) el.removeAttribute(kase.attr);
        await el.updateComplete;
        const value = data(el, kase);
        // An attribute's data arrives when setAttribute returns: storing 10 MB is the DOM's work.
        if (kase.attr) el.setAttribute(kase.attr, BIG);
        const t0 = performance.now();
        if (!kase.attr) el.data = value;
        await el.updateComplete;
        best = Math.min(best, performance.now() - t0);
      }
      const result = { ms: best, message: text(el), drawn: !!el.shadowRoot.querySelector('svg[role="img"]') };
      el.data = undefined;
      if (kase.attr) el.removeAttribute(kase.attr);
      await el.updateComplete;
      return result;
    },
  };
})()`;
