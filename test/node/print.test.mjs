// Print: the `npm start` page (demo/index.html with the built bundle) printed on A4 —
// every widget inside the printable width, black on white in any theme, no controls, no
// clipped labels, the data table only when asked — and a real PDF of it. Run after
// `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ORIGIN, settle, suitePage } from './chromium.mjs';

// A4 is 210 mm wide; demo.css prints with 15 mm margins: 180 mm = 680 CSS px.
const PRINTABLE = Math.floor((180 / 25.4) * 96);

describe('the demo page in print', () => {
  const suite = suitePage({ viewport: { width: PRINTABLE, height: 1000 }, csp: true }, async (page) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${ORIGIN}/demo/index.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('.widget > :first-child')].every((w) => customElements.get(w.localName)));
    await settle(page);
  });

  const widgets = () =>
    suite.page.evaluate(() =>
      [...document.querySelectorAll('.widget > :first-child')].map((host) => {
        const box = host.getBoundingClientRect();
        const root = host.shadowRoot;
        const shown = (selector) => [...root.querySelectorAll(selector)].filter((n) => getComputedStyle(n).display !== 'none' && n.getClientRects().length > 0).length;
        const texts = [...root.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
        const title = root.querySelector('[part~="title"]');
        const figure = root.querySelector('[part~="figure"]');
        return {
          tag: host.localName,
          left: box.left,
          right: box.right,
          height: box.height,
          textLeft: Math.min(box.left, ...texts.map((r) => r.left)),
          textRight: Math.max(box.left, ...texts.map((r) => r.right)),
          overflowing: [...root.querySelectorAll('*')].filter((n) => n.scrollWidth > n.clientWidth + 1 && /hidden|auto|scroll|clip/.test(getComputedStyle(n).overflowX)).map((n) => n.className || n.localName),
          controls: shown('button, input, select, [part~="toggle"], [part~="tooltip"]'),
          tables: shown('table'),
          titleColour: title && getComputedStyle(title).color,
          textColour: figure && getComputedStyle(figure).color,
          background: figure && getComputedStyle(figure).backgroundColor,
          paint: [...root.querySelectorAll('svg *')].map((n) => `${getComputedStyle(n).fill} ${getComputedStyle(n).stroke}`).join(),
        };
      }),
    );

  test(`every widget fits the A4 printable width (${PRINTABLE}px) with no label clipped`, async () => {
    const all = await widgets();
    assert.ok(all.length > 0, 'the demo page shows no widget');
    for (const w of all) {
      assert.ok(w.height > 50, `<${w.tag}> is ${w.height}px tall in print`);
      assert.ok(w.left >= 0 && w.right <= PRINTABLE + 0.5, `<${w.tag}> spans ${w.left}–${w.right}px, wider than ${PRINTABLE}px`);
      assert.ok(w.textLeft >= -0.5 && w.textRight <= PRINTABLE + 0.5, `<${w.tag}> has a label at ${w.textLeft}–${w.textRight}px, off the suite.page`);
      assert.deepEqual(w.overflowing, [], `<${w.tag}> clips content`);
    }
  });

  test('no interactive controls and no data table unless asked', async () => {
    for (const w of await widgets()) {
      assert.equal(w.controls, 0, `<${w.tag}> prints ${w.controls} controls`);
      assert.equal(w.tables, 0, `<${w.tag}> prints its data table unasked`);
    }
    await suite.page.evaluate(() => document.querySelector('.widget > :first-child').style.setProperty('--gba-print-table', 'block'));
    const [first] = await widgets();
    assert.equal(first.tables, 1, '--gba-print-table: block does not print the table');
    await suite.page.evaluate(() => document.querySelector('.widget > :first-child').style.removeProperty('--gba-print-table'));
  });

  // The demo's theme switch (hidden in print, so set as its script would be told).
  const chooseTheme = (theme) =>
    suite.page.evaluate((value) => {
      const select = document.getElementById('theme');
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }, theme);

  test('black on white, in the dark theme too: the same ink as the light theme', async () => {
    const printed = {};
    for (const theme of ['light', 'dark']) {
      await chooseTheme(theme);
      await settle(suite.page);
      printed[theme] = await widgets();
      for (const w of printed[theme]) {
        assert.equal(w.titleColour, 'rgb(0, 0, 0)', `<${w.tag} theme=${theme}> title is ${w.titleColour}`);
        assert.equal(w.textColour, 'rgb(0, 0, 0)', `<${w.tag} theme=${theme}> text is ${w.textColour}`);
        assert.equal(w.background, 'rgb(255, 255, 255)', `<${w.tag} theme=${theme}> background is ${w.background}`);
      }
    }
    printed.dark.forEach((w, i) => assert.equal(w.paint, printed.light[i].paint, `<${w.tag}> prints other colours in the dark theme`));
    await chooseTheme('auto');
  });

  test('prints to an A4 PDF', async () => {
    const pdf = await suite.page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    assert.ok(pages > 0, 'the PDF has no page');
    const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1')) ?? [];
    assert.ok(Math.abs(Number(w) - 595.3) < 1 && Math.abs(Number(h) - 841.9) < 1, `pages are ${w}×${h} pt, not A4`);
    assert.deepEqual(suite.errors, []);
  });
});

// On screen a widget draws its table's rows only when the reader opens it; a page printed
// later still has them to print when the editor asks for the table.
describe('printing a page first drawn on screen', () => {
  const suite = suitePage({ viewport: { width: PRINTABLE, height: 1000 }, csp: true }, async (page) => {
    await page.goto(`${ORIGIN}/demo/index.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('.widget > :first-child')].every((w) => customElements.get(w.localName)));
    await settle(page);
  });

  const rowsPerWidget = () =>
    suite.page.evaluate(() => [...document.querySelectorAll('.widget > :first-child')].map((host) => host.shadowRoot.querySelectorAll('table tbody tr').length));

  test('the table rows are drawn when printing starts, and print with --gba-print-table: block', async () => {
    const onScreen = await rowsPerWidget();
    assert.ok(onScreen.length > 0, 'the demo page shows no widget');
    assert.deepEqual(onScreen, onScreen.map(() => 0), 'a widget drew its table before the reader asked for it');
    await suite.page.emulateMedia({ media: 'print' });
    await settle(suite.page);
    const printing = await rowsPerWidget();
    printing.forEach((rows, i) => assert.ok(rows > 0, `widget ${i} has no table rows when printing`));
    const shown = await suite.page.evaluate(() => {
      const host = document.querySelector('.widget > :first-child');
      host.style.setProperty('--gba-print-table', 'block');
      return host.shadowRoot.querySelector('table').getClientRects().length > 0;
    });
    assert.equal(shown, true, '--gba-print-table: block does not print the table');
    await suite.page.emulateMedia({ media: 'screen' });
    assert.deepEqual(suite.errors, []);
  });
});
