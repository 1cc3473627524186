import { expect } from 'chai';
import { dataset } from '../../src/data/dataset.js';
import { AXIS_MIN_WIDTH, layoutPlanTimeline, type Box, type EventKind, type TimelineItem } from '../../src/layout/plan-timeline.js';
import { textBox } from '../../src/layout/placed-text.js';
import { dodge } from '../../src/layout/dodge.js';
import { dateExtent } from '../../src/standards/dates.js';

const kindOf = (e: { date: string; precision?: string }): EventKind =>
  e.precision === 'upcoming' ? 'upcoming' : e.precision === 'early-year' ? 'span' : e.precision === 'year' || !e.date.includes('-') ? 'year' : 'point';
const PLACE_NAMES: Record<string, string> = { jiangmen: '江门', zhongshan: '中山', shenzhen: '深圳', dongguan: '东莞' };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The article's 20 events, in Chinese, as the widget hands them over (dates resolved, early-year = first quarter, all cut at June 2024). */
function articleItems(): TimelineItem[] {
  return dataset.events.map((e) => {
    const { start, end } = dateExtent(e.date)!;
    const kind = kindOf(e);
    return {
      start: kind === 'upcoming' ? Math.max(start, 2024.5) : start,
      end: e.precision === 'early-year' ? start + 0.25 : kind === 'upcoming' ? Math.max(end, 2024.5) : Math.min(end, 2024.5),
      kind,
      date: e.date,
      place: e.place,
      tag: e.place ? PLACE_NAMES[e.place] : undefined,
      label: e.label['zh-Hans'],
      figures: (e.figures ?? []).map((id) => {
        const f = dataset.figures.find((x) => x.id === id)!;
        return { value: `${f.literal}${f.unit}`, label: f.label['zh-Hans'] };
      }),
    };
  });
}

/** The gap marks' words, as the widget words them in Chinese. */
const gap = (s: { from: number; to: number } | { months: number }) => ('months' in s ? `略去${s.months}个月` : s.from === s.to ? `略去${s.from}年` : `略去${s.from}—${s.to}年`);

