import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/bridge-models/bridge-models.js';
import type { BridgeModels } from '../../src/components/bridge-models/bridge-models.component.js';
import { dataset } from '../../src/data/dataset.js';
import { mountIn } from '../helpers/mount.js';
import { openTable } from './open-table.js';

const pairs = (el: Element) => el.shadowRoot!.querySelectorAll('svg .pair[data-mark]');
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
const message = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '';
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

const mountAt = (width: number, template: ReturnType<typeof html>) => mountIn<BridgeModels>(width, template, { drawn: true });

describe('<bridge-models>', () => {
  it('draws the article’s seven “深圳X+城市Y” pairings, 研发 with three different partner roles', async () => {
    const el = await fixture<BridgeModels>(html`<bridge-models></bridge-models>`);
    await openTable(el);
    expect(pairs(el)).to.have.length(7);
    // 深圳研发+江门生产 (lead), +中山制造 and +中山转化 (Zhongshan piece).
    const rd = rows(el).filter((r) => r[1] === '研发').map((r) => r[2]);
    expect(rd).to.have.members(['江门生产', '中山制造', '中山转化']);
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.contain('江门生产、中山制造和中山转化');
    expect(el.shadowRoot!.querySelectorAll('svg rect.chip.hub')).to.have.length(4);
  });

  it('states the Shenzhen–Jiangmen “1小时生活圈” in the drawing and the table, with its value', async () => {
    const el = await fixture<BridgeModels>(html`<bridge-models></bridge-models>`);
    await openTable(el);
    const id = 'shenzhen-jiangmen-one-hour-circle';
    const drawn = el.shadowRoot!.querySelector(`svg [data-figure="${id}"]`)!;
    expect(drawn.textContent).to.contain('1小时生活圈');
    expect(drawn.getAttribute('data-value')).to.equal('1');
    const cell = el.shadowRoot!.querySelector(`table td[data-figure="${id}"]`)!;
    expect(cell.getAttribute('data-value')).to.equal('1');
    expect(cell.textContent).to.equal('1小时');
  });

  it('says it is a schematic, not a map, in every language', async () => {
    const el = await mountAt(800, html`<bridge-models></bridge-models>`);
    expect(el.shadowRoot!.querySelector('svg')!.textContent).to.contain('示意图');
    // No outline of land: the only lines are the arrows, the Link's two rules and the measuring line.
    const shapes = new Set([...el.shadowRoot!.querySelectorAll('svg path')].map((p) => p.getAttribute('class')));
    expect([...shapes].sort()).to.deep.equal(['connector', 'link-rule', 'measure']);
    expect(el.shadowRoot!.querySelectorAll('svg rect:not(.chip)')).to.have.length(0);
    el.lang = 'zh-HK';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')!.textContent).to.contain('示意圖');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')!.textContent).to.contain('Schematic');
  });

  it('shows one partner city with city="zhongshan" or "jiangmen"', async () => {
    const zhongshan = dataset.models.filter((m) => m.city === 'zhongshan').length;
    const el = await fixture<BridgeModels>(html`<bridge-models city="zhongshan"></bridge-models>`);
    expect(pairs(el)).to.have.length(zhongshan);
    expect(rows(el).every((r) => r[2].startsWith('中山'))).to.equal(true);
    // The 1小时生活圈 is Shenzhen–Jiangmen: it goes with Jiangmen.
    expect(el.shadowRoot!.querySelector('[data-figure]')).to.equal(null);
    el.city = 'jiangmen';
    await el.updateComplete;
    expect(pairs(el)).to.have.length(dataset.models.length - zhongshan);
    expect(el.shadowRoot!.querySelector('svg [data-figure="shenzhen-jiangmen-one-hour-circle"]')).to.not.equal(null);
  });

  it('reports a nonsense city inline and shows both partners', async () => {
    const el = await fixture<BridgeModels>(html`<bridge-models lang="en" city="dongguan"></bridge-models>`);
    expect(message(el)).to.contain('dongguan');
    expect(message(el)).to.contain('zhongshan');
    expect(pairs(el)).to.have.length(dataset.models.length);
  });

  it('steps through each pairing from the keyboard; the tooltip quotes the article', async () => {
    const el = await fixture<BridgeModels>(html`<bridge-models></bridge-models>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    await el.updateComplete;
    const tip = () => el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!;
    expect(tip()).to.contain('深圳总部+江门基地');
    expect(tip()).to.contain(dataset.models[0].quote);
    const seen = new Set([tip()]);
    for (let i = 1; i < dataset.models.length + 1; i++) {
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await el.updateComplete;
      seen.add(tip());
    }
    // Seven pairings and the travel time, each with its own words.
    expect(seen.size).to.equal(dataset.models.length + 1);
    expect(tip()).to.contain('深江“1小时生活圈”成形');
  });

  it('stacks at 320 px: a Shenzhen role on its line, arrows down to its partners, all inside the box', async () => {
    const el = await mountAt(320, html`<bridge-models></bridge-models>`);
    const box = el.getBoundingClientRect();
    const hub = el.shadowRoot!.querySelector('rect.chip.hub')!.getBoundingClientRect();
    const partner = el.shadowRoot!.querySelector('.pair rect.chip')!.getBoundingClientRect();
    expect(partner.top).to.be.at.least(hub.bottom);
    expect(partner.left).to.be.greaterThan(hub.left);
    expect(shadowText(el)).to.contain('深圳总部');
    for (const node of el.shadowRoot!.querySelectorAll('svg *')) {
      const r = node.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      expect(r.right, node.textContent ?? '').to.be.at.most(box.right + 1);
    }
    for (const t of el.shadowRoot!.querySelectorAll('svg text')) expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
  });

  it('draws a developer’s own pairings and names every problem in bad ones', async () => {
    const el = await fixture<BridgeModels>(html`<bridge-models lang="en"></bridge-models>`);
    el.data = {
      cities: [{ id: 'foshan', name: { 'zh-Hans': '佛山', en: 'Foshan' } }],
      models: [{ shenzhen: { 'zh-Hans': '设计', en: 'design' }, city: 'foshan', partner: { 'zh-Hans': '制造', en: 'manufacturing' } }],
    };
    await el.updateComplete;
    await openTable(el);
    expect(pairs(el)).to.have.length(1);
    expect(rows(el)[0][0]).to.equal('Shenzhen design + Foshan manufacturing');
    el.data = { cities: [], models: [{ shenzhen: { en: 'x' }, city: 'nowhere' }] } as never;
    await el.updateComplete;
    await aTimeout(0);
    for (const path of ['data.models[0].shenzhen', 'data.models[0].partner', 'data.models[0].city']) expect(message(el)).to.contain(path);
  });

  it('uses the width at 1280 px: boxes and arrows span at least 80 % of the drawing', async () => {
    const el = await mountAt(1280, html`<bridge-models></bridge-models>`);
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const marks = [...el.shadowRoot!.querySelectorAll('svg rect.chip, svg path.connector')].map((n) => n.getBoundingClientRect());
    const span = Math.max(...marks.map((r) => r.right)) - Math.min(...marks.map((r) => r.left));
    expect(span / svg.width).to.be.at.least(0.8);
  });

  it('starts its title with no quotation mark, which would hang like an indent', async () => {
    for (const lang of ['zh-CN', 'zh-HK', 'zh-TW', 'en']) {
      const el = await fixture<BridgeModels>(html`<bridge-models lang=${lang}></bridge-models>`);
      const title = el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
      expect(title, lang).to.not.match(/^[“”‘’「」『』"'《〈（(]/);
      el.data = { cities: [{ id: 'foshan', name: { 'zh-Hans': '佛山', en: 'Foshan' } }], models: [{ shenzhen: { 'zh-Hans': '设计', en: 'design' }, city: 'foshan', partner: { 'zh-Hans': '制造', en: 'manufacturing' } }] };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(), lang).to.not.match(/^[“”‘’「」『』"'《〈（(]/);
    }
  });

  it('writes the “one-hour living circle” as English hyphenates it', async () => {
    const el = await mountAt(800, html`<bridge-models lang="en"></bridge-models>`);
    expect(el.shadowRoot!.querySelector('svg [data-figure]')!.textContent).to.contain('“one-hour living circle”');
    expect(shadowText(el)).to.not.contain('1 hour living');
  });

  it('speaks to the reader: one short note in the drawing, the explanations in the disclosure', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountAt(640, html`<bridge-models lang=${lang}></bridge-models>`);
      expect(el.shadowRoot!.querySelector('[part~="notes"]')?.textContent?.trim() ?? '').to.equal('');
      expect(shadowText(el)).to.not.match(/arrows point|箭头指向/);
      expect(el.shadowRoot!.querySelector('[part~="about"]'), lang).to.not.equal(null);
    }
  });

  it('colours each box by its own place: Shenzhen at the east (right), Jiangmen red and Zhongshan blue at the west', async () => {
    const el = await mountAt(800, html`<bridge-models></bridge-models>`);
    const fill = (n: Element) => getComputedStyle(n).fill;
    const token = (name: string) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      probe.style.fill = `var(${name})`;
      el.shadowRoot!.querySelector('svg')!.appendChild(probe);
      const value = getComputedStyle(probe).fill;
      probe.remove();
      return value;
    };
    const hubs = [...el.shadowRoot!.querySelectorAll('rect.chip.hub')];
    const partners = [...el.shadowRoot!.querySelectorAll('.pair rect.chip')];
    for (const hub of hubs) {
      expect(fill(hub)).to.equal(token('--_shenzhen'));
      for (const p of partners) expect(hub.getBoundingClientRect().left).to.be.greaterThan(p.getBoundingClientRect().right);
    }
    for (const p of partners) {
      const words = p.nextElementSibling!.textContent!;
      expect(fill(p), words).to.equal(token(words.startsWith('江门') ? '--_jiangmen' : '--_zhongshan'));
    }
    expect(new Set([token('--_shenzhen'), token('--_jiangmen'), token('--_zhongshan')]).size).to.equal(3);
  });
});
