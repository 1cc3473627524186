// The start page's embed builder (demo/builder.js), driven end to end in Chromium as an editor
// would: pick a widget, change a select and a number field, see the preview take the attribute
// and redraw, switch the preview's width, read the snippet out of its field. The page is served
// as `npm start` serves it (its strict CSP, the favicon), and its console stays clean.
// The controls themselves are generated from custom-elements.json (demo/attribute-controls.js):
// the last tests hold that mapping to the manifest. Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { DRAWING_SOURCE, ORIGIN, settle, suitePage } from './chromium.mjs';
import { launchChromium } from '../../scripts/browser-check.mjs';
import { attributeControl, describedNumberDefault, widgetControls } from '../../demo/attribute-controls.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const declaration = (tag) => declarations.find((d) => d.tagName === tag);

describe('the embed builder on the start page', () => {
  const requests = [];
  const suite = suitePage({ csp: true, viewport: { width: 1280, height: 1000 } }, async (page) => {
    page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
    await page.goto(`${ORIGIN}/demo/index.html`);
    await page.waitForSelector('#builder[data-ready]');
    await settle(page);
  });

  const preview = () => suite.page.$('#builder-frame > *');
  const drawing = async () => (await preview()).evaluate(new Function(`return ${DRAWING_SOURCE}`)());
  const snippet = () => suite.page.inputValue('#builder-snippet');

  test('lists every widget of the manifest, and the gallery below still shows each on the article’s data', async () => {
    const listed = await suite.page.$$eval('#builder-widget option', (options) => options.map((o) => o.value));
    assert.deepEqual([...listed].sort(), declarations.map((d) => d.tagName).sort());
    const gallery = await suite.page.$$eval('.widget > :first-child', (hosts) => hosts.map((h) => h.localName));
    for (const { tagName } of declarations) assert.ok(gallery.includes(tagName), `<${tagName}> is not in the gallery`);
    // Each gallery widget's snippet loads the autoloader, like the builder's first choice.
    const snippets = await suite.page.$$eval('pre.embed', (pres) => pres.map((p) => p.textContent));
    assert.equal(snippets.length, gallery.length);
    for (const text of snippets) assert.ok(text.startsWith(`<script type="module" src="https://cdn.jsdelivr.net/npm/gba-widgets@${pkg.version}/dist/autoload.js"></script>\n<`), text);
    assert.ok(snippets.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/gba-widgets@${pkg.version}/dist/autoload.js"></script>\n<gdp-path interactive></gdp-path>`));
  });

  test('picking gdp-path gives a number field per number attribute and a checkbox for interactive', async () => {
    await suite.page.selectOption('#builder-widget', 'gdp-path');
    await settle(suite.page);
    for (const attribute of declaration('gdp-path').attributes) {
      const kind = await suite.page.$eval(`#attr-${attribute.name}`, (input) => (input.localName === 'select' ? 'select' : input.type));
      const type = attribute.type.text.replace(/\s*\|\s*undefined/, '');
      const expected = type === 'number' ? 'number' : type === 'boolean' ? 'checkbox' : 'select';
      assert.equal(kind, expected, `${attribute.name} (${attribute.type.text}) got a ${kind} control`);
    }
    assert.equal(await suite.page.inputValue('#attr-base-year'), '2023', 'the field shows the year the widget draws from');
    assert.equal(await (await preview()).evaluate((el) => el.localName), 'gdp-path');
  });

  test('a number field and a select change the preview’s attributes, and it redraws', async () => {
    const before = await drawing();
    await suite.page.fill('#attr-growth', '9');
    await settle(suite.page);
    assert.equal(await (await preview()).getAttribute('growth'), '9');
    // Submitting the form (Enter in a widget's only text field would) keeps the page: no reload.
    await suite.page.evaluate(() => {
      window.__sameDocument = true;
      document.querySelector('.builder-form').requestSubmit();
    });
    await settle(suite.page);
    assert.equal(await suite.page.evaluate(() => window.__sameDocument), true, 'Enter reloaded the page');
    const atNine = await drawing();
    assert.notDeepEqual(atNine.elements, before.elements, 'the path did not redraw at 9 %');

    await suite.page.selectOption('#attr-lang', 'en');
    await suite.page.selectOption('#attr-theme', 'dark');
    await settle(suite.page);
    assert.equal(await (await preview()).getAttribute('lang'), 'en');
    assert.equal(await (await preview()).getAttribute('theme'), 'dark');
    const english = await drawing();
    assert.match(english.source.join(' '), /Source/, 'the preview is not in English');
    assert.notDeepEqual(english.title, atNine.title);
  });

  test('the width buttons set the preview to 320, 640 and 1280 px, and the widget re-lays out', async () => {
    const widths = {};
    for (const width of ['320', '1280', '640']) {
      await suite.page.check(`input[name="builder-width"][value="${width}"]`);
      await settle(suite.page);
      widths[width] = await (await preview()).evaluate((el) => ({ box: el.getBoundingClientRect().width, svg: el.shadowRoot.querySelector('[part~="chart"] svg').getAttribute('viewBox') }));
      assert.equal(Math.round(widths[width].box), Number(width), `the preview is ${widths[width].box}px wide at ${width}`);
    }
    assert.notEqual(widths['320'].svg, widths['1280'].svg, 'the drawing did not re-lay out for 320 px');
  });

  test('the snippet loads autoload.js first, the one file on request, and holds the chosen attributes only', async () => {
    const expectedBase = `https://cdn.jsdelivr.net/npm/gba-widgets@${pkg.version}/dist/`;
    const auto = await snippet();
    assert.equal(auto, `<script type="module" src="${expectedBase}autoload.js"></script>\n<gdp-path growth="9" lang="en" theme="dark"></gdp-path>`);
    await suite.page.check('#attr-interactive');
    await suite.page.check('input[name="builder-loader"][value="bundle"]');
    const one = await snippet();
    assert.equal(one, `<script type="module" src="${expectedBase}gba-widgets.min.js"></script>\n<gdp-path growth="9" interactive lang="en" theme="dark"></gdp-path>`);
    // Back to the default: the attribute leaves the snippet (the widget's own default applies).
    await suite.page.fill('#attr-growth', '');
    assert.doesNotMatch(await snippet(), /growth=/);
  });

  test('where the page may not write the clipboard (not a secure origin), copy selects the whole snippet', async () => {
    await suite.page.click('#builder-copy');
    await suite.page.waitForFunction(() => document.getElementById('builder-copied').textContent !== '');
    const [status, selected] = await suite.page.evaluate(() => {
      const field = document.getElementById('builder-snippet');
      return [document.getElementById('builder-copied').textContent, field.value.slice(field.selectionStart, field.selectionEnd)];
    });
    assert.match(status, /Selected/);
    assert.equal(selected, await snippet(), 'the whole snippet is selected');
  });

  test('a select attribute of another widget (zone-card zone) reaches its preview', async () => {
    await suite.page.selectOption('#builder-widget', 'zone-card');
    await settle(suite.page);
    const both = await drawing();
    await suite.page.selectOption('#attr-zone', 'shenzhong');
    await settle(suite.page);
    assert.equal(await (await preview()).getAttribute('zone'), 'shenzhong');
    assert.notDeepEqual((await drawing()).elements, both.elements);
    assert.match(await snippet(), /<zone-card zone="shenzhong"><\/zone-card>$/);
  });

  test('no console error, no page error and no failed request (favicon included)', async () => {
    assert.deepEqual(requests.filter((r) => r.status >= 400), []);
    assert.deepEqual(suite.errors, []);
  });
});

describe('npm start’s server', () => {
  test('honours PORT, serves the start page, the plain-HTML example and answers the favicon without a 404', async () => {
    const port = 18000 + Math.floor(Math.random() * 2000);
    const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) } });
    try {
      const [line] = await once(server.stdout, 'data');
      assert.match(String(line), new RegExp(`127\\.0\\.0\\.1:${port}/`));
      const status = async (path) => (await fetch(`http://127.0.0.1:${port}${path}`)).status;
      assert.equal(await status('/'), 200);
      assert.equal(await status('/examples/plain-html/'), 200);
      assert.equal(await status('/favicon.ico'), 204);
      assert.equal(await status('/package.json'), 404, 'only the page, the build, the data and the example are served');
      assert.equal(await status('/src/all.ts'), 404);
      const browser = await launchChromium();
      try {
        const context = await browser.newContext();
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
        await page.goto(`http://127.0.0.1:${port}/examples/plain-html/`);
        await page.waitForFunction(() => customElements.get('key-figure') && document.querySelector('key-figure').shadowRoot?.querySelector('[part~="figure"]'));
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForSelector('#builder[data-ready]');
        // On loopback (a secure origin) the copy button writes the snippet to the clipboard.
        await page.selectOption('#builder-widget', 'land-ledger');
        await page.check('#attr-shares');
        await page.click('#builder-copy');
        await page.waitForFunction(() => document.getElementById('builder-copied').textContent !== '');
        assert.match(await page.textContent('#builder-copied'), /Copied/);
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(clipboard, await page.inputValue('#builder-snippet'));
        assert.match(clipboard, /<land-ledger shares><\/land-ledger>$/);
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    } finally {
      server.kill();
    }
  });
});

