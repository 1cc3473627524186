import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { AXIS_MIN_WIDTH, layoutPlanTimeline, type Box, type TimelineItem } from '../../src/layout/plan-timeline.js';
import { textBox } from '../../src/layout/placed-text.js';
import { dateExtent } from '../../src/layout/time.js';

const legend = { point: '已知月份或日期', span: '只知年份', upcoming: '即将' };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The article's 20 events, in Chinese, as the widget hands them over (dates resolved, early-year = first quarter). */
function articleItems(): TimelineItem[] {
  return dataset.events.map((e) => {
    const { start, end } = dateExtent(e.date)!;
    return {
      start,
      end: e.precision === 'early-year' ? start + 0.25 : end,
      upcoming: e.precision === 'upcoming',
      date: e.date,
      asWritten: e.asWritten ? `原文：${e.asWritten}` : '',
      label: e.label['zh-Hans'],
      figures: (e.figures ?? []).map((id) => {
        const f = dataset.figures.find((x) => x.id === id)!;
        return { value: `${f.literal}${f.unit}`, label: f.label['zh-Hans'] };
      }),
    };
  });
}

const item = (date: string, label = date, upcoming = false): TimelineItem => ({ ...dateExtent(date)!, upcoming, date, asWritten: '', label, figures: [] });

describe('dateExtent', () => {
  it('reads years, months and days as the stretch of time they cover', () => {
    expect(dateExtent('2023')).to.deep.equal({ start: 2023, end: 2024 });
    const feb = dateExtent('2023-02')!;
    expect(feb.start).to.be.closeTo(2023 + 31 / 365, 1e-9);
    expect(feb.end).to.be.closeTo(2023 + 59 / 365, 1e-9);
    const day = dateExtent('2024-06-15')!;
    // 2024 is a leap year: 15 June is day 167 (0-based 166) of 366.
    expect(day.start).to.be.closeTo(2024 + 166 / 366, 1e-9);
    expect(day.end - day.start).to.be.closeTo(1 / 366, 1e-9);
  });

  it('refuses dates that do not exist and words that are not dates', () => {
    for (const bad of ['2023-02-29', '2023-13', '2023-00', '23', 'yesterday', '2023/2024', '§nonsense§']) expect(dateExtent(bad), bad).to.equal(undefined);
    expect(dateExtent('2024-02-29')).to.not.equal(undefined);
  });
});

