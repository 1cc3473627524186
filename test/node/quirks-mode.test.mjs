// A CMS page without a doctype renders in quirks mode, where a `<table>` does not inherit
// `color`, `font` or `line-height` from its parent (the old "table inheritance" quirk), and
// line boxes shrink around images and inline SVG. The widgets must look the same there as in a
// standards page: in the dark theme a table that fell back to black text was black on
// near-black. Each of the nine is drawn in both modes, dark, table open, and compared.
// Run after `npm run build` (it loads dist/autoload.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, settle, ORIGIN } from './chromium.mjs';
import { TAGS } from '../../scripts/page-bytes.mjs';

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

const body = `<body style="margin:0;background:#111">${TAGS.map((tag) => `<div style="width:480px"><${tag} theme="dark"></${tag}></div>`).join('')}<script type="module" src="/dist/autoload.js"></script></body>`;
const pages = {
  '/quirks.html': `<html lang="zh-CN"><head><meta charset="utf-8"><title>quirks</title></head>${body}</html>`,
  '/standards.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>standards</title></head>${body}</html>`,
};

/** Per widget, in the page: its height, its figure's colour and font, and the colour, font and line height of its table's cells. */
async function measure(path) {
  const { page, context, errors } = await openPage(browser, { pages });
  try {
    await page.goto(`${ORIGIN}${path}`);
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('figure')), TAGS);
    await settle(page);
    const result = await page.evaluate(async (tags) => {
      const out = { mode: document.compatMode, widgets: {} };
      for (const tag of tags) {
        const el = document.querySelector(tag);
        el.shadowRoot.querySelector('button[part~="toggle"]').click();
        await el.updateComplete;
        const figure = getComputedStyle(el.shadowRoot.querySelector('figure'));
        const cells = [...el.shadowRoot.querySelectorAll('table th, table td')].map((cell) => getComputedStyle(cell));
        out.widgets[tag] = {
          height: el.getBoundingClientRect().height,
          chartHeight: el.shadowRoot.querySelector('svg')?.getBoundingClientRect().height ?? 0,
          figure: { color: figure.color, fontFamily: figure.fontFamily },
          cells: cells.length,
          cellColors: [...new Set(cells.map((c) => c.color))],
          cellFonts: [...new Set(cells.map((c) => c.fontFamily))],
          cellSizes: [...new Set(cells.map((c) => c.fontSize))],
          cellLineHeights: [...new Set(cells.map((c) => c.lineHeight))],
        };
      }
      return out;
    }, TAGS);
    assert.deepEqual(errors, [], `${path}: page errors`);
    return result;
  } finally {
    await context.close();
  }
}

test('in a page without a doctype (quirks mode) every widget draws as in a standards page: tables keep the theme’s colour and font, heights stay', async () => {
  const quirks = await measure('/quirks.html');
  const standards = await measure('/standards.html');
  assert.equal(quirks.mode, 'BackCompat', 'the page without a doctype is in quirks mode');
  assert.equal(standards.mode, 'CSS1Compat');
  for (const tag of TAGS) {
    const q = quirks.widgets[tag];
    const s = standards.widgets[tag];
    assert.ok(q.cells > 0, `<${tag}>: its table has cells`);
    // Inherited as in a standards page: the quirk would give black text and the UA's font here.
    assert.deepEqual(q.cellColors, s.cellColors, `<${tag}>: table text colour in quirks mode`);
    assert.deepEqual(q.cellFonts, s.cellFonts, `<${tag}>: table font in quirks mode`);
    assert.deepEqual(q.cellSizes, s.cellSizes, `<${tag}>: table font size in quirks mode`);
    assert.deepEqual(q.cellLineHeights, s.cellLineHeights, `<${tag}>: table line height in quirks mode`);
    assert.notEqual(q.cellColors[0], 'rgb(0, 0, 0)', `<${tag}>: dark theme's table is not black text`);
    assert.ok(Math.abs(q.chartHeight - s.chartHeight) < 1, `<${tag}>: chart ${q.chartHeight} px in quirks mode, ${s.chartHeight} px in a standards page`);
    assert.ok(Math.abs(q.height - s.height) < 1, `<${tag}>: ${q.height} px tall in quirks mode, ${s.height} px in a standards page`);
  }
});
