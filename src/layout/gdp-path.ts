import { nice } from 'd3-array';
import { compound, requiredRate, yearsToReach } from './compound-growth.js';
import { labelBox, placeLabels, type Box, type PlacedLabel, type Point, type Spot } from './label-placement.js';
import { linearScale } from './linear-scale.js';
import { estimateTextWidth, wrapText } from './text-width.js';

/** Years ahead a projection is worth drawing; a target further away is "not within 50 years". */
export const HORIZON = 50;
/** The article counts the climb in steps of 1000亿元 (千亿元台阶). */
export const THRESHOLD_STEP = 1000;
/** Text size of every label in the drawing; the styles set the same. */
export const FONT_SIZE = 12;
// More markers than this would crowd the line: a far target gets coarser steps.
const MAX_MARKERS = 12;
const MARKER_R = 5;

/** What the path is drawn from: money in 亿元, growth as a fraction (0.07). */
export interface GdpPathInput {
  baseYear: number;
  baseValue: number;
  target: number;
  /** The plan's span: the doubling is due, and the default rate meets the target, this many years on. */
  years: number;
  rate: number;
}

/** One level on the way up and the year the projection first reaches it (undefined: not within the horizon). */
export interface Crossing {
  value: number;
  year?: number;
  isTarget: boolean;
}

/** The numbers of one scenario, before any geometry: what the table lists. */
export interface GdpPathScenario {
  rate: number;
  /** Yearly growth that doubles the base in `years` (derived): 2^(1/years) − 1. */
  doublingRate: number;
  /** Yearly growth that meets the target in `years` (derived): (target/base)^(1/years) − 1. */
  targetRate: number;
  /** Twice the base value: the "翻一番" level. */
  doubling: number;
  /** baseYear + years: when the plan wants the doubling. */
  planYear: number;
  yearReached?: number;
  /** Marker step in 亿元: 1000 unless that gives more than a dozen markers. */
  step: number;
  /** The steps of `step` above the base and below the target, then the target itself. */
  crossings: Crossing[];
  /** How many 1000亿元 steps lie between base and target: the article's way of counting. */
  thresholdCount: number;
  /** Yearly values from the base year to the year the target is reached (else the plan year). */
  series: { year: number; value: number }[];
}

/** Multiples of `step` in (base, target]. */
export function countThresholds(base: number, target: number, step: number): number {
  return Math.max(0, Math.floor(target / step + 1e-9) - Math.floor(base / step + 1e-9));
}

/** The marker step: 1000, else 2000, 5000, 10000 … until at most `max` markers remain. */
export function thresholdStep(base: number, target: number, max = MAX_MARKERS): number {
  let step = THRESHOLD_STEP;
  for (let i = 0; countThresholds(base, target, step) > max; i++) step *= [2, 2.5, 2][i % 3];
  return step;
}

/** The year the projection first meets `target`; undefined when that is not within `horizon` years (or never). */
export function yearReached({ baseYear, baseValue, target, rate }: Omit<GdpPathInput, 'years'>, horizon = HORIZON): number | undefined {
  const n = yearsToReach(baseValue, target, rate);
  return n <= horizon ? baseYear + n : undefined;
}

/** The projection's numbers: derived rates, the year each level is crossed, the yearly series. */
export function gdpPathScenario({ baseYear, baseValue, target, years, rate }: GdpPathInput, horizon = HORIZON): GdpPathScenario {
  const step = thresholdStep(baseValue, target);
  const first = Math.floor(baseValue / step + 1e-9) + 1;
  const levels = Array.from({ length: countThresholds(baseValue, target, step) }, (_, i) => (first + i) * step).filter((v) => v < target);
  const crossings = [...levels, target].map(
    (value): Crossing => ({ value, year: yearReached({ baseYear, baseValue, target: value, rate }, horizon), isTarget: value === target }),
  );
  const reached = crossings[crossings.length - 1].year;
  const planYear = baseYear + years;
  const last = reached ?? planYear;
  return {
    rate,
    doublingRate: requiredRate(1, 2, years),
    targetRate: requiredRate(baseValue, target, years),
    doubling: baseValue * 2,
    planYear,
    yearReached: reached,
    step,
    crossings,
    thresholdCount: countThresholds(baseValue, target, THRESHOLD_STEP),
    series: Array.from({ length: last - baseYear + 1 }, (_, n) => ({ year: baseYear + n, value: compound(baseValue, rate, n) })),
  };
}

