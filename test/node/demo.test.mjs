// The `npm start` page's language switch: its own prose follows the widgets into
// Traditional Chinese and English, not only the widgets. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { launch, openPage, ORIGIN, settle } from './chromium.mjs';

const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });

describe('the demo page’s language switch', () => {
  let browser;
  let page;
  let context;
  let errors;
  before(async () => {
    browser = await launch();
    ({ page, context, errors } = await openPage(browser, { csp: true }));
    await page.goto(`${ORIGIN}/demo/index.html`);
    await settle(page);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  const prose = () =>
    page.evaluate(() => [...document.querySelectorAll('[data-zh]')].map((n) => ({ zh: n.dataset.zh, en: n.dataset.en, shown: n.textContent })));

  test('繁體中文 turns every paragraph, heading and embed label into OpenCC’s Traditional text', async () => {
    await page.selectOption('#lang', 'zh-HK');
    await settle(page);
    const nodes = await prose();
    assert.ok(nodes.length > 20, `${nodes.length} texts with data-zh`);
    assert.ok(nodes.some((n) => n.shown.includes('嵌入代碼')), 'the embed labels are converted too');
    assert.deepEqual(nodes.filter((n) => n.shown !== toHant(n.zh)).map((n) => n.zh), []);
    const widgetTitle = await page.evaluate(() => document.querySelector('gdp-path').shadowRoot.querySelector('[part~="title"]').textContent);
    assert.match(widgetTitle, /江門/, 'the widgets follow the page language');
  });

  test('English and 简体中文 show the page’s own texts, with no script error', async () => {
    await page.selectOption('#lang', 'en');
    assert.deepEqual((await prose()).filter((n) => n.shown !== n.en).map((n) => n.zh), []);
    await page.selectOption('#lang', 'zh-CN');
    assert.deepEqual((await prose()).filter((n) => n.shown !== n.zh).map((n) => n.zh), []);
    assert.deepEqual(errors, []);
  });
});
