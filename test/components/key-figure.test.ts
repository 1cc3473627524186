import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import { dataset } from '../../src/data/dataset.js';
import { mountIn } from '../helpers/mount.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const findFigure = (literal: string, unit: string) => dataset.figures.find((f) => f.literal === literal && f.unit === unit)!;

describe('<key-figure>', () => {
  it('shows Jiangmen’s 2023 GDP by default, with unit, date and source', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    const text = shadowText(el);
    expect(text).to.contain('4022.5亿元');
    expect(el.shadowRoot!.querySelector('svg text.caption')!.textContent).to.equal('2023年');
    expect(text).to.contain('来源：羊城晚报');
  });

  it('gives a line of context under the title instead of repeating the number', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    const takeaway = el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.not.contain('4022.5');
    expect(takeaway).to.contain('4000亿元台阶');
  });

  it('keeps the qualifier: 300多家 never reads as exactly 300', async () => {
    const firms = findFigure('300', '家');
    expect(firms.qualifier).to.equal('more-than');
    const el = await fixture<KeyFigure>(html`<key-figure figure=${firms.id}></key-figure>`);
    expect(el.shadowRoot!.querySelector('svg text')!.textContent).to.equal('300多家');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg text')!.textContent).to.equal('more than 300');
  });

  it('compares two figures and labels the change as derived', async () => {
    const before = findFigure('519', '家');
    const after = findFigure('705', '家');
    const el = await fixture<KeyFigure>(html`<key-figure figure=${before.id} compare=${after.id}></key-figure>`);
    const bars = el.shadowRoot!.querySelectorAll('rect.bar');
    expect(bars).to.have.length(2);
    const widths = [...bars].map((b) => Number(b.getAttribute('width')));
    expect(widths[0] / widths[1]).to.be.closeTo(519 / 705, 0.01);
    const expectedChange = `${(((705 - 519) / 519) * 100).toFixed(1)}%`;
    const takeaway = el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.contain(`增加${expectedChange}`);
    expect(takeaway).to.contain('推算');
  });

  it('refuses to compare figures of different units, and still shows the first', async () => {
    const gdp = findFigure('4022.5', '亿元');
    const firms = findFigure('300', '家');
    const el = await fixture<KeyFigure>(html`<key-figure figure=${gdp.id} compare=${firms.id}></key-figure>`);
    expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain('单位不同');
    expect(el.shadowRoot!.querySelector('svg text')!.textContent).to.equal('4022.5亿元');
  });

  it('names how to find valid ids when the figure is unknown', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en" figure="no-such-figure"></key-figure>`);
    const message = el.shadowRoot!.querySelector('[part~="message"]')!.textContent!;
    expect(message).to.contain('no-such-figure');
    expect(message).to.contain('gba-widgets/data');
    expect(message).to.contain(dataset.figures[0].id);
  });

  it('draws a developer’s own figure from the data property', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en"></key-figure>`);
    el.data = { value: 12.5, unit: '%', label: { 'zh-Hans': '测试', en: 'Test share' }, date: '2030', qualifier: 'about' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Test share');
    expect(el.shadowRoot!.querySelector('svg text')!.textContent).to.equal('about 12.5%');
  });

  it('reads an editor’s data from a child JSON script, and reports broken JSON inline', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en"
      ><script type="application/json">
        {"value": 7, "unit": "个", "label": {"zh-Hans": "七个", "en": "Seven things"}, "date": "2024"}
      </script></key-figure
    >`);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Seven things');
    const broken = await fixture<KeyFigure>(html`<key-figure lang="en"><script type="application/json">{"value": </script></key-figure>`);
    expect(broken.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain('Could not read the data');
  });

  it('says where broken JSON breaks in its own words, never the engine’s', async () => {
    const broken = await fixture<KeyFigure>(html`<key-figure lang="en"><script type="application/json">{"value":
  7,, "unit": "个"}</script></key-figure>`);
    const text = broken.shadowRoot!.querySelector('[part~="message"]')!.textContent!;
    expect(text).to.match(/not valid JSON at line 2, column \d+/);
    expect(text).to.not.match(/Unexpected|token|SyntaxError|position/i);
    const zh = await fixture<KeyFigure>(html`<key-figure lang="zh-CN"><script type="application/json">{"value": </script></key-figure>`);
    expect(zh.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.match(/不是有效的 JSON/);
  });

  it('steps to its mark from the keyboard and shows the quote in a tooltip inside the shadow root', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    expect(svgEl.getAttribute('tabindex')).to.equal('0');
    svgEl.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]');
    expect(tip!.textContent).to.contain('4022.5');
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
    expect(document.body.querySelector('.tooltip')).to.equal(null);
  });

  it('opens the data table with its button, drawing its rows only then, and keeps them when closed', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const wrap = () => el.shadowRoot!.querySelector('.table-wrap')!;
    expect(wrap().hasAttribute('hidden')).to.equal(true);
    expect(wrap().id).to.equal(button.getAttribute('aria-controls'));
    expect(wrap().querySelectorAll('tr')).to.have.length(0);
    button.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(wrap().hasAttribute('hidden')).to.equal(false);
    expect(wrap().querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(wrap().hasAttribute('hidden')).to.equal(true);
    expect(wrap().querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });
});

describe('<key-figure> with a reader’s own data', () => {
  const mine = { value: 12.5, unit: '%' as const, label: { 'zh-Hans': '研发投入强度', en: 'R&D intensity' }, date: '2030' };
  const source = (el: Element) => el.shadowRoot!.querySelector('[part~="source"]');

  it('a custom datum never shows the bundled source: without a source of its own it has no source line', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    expect(source(el)!.textContent).to.contain('羊城晚报');
    el.data = mine;
    await el.updateComplete;
    expect(source(el)).to.equal(null);
    expect(shadowText(el)).to.not.contain('羊城晚报');
    // Nor the article's context: the dek gives the reader's date.
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.equal('2030年的数据。');
  });

  it('credits a custom datum to the source its data names, as text or per language', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en"></key-figure>`);
    el.data = { ...mine, source: 'Jiangmen Statistics Bureau, 2031' };
    await el.updateComplete;
    expect(source(el)!.textContent).to.equal('Source: Jiangmen Statistics Bureau, 2031');
    el.data = { ...mine, source: { 'zh-Hans': '江门市统计局', en: 'Jiangmen Statistics Bureau' } };
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(source(el)!.textContent).to.equal('来源：江门市统计局');
  });

  it('refuses a source that is not a short text or a label, naming the field', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en"></key-figure>`);
    for (const bad of [42, 'x'.repeat(201), { en: 'only English' }, '  ']) {
      el.data = { ...mine, source: bad } as never;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent, String(bad)).to.contain('data.source');
    }
  });
});