const item = (date: string, label = date, upcoming = false): TimelineItem => ({ ...dateExtent(date)!, kind: upcoming ? 'upcoming' : kindOf({ date }), date, label, figures: [] });

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
      const { rows } = layoutPlanTimeline(items, { width });
      expect(rows.map((r) => items[r.item].date)).to.deep.equal(['2017', '2021', '2023-02', '2024-03']);
      for (let i = 1; i < rows.length; i++) expect(rows[i].mark.cy).to.be.greaterThan(rows[i - 1].mark.cy);
    }
  });

  it('runs time down the page on phones and across on wide screens', () => {
    expect(layoutPlanTimeline(articleItems(), { width: 320 }).mode).to.equal('vertical');
    expect(layoutPlanTimeline(articleItems(), { width: AXIS_MIN_WIDTH - 1 }).mode).to.equal('vertical');
    expect(layoutPlanTimeline(articleItems(), { width: AXIS_MIN_WIDTH }).mode).to.equal('axis');
  });

  for (const width of [280, 320, 800, 1280, 1600]) {
    it(`keeps the article’s dense 2023–24 events apart at ${width} px: no two rows’ words meet, none leaves the box, none under 12 px`, () => {
      const { rows, height } = layoutPlanTimeline(articleItems(), { width });
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
      const { rows } = layoutPlanTimeline(articleItems(), { width });
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
    const { rows, grid } = layoutPlanTimeline(items, { width: 1000 });
    const year = (y: number) => grid.find((g) => g.text.text === String(y))!.x0;
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
      const { rows } = layoutPlanTimeline(items, { width });
      // The year comes after its dated event: it is no "January".
      expect(rows.map((r) => [items[r.item].date, Boolean(r.mark.bar)])).to.deep.equal([['2023-08', false], ['2023', true], ['2024-06-15', false]]);
    }
    const { rows, grid } = layoutPlanTimeline(items, { width: 1000 });
    const bar = rows.find((r) => items[r.item].date === '2023')!.mark.bar!;
    const year = (y: number) => grid.find((g) => g.text.text === String(y))!.x0;
    expect(bar.x).to.be.closeTo(year(2023), 1e-6);
    expect(bar.x + bar.width).to.be.closeTo(year(2024), 1e-6);
  });

  it('marks what was still to come, and puts a publication rule before it in the list', () => {
    const items = [item('2024-03'), { ...item('2024-06', '即将开通', true) }];
    const stack = layoutPlanTimeline(items, { width: 320, asOf: { at: 2024.5, text: '发稿：2024年6月' } });
    expect(stack.rows.map((r) => r.mark.kind === 'upcoming')).to.deep.equal([false, true]);
    expect(stack.asOf!.y0).to.be.greaterThan(stack.rows[0].box.y1);
    expect(stack.asOf!.y0).to.be.lessThan(stack.rows[1].box.y0);
    const axis = layoutPlanTimeline(items, { width: 1000, asOf: { at: 2024.5, text: '发稿：2024年6月' } });
    const year = (y: number) => axis.grid.find((g) => g.text.text === String(y))!.x0;
    expect(axis.asOf!.x0).to.be.closeTo(year(2024) + 0.5 * (year(2025) - year(2024)), 1e-6);
  });

  it('sets each figure’s value at the start of its line, the figure’s name after it', () => {
    const items = [{ ...item('2017'), figures: [{ value: '1万平方米', label: '江门招商团队提供给海目星的厂房面积' }] }];
    const figureLines = layoutPlanTimeline(items, { width: 320 }).rows[0].texts.filter((t) => t.role === 'figure');
    expect(figureLines[0].lead).to.equal('1万平方米');
    expect(figureLines.map((t) => t.text).join('')).to.equal('江门招商团队提供给海目星的厂房面积');
  });

  it('at 320 px keeps time to one scale down the axis, and breaks the axis only with a gap mark naming what it leaves out', () => {
    const { stamps, rail, breaks } = layoutPlanTimeline(articleItems(), { width: 320, asOf: { at: 2024.5, text: '发稿：2024年6月' }, gap });
    const pieceOf = (y: number) => rail.findIndex((r) => y >= r.y0 - 1e-6 && y <= r.y1 + 1e-6);
    const timed = stamps.filter((s) => s.y1 > s.y0 || s.kind !== 'year').sort((p, q) => p.a - q.a || p.y0 - q.y0);
    const scales: number[] = [];
    for (let i = 1; i < timed.length; i++) {
      const [p, q] = [timed[i - 1], timed[i]];
      expect(q.y0, `${p.a} → ${q.a}: later is lower`).to.be.at.least(p.y0);
      const [pp, qp] = [pieceOf(p.y0), pieceOf(q.y0)];
      if (pp === qp && rail[pp].scaled) {
        if (q.a - p.a > 1 / 52) scales.push((q.y0 - p.y0) / (q.a - p.a));
        else expect(q.y0 - p.y0, 'the same moment, the same height').to.be.below(2);
      } else {
        const cut = breaks.filter((b) => b.y0 >= p.y0 && b.y1 <= q.y0);
        expect(cut.length, `${p.a} → ${q.a} is not to scale, so a gap mark stands between`).to.be.greaterThan(0);
        for (const b of cut) expect(b.text.text).to.match(/略去\d/);
      }
    }
    expect(scales.length, 'the dense 2023–24 stretch is drawn to scale').to.be.at.least(4);
    for (const k of scales) expect(k).to.be.closeTo(scales[0], 1e-6);
    // 2017 and 2021 stand apart from 2023 by the years skipped, said in words.
    expect(breaks.map((b) => b.text.text)).to.deep.equal(['略去2018—2020年', '略去2022年']);
  });

  for (const width of [320, 640, 1280]) {
    it(`lists a year-only event after every dated event of its year at ${width} px, never before`, () => {
      const items = articleItems();
      const { rows } = layoutPlanTimeline(items, { width });
      const at = rows.map((r) => items[r.item]);
      at.forEach((yearOnly, i) => {
        if (yearOnly.kind !== 'year') return;
        const later = at.slice(i + 1).filter((e) => e.kind !== 'year' && e.kind !== 'upcoming' && Math.floor(e.start) === Math.floor(yearOnly.start));
        expect(later.map((e) => e.label), `${yearOnly.label} comes after`).to.deep.equal([]);
      });
      for (let i = 1; i < rows.length; i++) expect(rows[i].mark.cy).to.be.greaterThan(rows[i - 1].mark.cy);
      // 今年夏天 (year only, 2024) no longer sits before 今年3月.
      const index = (id: string) => at.findIndex((e) => e.label === dataset.events.find((d) => d.id === id)!.label['zh-Hans']);
      expect(index('guangfa-youth-tour-2024')).to.be.greaterThan(index('shenzhong-bureau-meeting-2024-03'));
    });
  }

  it('keeps date headings, leaders and events apart down the axis', () => {
    for (const width of [280, 320, 640]) {
      const { rows, headings, breaks } = layoutPlanTimeline(articleItems(), { width, asOf: { at: 2024.5, text: '发稿：2024年6月' }, gap });
      const boxes = [...rows.map((r) => r.box), ...headings.map(textBox), ...breaks.map((b) => textBox(b.text))];
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i].x1, `box ${i} at ${width}`).to.be.at.most(width);
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `box ${i} meets box ${j} at ${width}`).to.equal(false);
      }
    }
  });

  it('leads each label with its city, and gives a city-less event no tag', () => {
    const items = articleItems();
    for (const width of [320, 1280]) {
      const { rows } = layoutPlanTimeline(items, { width });
      for (const row of rows) {
        const item = items[row.item];
        const first = row.texts.find((t) => t.role === 'label')!;
        expect(first.lead, item.label).to.equal(item.tag);
        expect(row.mark.place).to.equal(item.place);
        // The words read as written: the tag and the label, no character lost.
        const words = row.texts.filter((t) => t.role === 'label').map((t) => (t.lead ?? '') + t.text).join('');
        expect(words.replace(/\s/g, '')).to.equal(((first.joined || !item.tag ? '' : item.tag) + item.label).replace(/\s/g, ''));
      }
    }
  });

  it('never cuts one of the dataset’s names across two lines of a label', () => {
    const names = ['银湖湾滨海新区', '深江经济合作区', '翠亨新区', '海目星', '浪尖设计集团', '粤港澳大湾区', '深中通道', '江海区', '沙溪镇', '江门市委', '中山市工信局', '深圳市工信局'];
    for (const width of [280, 320, 640, 1280]) {
      for (const row of layoutPlanTimeline(articleItems(), { width }).rows) {
        const lines = row.texts.filter((t) => t.role === 'label').map((t) => (t.lead ?? '') + t.text);
        for (let i = 1; i < lines.length; i++) {
          const seam = lines[i - 1].slice(-8) + '|' + lines[i].slice(0, 8);
          for (const name of names) {
            for (let cut = 1; cut < name.length; cut++) expect(seam, `${name} at ${width}`).to.not.contain(`${name.slice(0, cut)}|${name.slice(cut)}`);
          }
        }
      }
    }
  });

  it('dodge leaves a block with room at its wish, spreads a crowd about its centre, and lets a weightless block follow the one above', () => {
    expect(dodge([0, 100], [20, 20], [1, 1], 10, 0)).to.deep.equal([0, 100]);
    // Three blocks wishing for 100: they take 90 px together, centred on 100.
    expect(dodge([100, 100, 100], [20, 20, 20], [1, 1, 1], 15, 0)).to.deep.equal([65, 100, 135]);
    expect(dodge([0, 500, 40], [20, 20, 20], [1, 0, 1], 10, 0)).to.deep.equal([0, 30, 60]);
    // Never above the floor.
    expect(dodge([-50], [20], [1], 10, 0)).to.deep.equal([0]);
  });
});
