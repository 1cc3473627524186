import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';
import { dataset } from '../../src/data/dataset.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const findFigure = (literal: string, unit: string) => dataset.figures.find((f) => f.literal === literal && f.unit === unit)!;

describe('<key-figure>', () => {
  it('shows Jiangmen’s 2023 GDP by default, with unit, date and source', async () => {
    const el = await fixture<KeyFigure>(html`<key-figure></key-figure>`);
    const text = shadowText(el);
    expect(text).to.contain('4022.5亿元');
    expect(text).to.contain('2023年');
    expect(text).to.contain('来源：羊城晚报');
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
    const expectedChange = `+${(((705 - 519) / 519) * 100).toFixed(1)}%`;
    expect(shadowText(el)).to.contain(expectedChange);
    expect(shadowText(el)).to.contain('推算');
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

describe('<key-figure> on a phone', () => {
  it('keeps a long English number inside a 300 px column, as Chromium sets it in bold', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 300px"><key-figure lang="en" figure="shenzhen-firms-in-jiangmen"></key-figure></div>`);
    const el = box.querySelector('key-figure') as KeyFigure;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('svg text.big') as SVGTextElement;
    expect(text.textContent).to.contain('more than 300');
    expect(text.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
  });
});
