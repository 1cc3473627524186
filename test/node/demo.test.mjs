// The `npm start` page's language switch: its own prose follows the widgets into
// Traditional Chinese and English, not only the widgets. Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toHongKong } from '../../scripts/generate/regional-converters.mjs';
import { ORIGIN, settle, suitePage } from './chromium.mjs';

// The build's Hong Kong converter: OpenCC's cn → hk table, with 「」 quotes.
const toHant = toHongKong;

describe('the demo page’s language switch', () => {
  const suite = suitePage({ csp: true }, async (page) => {
    await page.goto(`${ORIGIN}/demo/index.html`);
    await settle(page);
  });

  const prose = () =>
    suite.page.evaluate(() => [...document.querySelectorAll('[data-zh]')].map((n) => ({ zh: n.dataset.zh, en: n.dataset.en, shown: n.textContent })));

  test('繁體中文 turns every paragraph, heading and embed label into Hong Kong Traditional (OpenCC, 「」 quotes)', async () => {
    await suite.page.selectOption('#lang', 'zh-HK');
    await settle(suite.page);
    const nodes = await prose();
    assert.ok(nodes.length > 20, `${nodes.length} texts with data-zh`);
    assert.ok(nodes.some((n) => n.shown.includes('嵌入代碼')), 'the embed labels are converted too');
    assert.deepEqual(nodes.filter((n) => n.shown !== toHant(n.zh)).map((n) => n.zh), []);
    const widgetTitle = await suite.page.evaluate(() => document.querySelector('gdp-path').shadowRoot.querySelector('[part~="title"]').textContent);
    assert.match(widgetTitle, /江門/, 'the widgets follow the page language');
  });

  test('English and 简体中文 show the page’s own texts, with no script error', async () => {
    await suite.page.selectOption('#lang', 'en');
    assert.deepEqual((await prose()).filter((n) => n.shown !== n.en).map((n) => n.zh), []);
    await suite.page.selectOption('#lang', 'zh-CN');
    assert.deepEqual((await prose()).filter((n) => n.shown !== n.zh).map((n) => n.zh), []);
    assert.deepEqual(suite.errors, []);
  });
});
