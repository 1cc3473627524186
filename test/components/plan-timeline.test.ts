import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/plan-timeline/plan-timeline.js';
import type { PlanTimeline } from '../../src/components/plan-timeline/plan-timeline.component.js';
import { dataset } from '../../src/data/dataset.js';
import { openTable } from './open-table.js';
import { mountIn } from '../helpers/mount.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const marks = (el: Element) => el.shadowRoot!.querySelectorAll('svg [data-mark]');
const message = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '';
const event = (id: string) => dataset.events.find((e) => e.id === id)!;

const mountAt = (width: number, template: ReturnType<typeof html>) => mountIn<PlanTimeline>(width, template, { drawn: true });

describe('<plan-timeline>', () => {
  it('draws every dated event of the article, the Link’s coming opening last', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    expect(marks(el)).to.have.length(dataset.events.length);
    const text = shadowText(el);
    for (const e of dataset.events) expect(text).to.contain(e.label['zh-Hans']);
    const last = [...marks(el)].pop()!;
    expect(last.textContent).to.contain('筹备2024年深圳·中山联合招商大会');
  });

  it('puts the sports-finance piece’s figures and the other events’ figures in the table, with value and figure id, and draws them on request', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline figures="all"></plan-timeline>`);
    await openTable(el);
    const expected: [string, string, number][] = [
      ['one-on-one-tournament-weekends', 'youth-one-on-one-tournament', 2],
      ['guoshou-616-festival-edition', 'guoshou-616-festival-2024', 18],
      ['shaxi-cunba-edition', 'shaxi-cunba-title', 1],
      ['guangfa-youth-tour-first-stop', 'guangfa-youth-tour-2024', 1],
      ['dongguan-trillion-city-rank', 'dongguan-trillion-city', 4],
      ['hymson-plant-area-2017', 'hymson-settles-in-jiangmen', 1],
      ['shenjiang-first-proposal', 'jiangmen-plenary-4', 1],
      ['shenzhen-jiangmen-one-hour-circle', 'shenzhong-link-opening', 1],
    ];
    for (const [figure, eventId, value] of expected) {
      const cell = el.shadowRoot!.querySelector(`table td[data-figure="${figure}"]`);
      expect(cell, figure).to.not.equal(null);
      expect(Number(cell!.getAttribute('data-value'))).to.equal(value);
      expect(cell!.closest('tr')!.querySelector('th')!.textContent).to.equal(event(eventId).label['zh-Hans']);
      const drawn = el.shadowRoot!.querySelector(`svg [data-figure="${figure}"]`);
      expect(drawn, `${figure} drawn`).to.not.equal(null);
      expect(Number(drawn!.getAttribute('data-value'))).to.equal(value);
    }
    // By default a figure the label already states is not drawn twice ("第4座"); the others are.
    el.figures = 'extra';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg [data-figure="dongguan-trillion-city-rank"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg [data-figure="hymson-plant-area-2017"]')).to.not.equal(null);
    el.figures = 'none';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg [data-figure]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('table td[data-figure]').length).to.be.at.least(expected.length);
  });

  it('tables the bank’s 30多年 on a row of its own, not under the campaign launched on 15 June', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    await openTable(el);
    const cell = el.shadowRoot!.querySelector('table td[data-figure="cgb-zhongshan-years-rooted"]')!;
    expect(Number(cell.getAttribute('data-value'))).to.equal(30);
    expect(cell.closest('tr')!.querySelector('th')!.textContent).to.not.equal(event('zhongshan-sports-campaign-launch').label['zh-Hans']);
    expect(event('zhongshan-sports-campaign-launch').figures).to.not.include('cgb-zhongshan-years-rooted');
    expect(el.shadowRoot!.textContent).to.contain('而非6月15日启动的体育促消费活动');
  });

  it('tables every figure the article’s events name, each under its event', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    await openTable(el);
    const named = dataset.events.flatMap((e) => (e.figures ?? []).map((id) => ({ id, event: e })));
    expect(named.length, 'the events name figures').to.be.greaterThan(0);
    for (const { id, event: e } of named) {
      const cells = [...el.shadowRoot!.querySelectorAll(`table td[data-figure="${id}"]`)];
      const rows = cells.map((cell) => cell.closest('tr')!.querySelector('th')!.textContent);
      expect(rows, `${id} of ${e.id}`).to.include(e.label['zh-Hans']);
    }
  });

  it('shows dates resolved, says which are known only to the year or done by a date, and moves the rule to About the data', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const text = el.shadowRoot!.querySelector('svg')!.textContent!.replace(/\s+/g, ' ');
    for (const date of ['2023年2月', '2024年初', '2017年（只知年份）', '截至2024年6月', '2024年6月15日']) expect(text).to.contain(date);
    // The article's wording stays out of the drawing: it is in the tooltip and the table.
    expect(text).to.not.contain('原文');
    expect(el.shadowRoot!.querySelector('[part~="notes"]')?.textContent ?? '').to.not.contain('去年2月');
    expect(el.shadowRoot!.textContent).to.contain('“去年2月”为2023年2月');
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    const index = [...marks(el)].findIndex((m) => m.textContent!.includes(event('jiangmen-plenary-4').label['zh-Hans'].slice(2)));
    for (let i = 0; i < index; i++) svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent).to.contain('“去年2月” → 2023年2月');
  });

  it('writes English with no Chinese in the drawing, the captions, the tooltips or About the data', async () => {
    const el = await mountAt(320, html`<plan-timeline lang="en"></plan-timeline>`);
    const chinese = /[\u3400-\u9fff]/;
    const root = el.shadowRoot!;
    for (const part of ['title', 'takeaway']) expect(root.querySelector(`[part~="${part}"]`)!.textContent, part).to.not.match(chinese);
    expect(root.querySelector('svg')!.textContent).to.not.match(chinese);
    const about = [...root.querySelectorAll('details, [part~="about"]')].map((d) => d.textContent).join(' ');
    expect(about).to.contain('by June 2024');
    expect(about).to.not.match(chinese);
    expect(root.querySelector('svg')!.textContent).to.contain('by June 2024');
    const svg = root.querySelector('svg')!;
    svg.focus();
    for (let i = 0; i < marks(el).length; i++) {
      await el.updateComplete;
      expect(root.querySelector('[part~="tooltip"]')!.textContent, `tooltip ${i}`).to.not.match(chinese);
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    }
  });

  it('colours each event’s mark by its city, the same city the same colour, and leads its label with the city', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const paint = (selector: string, prop: 'fill' | 'stroke') => [...el.shadowRoot!.querySelectorAll(selector)].map((m) => getComputedStyle(m)[prop]);
    const places = ['jiangmen', 'zhongshan', 'dongguan', 'none'];
    // Dots are filled with their city's colour; hollow marks (year only, upcoming) are drawn in it.
    const dots = places.map((p) => new Set(paint(`[data-mark] circle.mark.point.tone-${p}`, 'fill')));
    const outlines = places.map((p) => new Set(paint(`[data-mark] .mark.tone-${p}`, 'stroke')));
    for (const set of outlines) expect(set.size, 'one colour per city').to.equal(1);
    expect(new Set(outlines.map((s) => [...s][0])).size, 'four places, four colours').to.equal(4);
    const filled = dots.filter((s) => s.size).map((s) => [...s][0]);
    expect(new Set(filled).size).to.equal(filled.length);
    expect(filled.length).to.be.at.least(3);
    // Colour is never alone: every event of a city leads with the city's name.
    for (const e of dataset.events) {
      const g = [...marks(el)].find((m) => m.textContent!.replace(/\s/g, '').includes(e.label['zh-Hans'].replace(/^(江门|中山|东莞)/, '').replace(/\s/g, '')))!;
      expect(g.querySelector('.mark')!.classList.contains(`tone-${e.place ?? 'none'}`), e.id).to.equal(true);
      const tag = g.querySelector('.tag');
      if (e.place) expect(tag?.textContent, e.id).to.equal({ jiangmen: '江门', zhongshan: '中山', dongguan: '东莞', shenzhen: '深圳' }[e.place]);
      else expect(tag, e.id).to.equal(null);
    }
  });

  for (const [lang, w320, w640] of [['zh-CN', 2400, 1400], ['en', 3000, 1750]] as const) {
    it(`stays within its height budget in ${lang}: ≤ ${w320} px at 320 px, ≤ ${w640} px at 640 px`, async () => {
      for (const [width, budget] of [[320, w320], [640, w640]]) {
        const el = await mountAt(width, html`<plan-timeline lang=${lang}></plan-timeline>`);
        expect(el.getBoundingClientRect().height, `${width} px`).to.be.at.most(budget);
      }
    });
  }

  it('draws upcoming events hollow and dashed, and events known only to the year as bars', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const upcoming = dataset.events.filter((e) => e.precision === 'upcoming').length;
    expect(el.shadowRoot!.querySelectorAll('[data-mark] .mark.upcoming')).to.have.length(upcoming);
    const hollow = el.shadowRoot!.querySelector('[data-mark] .mark.upcoming')!;
    expect(getComputedStyle(hollow).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(hollow).fill).to.equal(getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor);
    const yearOnly = dataset.events.filter((e) => e.precision === 'year' || e.precision === 'early-year').length;
    expect(el.shadowRoot!.querySelectorAll('[data-mark] rect.mark:not(.upcoming)')).to.have.length(yearOnly);
  });

  it('counts the events of the last two years in its takeaway, marked as derived, and states the finding', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const recent = dataset.events.filter((e) => e.date.startsWith('2023') || e.date.startsWith('2024')).length;
    const takeaway = el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent!;
    expect(takeaway).to.contain(`${dataset.events.length}件事中有${recent}件发生在2023—2024年`);
    expect(takeaway).to.contain('推算');
    expect(takeaway).to.contain('江门市委三次全会');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('深中通道开通前，江门三次全会接连部署深江经济合作区');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.contain(`${recent} of the ${dataset.events.length} events fall in 2023–2024 (derived)`);
  });

  it('filters by from and to, as years or ISO dates, keeping events that overlap the range', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline from="2023-08" to="2023-11"></plan-timeline>`);
    // Aug–Nov 2023 holds the 5th plenary (Aug), the Hong Kong base (Nov) and every event known only as "2023".
    const expected = dataset.events.filter((e) => e.date === '2023' || ['2023-08', '2023-11'].includes(e.date)).length;
    expect(marks(el)).to.have.length(expected);
    expect(message(el)).to.equal('');
    el.from = '2024';
    el.to = '';
    await el.updateComplete;
    expect(marks(el)).to.have.length(dataset.events.filter((e) => e.date.startsWith('2024')).length);
    // Without the three plenaries the finding is not the view's: the title says what is shown, the takeaway what comes next.
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('时间线');
    expect(el.shadowRoot!.querySelector('[part~="takeaway"]')!.textContent).to.contain('接下来：深中通道即将开通');
  });

  it('filters by topic: the sports campaign alone', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline topic="sports"></plan-timeline>`);
    const sports = dataset.events.filter((e) => e.topics.includes('sports'));
    expect(marks(el)).to.have.length(sports.length);
    expect(shadowText(el)).to.contain(event('shaxi-cunba-title').label['zh-Hans']);
  });

  it('reports a nonsense from, to or topic inline and goes on unfiltered', async () => {
    for (const [name, value] of [['from', 'yesterday'], ['to', '2023-13'], ['topic', 'weather']]) {
      const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(message(el), name).to.contain(value);
      expect(marks(el), name).to.have.length(dataset.events.length);
    }
    const reversed = await fixture<PlanTimeline>(html`<plan-timeline from="2024" to="2023"></plan-timeline>`);
    expect(message(reversed)).to.contain('to');
    expect(marks(reversed)).to.have.length(dataset.events.filter((e) => e.date.startsWith('2024')).length);
  });

  it('keeps every event’s words apart and inside the box at 320 px, as the browser sets them', async () => {
    const el = await mountAt(320, html`<plan-timeline></plan-timeline>`);
    const box = el.getBoundingClientRect();
    const rows = [...marks(el)].map((g) => {
      const rects = [...g.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
      for (const r of rects) expect(r.right).to.be.at.most(box.right + 1);
      return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    });
    for (let i = 1; i < rows.length; i++) expect(rows[i].top, `row ${i}`).to.be.at.least(rows[i - 1].bottom);
    for (const t of el.shadowRoot!.querySelectorAll('svg text')) expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
  });

  it('steps through the events from the keyboard, the tooltip giving date, figures and quote', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    await el.updateComplete;
    const tip = () => el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!;
    // The first event in time is Hymson's 2017 move, with its 1万平方米 plant.
    expect(tip()).to.contain('2017年');
    expect(tip()).to.contain('1万平方米');
    expect(tip()).to.contain(event('hymson-settles-in-jiangmen').quote);
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(tip()).to.contain('第4座');
  });

  it('draws a developer’s own events and reports every problem in bad ones', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
    el.data = {
      events: [
        { date: '2030-05', label: { 'zh-Hans': '乙', en: 'Second thing' } },
        { date: '2029', label: { 'zh-Hans': '甲', en: 'First thing' }, figures: [{ value: 3, unit: '个', label: { 'zh-Hans': '三', en: 'Three things' }, date: '2029' }] },
      ],
    };
    await el.updateComplete;
    expect(marks(el)).to.have.length(2);
    expect(marks(el)[0].textContent).to.contain('First thing');
    expect(el.shadowRoot!.querySelector('svg [data-value="3"]')).to.not.equal(null);
    el.data = { events: [{ date: '2030-02-30', label: { en: 'No Chinese' } }] } as never;
    await el.updateComplete;
    await aTimeout(0);
    expect(message(el)).to.contain('data.events[0].date');
    expect(message(el)).to.contain('data.events[0].label');
  });
});