describe('<key-figure> writes numbers as the article does', () => {
  const bigText = (el: Element) => el.shadowRoot!.querySelector('svg text.big')!.textContent;

  it('writes the trillion as 1万亿元, never 10000亿元, in every Chinese script', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure figure="trillion-gdp-threshold"></key-figure>`);
    expect(bigText(el)).to.equal('1万亿元');
    expect(shadowText(el)).to.not.contain('10000亿');
    el.lang = 'zh-HK';
    await el.updateComplete;
    expect(bigText(el)).to.equal('1萬億元');
    el.lang = 'en';
    await el.updateComplete;
    expect(bigText(el)).to.equal('1 trillion yuan');
  });

  it('shows 千亿级 as a class of size, not as an amount', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure figure="shenzhong-cluster-scale"></key-figure>`);
    expect(bigText(el)).to.equal('千亿级');
    el.lang = 'en';
    await el.updateComplete;
    expect(bigText(el)).to.equal('100-billion-yuan class');
  });

  it('phrases the doubling as a target, not as done', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure lang="en" figure="jiangmen-gdp-doubling-target"></key-figure>`);
    expect(shadowText(el)).to.not.contain('doubled');
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.contain('target');
    // No date beside the ×2: "August 2023: ×2" would read as a result.
    expect(el.shadowRoot!.querySelector('svg text.caption')).to.equal(null);
  });

  it('never sets the 2017–2024 span beside Hymson’s “5 years”', async () => {
    for (const figure of ['hymson-jiangmen-growth-years', 'hymson-jiangmen-output-growth']) {
      const el = await fixture<KeyFigure>(html`<key-figure lang="en" figure=${figure}></key-figure>`);
      const shown = `${el.shadowRoot!.querySelector('svg')!.textContent} ${el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent}`;
      expect(shown, figure).to.not.match(/June 2024/);
    }
  });

  it('titles a comparison with both ends of its span', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure figure="jianghai-hightech-firms-2021" compare="jianghai-hightech-firms-2023"></key-figure>`);
    const title = el.shadowRoot!.querySelector('[part~="title"]')!.textContent!;
    expect(title).to.contain('2021年');
    expect(title).to.contain('2023年');
    expect(title.match(/2021/g)).to.have.length(1);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('High-tech enterprises in Jianghai, 2021 to 2023');
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.equal('Up 35.8% from 2021 to 2023 (derived).');
  });
});

describe('<key-figure> on a phone', () => {
  it('keeps a long English number inside a 300 px column, as Chromium sets it in bold', async () => {
    const el = await mountIn<KeyFigure>(300, html`<key-figure lang="en" figure="shenzhen-firms-in-jiangmen"></key-figure>`);
    const box = el.parentElement!;
    const text = el.shadowRoot!.querySelector('svg text.big') as SVGTextElement;
    expect(text.textContent).to.contain('more than 300');
    expect(text.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
  });
});