/** The words the drawing sets, given by the widget in the reader's language. */
export interface GdpPathTexts {
  /** A value tick, in 亿元 ("8000") or billions ("800"). */
  value(value: number): string;
  year(year: number): string;
  /** The value axis' unit: "亿元" / "billion yuan". */
  unit: string;
  /** The story point: "2023年：4022.5亿元". */
  actual: string;
  target: string;
  /** The doubling level's label, and shorter forms for narrow charts. */
  doubling: string[];
  /** The end of a path that never meets the target. */
  end(year: number, value: number): string;
  legendPath: string;
  /** The key to the threshold markers, given the step they mark (1000亿元). */
  legendMarker(step: number): string;
}

/** A keyboard-reachable mark: where it is, what it stands for, its label when one fits. */
export interface GdpPathMark {
  kind: 'actual' | 'threshold' | 'target' | 'end';
  x: number;
  y: number;
  /** GDP at the mark: the actual figure, or the projection for its year. */
  value: number;
  year: number;
  /** The 1000亿 steps (and the target) first reached in this year; empty for the actual point and the end. */
  levels: number[];
  label?: PlacedLabel;
}

export interface GdpPathLegendRow {
  swatch: 'line' | 'marker';
  y: number;
  lines: PlacedLabel[];
}

export interface GdpPathLayout {
  width: number;
  height: number;
  fontSize: number;
  scenario: GdpPathScenario;
  plot: Box;
  xTicks: (PlacedLabel & { year: number })[];
  yTicks: (PlacedLabel & { value: number; lineY: number })[];
  /** Heights of the light gridlines: every step the markers count, so each 台阶 shows. */
  grid: number[];
  unitLabel: PlacedLabel;
  /** The projected line, as an SVG path. */
  path: string;
  /** Actual point first, then each year a threshold is crossed, then the target's (or the path's end). */
  marks: GdpPathMark[];
  targetLine: { y: number; label?: PlacedLabel };
  doublingLine: { y: number; label?: PlacedLabel };
  legend: GdpPathLegendRow[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10) / 10;

type Side = 'left' | 'right' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

/** Spots beside a mark, clear of its box (MARKER_R + 1) and the placement gap. */
function around(m: { x: number; y: number }, sides: Side[], fontSize: number): Spot[] {
  const pad = MARKER_R + 4;
  return sides.map((side) => {
    if (side === 'left') return { x: m.x - pad, y: m.y + fontSize * 0.4, anchor: 'end' };
    if (side === 'right') return { x: m.x + pad, y: m.y + fontSize * 0.4, anchor: 'start' };
    const baseline = side.startsWith('above') ? m.y - pad - fontSize * 0.3 : m.y + pad + fontSize * 1.2;
    return side.endsWith('left') ? { x: m.x - 3, y: baseline, anchor: 'end' } : { x: m.x + 3, y: baseline, anchor: 'start' };
  });
}

/** Spots along a horizontal reference line: above or below it, at either end. */
function alongLine(lineY: number, x0: number, x1: number, fontSize: number): Spot[] {
  return [
    { x: x0 + 4, y: lineY - 4, anchor: 'start' },
    { x: x0 + 4, y: lineY + fontSize + 4, anchor: 'start' },
    { x: x1 - 4, y: lineY - 4, anchor: 'end' },
    { x: x1 - 4, y: lineY + fontSize + 4, anchor: 'end' },
  ];
}

/** Year labels centred on their ticks, skipping any that would touch the one before. */
function yearTicks(years: number[], at: (year: number) => number, baseline: number, texts: GdpPathTexts, fontSize: number): GdpPathLayout['xTicks'] {
  const ticks: GdpPathLayout['xTicks'] = [];
  for (const year of years.filter(Number.isInteger)) {
    const text = texts.year(year);
    const spot: Spot = { x: at(year) - estimateTextWidth(text, fontSize) / 2, y: baseline, anchor: 'start' };
    const box = labelBox(text, spot, fontSize);
    if (!ticks.length || box.x0 >= ticks[ticks.length - 1].box.x1 + 6) ticks.push({ text, year, ...spot, box });
  }
  return ticks;
}

/** The key under the axis from `top`: one row per symbol, wrapped to the width. */
function legendRows(rows: [GdpPathLegendRow['swatch'], string][], top: number, width: number, fontSize: number): GdpPathLegendRow[] {
  const lineHeight = Math.round(fontSize * 1.5);
  const textX = 24;
  let rowY = top;
  return rows.map(([swatch, text]) => {
    const lines = wrapText(text, fontSize, width - textX).map((line, i): PlacedLabel => {
      const spot: Spot = { x: textX, y: rowY + i * lineHeight, anchor: 'start' };
      return { text: line, ...spot, box: labelBox(line, spot, fontSize) };
    });
    const row = { swatch, y: rowY, lines };
    rowY += lines.length * lineHeight;
    return row;
  });
}

/**
 * Geometry for `<gdp-path>`, Plot's order: numbers, then margins and scales, then marks,
 * then labels placed around them so that none collides at any width from 280 px. The
 * value axis starts at zero so that "doubling" looks twice as high.
 */
export function layoutGdpPath(
  input: GdpPathInput,
  { width }: { width: number },
  { texts, fontSize = FONT_SIZE }: { texts: GdpPathTexts; fontSize?: number },
): GdpPathLayout {
  const scenario = gdpPathScenario(input);
  const { series, crossings, doubling, planYear } = scenario;
  const lastYear = Math.max(planYear, scenario.yearReached ?? planYear);

  // Margins and scales first. The top margin holds the unit above the highest tick.
  const top = Math.ceil(fontSize * 2.5);
  const plotHeight = clamp(Math.round(width * 0.5), 170, 360);
  const bottom = top + plotHeight;
  const tickCount = clamp(Math.floor(plotHeight / 36), 4, 10);
  // The last projected value can exceed the target by a rounding error; that must not add a tick.
  const peak = Math.max(input.target, doubling, ...series.map((p) => p.value)) * (1 - 1e-9);
  const y = linearScale([0, nice(0, peak, tickCount)[1]], [bottom, top]);
  const valueTicks = y.ticks(tickCount);
  const yMax = y.domain[1];
  const grid = (yMax / scenario.step <= 24 ? Array.from({ length: Math.floor(yMax / scenario.step + 1e-9) + 1 }, (_, i) => i * scenario.step) : valueTicks).map(y);
  const left = Math.ceil(Math.max(...valueTicks.map((v) => estimateTextWidth(texts.value(v), fontSize)))) + 8;
  const yearWidth = estimateTextWidth(texts.year(lastYear), fontSize);
  const right = width - Math.max(MARKER_R + 7, Math.ceil(yearWidth / 2) + 2);
  const x = linearScale([input.baseYear, lastYear], [left, right]);

  const yTicks = valueTicks.map((value) => {
    const spot: Spot = { x: left - 6, y: y(value) + fontSize * 0.4, anchor: 'end' };
    return { text: texts.value(value), value, lineY: y(value), ...spot, box: labelBox(texts.value(value), spot, fontSize) };
  });
  // Low enough that the first year clears the "0" of the value axis in the corner.
  const yearBaseline = bottom + Math.round(fontSize * 1.9);
  const xTicks = yearTicks(x.ticks(Math.max(2, Math.floor((right - left) / (yearWidth * 2.2)))), x, yearBaseline, texts, fontSize);
  const unitSpot: Spot = { x: 0, y: Math.ceil(fontSize * 1.2), anchor: 'start' };
  const unitLabel = { text: texts.unit, ...unitSpot, box: labelBox(texts.unit, unitSpot, fontSize) };

  // Marks.
  const points: Point[] = series.map((p) => [x(p.year), y(p.value)]);
  const path = points.length > 1 ? `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}` : '';
  const end = series[series.length - 1];
  const at = (p: { year: number; value: number }, kind: GdpPathMark['kind'], levels: number[] = []): GdpPathMark => ({ kind, x: x(p.year), y: y(p.value), ...p, levels });
  const marks = [at({ year: input.baseYear, value: input.baseValue }, 'actual')];
  // GDP is counted by the year: a step is marked on the first year at or above it, where
  // that year's point is, so the marker stands over its year on the axis. Steps passed in
  // the same year share one marker.
  for (const crossing of crossings) {
    const { year } = crossing;
    if (year === undefined || year > end.year || year <= input.baseYear) continue;
    const previous = marks[marks.length - 1];
    if (previous.year === year) previous.levels.push(crossing.value);
    else marks.push(at(series[year - input.baseYear], 'threshold', [crossing.value]));
    if (crossing.isTarget) marks[marks.length - 1].kind = 'target';
  }
  // A path that never meets the target ends in a mark of its own (so does a target met at the start).
  if (scenario.yearReached === undefined || marks.length === 1) marks.push(at(end, 'end'));

  // Labels last, around everything already drawn; most important first: the story point,
  // where the path ends, the two levels, then the steps. A rising line leaves room
  // above-left and below-right of each point on it.
  const targetY = y(input.target);
  const doublingY = y(doubling);
  // All step labels on one side reads calmest; where neighbouring steps are a year apart
  // they collide, and then take turns above and below the line, counted back from the
  // last mark, whose label goes above-left first.
  const last = marks.length - 1;
  const markRequest = (m: GdpPathMark, turn: boolean) =>
    m.kind === 'end'
      ? { text: texts.end(m.year, m.value), spots: around(m, ['above-left', 'below-left', 'left'], fontSize) }
      : {
          text: texts.year(m.year),
          // The target's year is set bold (like the story point's words).
          bold: m.kind === 'target',
          spots: around(m, turn ? ['below-right', 'above-left', 'right', 'left', 'above-right', 'below-left'] : ['above-left', 'below-right', 'left', 'right', 'above-right', 'below-left'], fontSize),
        };
  const place = (alternate: boolean) =>
    placeLabels(
      [
        { text: texts.actual, spots: around(marks[0], ['below-right', 'above-right', 'right'], fontSize), bold: true },
        markRequest(marks[last], false),
        { text: texts.doubling, spots: alongLine(doublingY, left, right, fontSize) },
        { text: texts.target, spots: alongLine(targetY, left, right, fontSize) },
        ...marks.slice(1, last).map((m, i) => markRequest(m, alternate && (last - 1 - i) % 2 === 1)),
      ],
      {
        fontSize,
        bounds: { x0: left, y0: 0, x1: width, y1: bottom },
        boxes: [unitLabel.box, ...marks.map((m) => ({ x0: m.x - MARKER_R - 1, y0: m.y - MARKER_R - 1, x1: m.x + MARKER_R + 1, y1: m.y + MARKER_R + 1 }))],
        lines: [points],
        softLines: [targetY, doublingY].map((ly): Point[] => [[left, ly], [right, ly]]),
      },
    );
  const placed = (labels: (PlacedLabel | undefined)[]) => labels.filter(Boolean).length;
  const uniform = place(false);
  const alternating = placed(uniform) === uniform.length ? uniform : place(true);
  const [actualLabel, lastLabel, doublingLabel, targetLabel, ...stepLabels] = placed(alternating) > placed(uniform) ? alternating : uniform;
  // There is always a last mark besides the actual point: the target, or where the path ends.
  [actualLabel, ...stepLabels, lastLabel].forEach((label, i) => (marks[i].label = label));

  const keys: [GdpPathLegendRow['swatch'], string][] = [['line', texts.legendPath]];
  if (marks.some((m) => m.kind === 'threshold' || m.kind === 'target')) keys.push(['marker', texts.legendMarker(scenario.step)]);
  const legend = legendRows(keys, yearBaseline + Math.round(fontSize * 1.5), width, fontSize);
  const lastLine = legend[legend.length - 1].lines.slice(-1)[0];

  return {
    width,
    height: Math.ceil((lastLine?.y ?? yearBaseline) + fontSize * 0.5),
    fontSize,
    scenario,
    plot: { x0: left, y0: top, x1: right, y1: bottom },
    xTicks,
    yTicks,
    grid,
    unitLabel,
    path,
    marks,
    targetLine: { y: targetY, label: targetLabel },
    doublingLine: { y: doublingY, label: doublingLabel },
    legend,
  };
}