describe('controls generated from custom-elements.json', () => {
  test('a number attribute, optional or not, gets a number control; a boolean a checkbox', () => {
    for (const d of declarations) {
      for (const attribute of d.attributes ?? []) {
        const text = attribute.type?.text ?? '';
        const { kind } = attributeControl(d, attribute);
        if (/^number( \| undefined)?$/.test(text)) assert.equal(kind, 'number', `${d.tagName} ${attribute.name}`);
        if (text === 'boolean') assert.equal(kind, 'checkbox', `${d.tagName} ${attribute.name}`);
      }
    }
  });

  test('a union of string literals becomes a select of exactly its members, the default first-chosen', () => {
    let seen = 0;
    for (const d of declarations) {
      for (const attribute of d.attributes ?? []) {
        const members = attribute.type?.text?.match(/^'[^']*'(\s*\|\s*'[^']*')+$/) ? [...attribute.type.text.matchAll(/'([^']*)'/g)].map((m) => m[1]) : null;
        if (!members) continue;
        seen++;
        const control = attributeControl(d, attribute);
        assert.equal(control.kind, 'select');
        assert.deepEqual(control.options, members, `${d.tagName} ${attribute.name}`);
        assert.ok(members.includes(control.value));
      }
    }
    assert.ok(seen >= 3, `${seen} literal unions in the manifest`);
  });

  test('choices a description lists become a select; examples ("e.g.") stay free text; lang offers every language', () => {
    const byName = Object.fromEntries(widgetControls(manifest).map((w) => [w.tag, Object.fromEntries(w.controls.map((c) => [c.name, c]))]));
    assert.deepEqual(byName['zone-card'].zone.options, ['', 'shenjiang', 'shenzhong']);
    assert.equal(byName['key-figure'].figure.kind, 'text');
    assert.equal(byName['key-figure'].figure.value, 'jiangmen-gdp-2023', 'the field shows the figure the widget draws');
    assert.equal(byName['plan-timeline'].from.kind, 'text');
    assert.deepEqual(byName['gdp-path'].lang.options, ['', 'zh-CN', 'zh-HK', 'zh-TW', 'zh-Hant', 'en']);
  });

  test('a number default the description states is read from it', () => {
    assert.equal(describedNumberDefault("GDP to reach, in 亿元 (100 million yuan). Default: the data's, 10000 (1万亿元)."), 10000);
    assert.equal(describedNumberDefault("Default: the plan's, the rate that doubles GDP in `years` (derived, ≈7.18)."), 7.18);
    assert.equal(describedNumberDefault('Year of the actual figure.'), undefined);
  });
});