describe('layoutPlanTimeline', () => {
  it('gives every event a row of its own, in date order whatever order they come in', () => {
    const items = [item('2024-03'), item('2017'), item('2023-02'), item('2021')];
    for (const width of [320, 1280]) {
      const { rows } = layoutPlanTimeline(items, { width, legend });
      expect(rows.map((r) => items[r.item].date)).to.deep.equal(['2017', '2021', '2023-02', '2024-03']);
      for (let i = 1; i < rows.length; i++) expect(rows[i].mark.cy).to.be.greaterThan(rows[i - 1].mark.cy);
    }
  });

  it('runs down a rail on phones and hangs from a time axis on wide screens', () => {
    expect(layoutPlanTimeline(articleItems(), { width: 320, legend }).mode).to.equal('stack');
    expect(layoutPlanTimeline(articleItems(), { width: AXIS_MIN_WIDTH - 1, legend }).mode).to.equal('stack');
    expect(layoutPlanTimeline(articleItems(), { width: AXIS_MIN_WIDTH, legend }).mode).to.equal('axis');
  });

  for (const width of [280, 320, 800, 1280, 1600]) {
    it(`keeps the article’s dense 2023–24 events apart at ${width} px: no two rows’ words meet, none leaves the box, none under 12 px`, () => {
      const { rows, height } = layoutPlanTimeline(articleItems(), { width, legend });
      expect(rows).to.have.length(dataset.events.length);
      for (let i = 0; i < rows.length; i++) {
        for (let j = i + 1; j < rows.length; j++) expect(overlap(rows[i].box, rows[j].box), `row ${i} meets row ${j}`).to.equal(false);
        for (const t of rows[i].texts) {
          const box = textBox(t);
          expect(box.x0, t.text).to.be.at.least(0);
          expect(box.x1, t.text).to.be.at.most(width);
          expect(box.y1, t.text).to.be.at.most(height);
          expect(t.size).to.be.at.least(12);
        }
      }
    });
  }

  it('keeps a row’s words off its own mark and off every other row’s mark', () => {
    for (const width of [320, 1280]) {
      const { rows } = layoutPlanTimeline(articleItems(), { width, legend });
      for (const row of rows) {
        for (const other of rows) {
          const m = other.mark;
          const markBox = m.bar ? { x0: m.bar.x, y0: m.bar.y, x1: m.bar.x + m.bar.width, y1: m.bar.y + m.bar.height } : { x0: m.cx - 5, y0: m.cy - 5, x1: m.cx + 5, y1: m.cy + 5 };
          for (const t of row.texts) expect(overlap(textBox(t), markBox), `${t.text} at ${width}`).to.equal(false);
        }
      }
    }
  });

  it('places marks on the axis in proportion to time', () => {
    const items = [item('2017'), item('2023-02'), item('2023-08'), item('2024-06-15')];
    const { rows, grid } = layoutPlanTimeline(items, { width: 1000, legend });
    const year = (y: number) => grid.find((g) => g.text.text === String(y))!.x;
    const at = (date: string) => rows.find((r) => items[r.item].date === date)!.mark.cx;
    const perYear = year(2024) - year(2023);
    expect(year(2023) - year(2017)).to.be.closeTo(6 * perYear, 1e-6);
    // The middle of February 2023 (day 45.5 of 365) and of August (day 227.5).
    expect((at('2023-02') - year(2023)) / perYear).to.be.closeTo(45 / 365, 1e-6);
    expect((at('2023-08') - at('2023-02')) / perYear).to.be.closeTo((227.5 - 45) / 365, 1e-6);
  });

  it('draws a year as a bar across it, a month or a day as a dot', () => {
    const items = [item('2023'), item('2023-08'), item('2024-06-15')];
    for (const width of [320, 1000]) {
      const { rows } = layoutPlanTimeline(items, { width, legend });
      expect(rows.map((r) => Boolean(r.mark.bar))).to.deep.equal([true, false, false]);
    }
    const { rows, grid } = layoutPlanTimeline(items, { width: 1000, legend });
    const bar = rows[0].mark.bar!;
    const year = (y: number) => grid.find((g) => g.text.text === String(y))!.x;
    expect(bar.x).to.be.closeTo(year(2023), 1e-6);
    expect(bar.x + bar.width).to.be.closeTo(year(2024), 1e-6);
  });

  it('marks what was still to come, and puts a publication rule before it in the list', () => {
    const items = [item('2024-03'), { ...item('2024-06', '即将开通', true) }];
    const stack = layoutPlanTimeline(items, { width: 320, legend, asOf: { at: 2024.5, text: '发稿：2024年6月' } });
    expect(stack.rows.map((r) => r.mark.upcoming)).to.deep.equal([false, true]);
    expect(stack.asOf!.y0).to.be.greaterThan(stack.rows[0].box.y1);
    expect(stack.asOf!.y0).to.be.lessThan(stack.rows[1].box.y0);
    const axis = layoutPlanTimeline(items, { width: 1000, legend, asOf: { at: 2024.5, text: '发稿：2024年6月' } });
    const year = (y: number) => axis.grid.find((g) => g.text.text === String(y))!.x;
    expect(axis.asOf!.x0).to.be.closeTo(year(2024) + 0.5 * (year(2025) - year(2024)), 1e-6);
  });

  it('lists in the legend only the mark shapes the events use', () => {
    expect(layoutPlanTimeline([item('2023-02')], { width: 320, legend }).legend.map((l) => l.shape)).to.deep.equal(['point']);
    expect(layoutPlanTimeline([item('2023'), item('2024-06', 'x', true)], { width: 320, legend }).legend.map((l) => l.shape)).to.deep.equal(['span', 'upcoming']);
  });

  it('sets each figure’s value at the start of its line, the figure’s name after it', () => {
    const items = [{ ...item('2017'), figures: [{ value: '1万平方米', label: '江门招商团队提供给海目星的厂房面积' }] }];
    const figureLines = layoutPlanTimeline(items, { width: 320, legend }).rows[0].texts.filter((t) => t.role === 'figure');
    expect(figureLines[0].lead).to.equal('1万平方米');
    expect(figureLines.map((t) => t.text).join('')).to.equal('江门招商团队提供给海目星的厂房面积');
  });
});
