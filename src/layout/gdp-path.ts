import { nice } from 'd3-array';
import { legendItems, type GdpPathLegendItem, type LegendSwatch } from './gdp-path-legend.js';
import { gdpPathScenario, type GdpPathInput, type GdpPathScenario, type YearValue } from './gdp-path-scenario.js';
import { labelBox, type Box, type PlacedLabel, type Point, type Spot } from './label-placement.js';
import { linearScale } from './linear-scale.js';
import { SPACE, TYPE } from './scale.js';
import { alongLine, around, crossingX, MARKER_R, yearTicks } from './gdp-path-spots.js';
import { placeBlocks, type BlockRequest, type BlockSpot } from './stacked-labels.js';
import { estimateTextWidth } from './text-width.js';

export * from './gdp-path-scenario.js';
export type { GdpPathLegendItem } from './gdp-path-legend.js';

/** Text size of every label in the drawing; the styles set the same. */
export const FONT_SIZE = TYPE.small;
/** Radius of the ring where the path meets the doubling level: it rings the step marker there. */
export const RING_R = 8;

/** The words the drawing sets, given by the widget in the reader's language. */
export interface GdpPathTexts {
  /** A value tick, in 亿元 ("8000") or billions ("800"). */
  value(value: number): string;
  year(year: number): string;
  /** The value axis' unit: "亿元" / "billion yuan". */
  unit: string;
  /** The story point: "2023年：4022.5亿元". */
  actual: string;
  /** The target line's label, where the path does not reach it: "目标：1万亿元". */
  target: string;
  /** The target mark's label, longest form first: "1万亿元，约2037年". */
  targetMark(year: number): string[];
  /** The doubling level's label where the path meets it (forms, each a list of lines), or on the line when it does not. */
  doubling(year?: number): string[][];
  /** The comparison's label (forms, each a list of lines): "若要2033年到1万亿元" / "需年均增长9.53%". */
  comparison: string[][];
  /** The comparison's key, when no label fits beside it: "若要2033年到1万亿元：年均增长9.53%". */
  legendComparison: string;
  /** The end of a path that never meets the target. */
  end(year: number, value: number): string;
  legendPath: string;
  /** The key to the threshold markers, given the step they mark (1000亿元). */
  legendMarker(step: number): string;
}

/** A keyboard-reachable mark: where it is, what it stands for, its label when one fits. */
export interface GdpPathMark {
  kind: 'actual' | 'threshold' | 'doubling' | 'target' | 'end';
  x: number;
  y: number;
  /** GDP at the mark: the actual figure, the projection for its year, or the doubling level. */
  value: number;
  year: number;
  /** The 1000亿 steps (and the target) first reached in this year; empty for the actual point, the doubling and the end. */
  levels: number[];
  label?: PlacedLabel;
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
  /** The thin dashed path that meets the target in `years`, labelled; none when it is the drawn path. */
  comparison?: { path: string; labels: PlacedLabel[] };
  /** Actual point first, then the steps and the doubling by year, then the target's (or the path's end). */
  marks: GdpPathMark[];
  targetLine: { y: number; label?: PlacedLabel };
  /** The doubling level; `crossX` is where the drawn path meets it, and its label stands beside that point. */
  doublingLine: { y: number; crossX?: number; labels: PlacedLabel[] };
  legend: GdpPathLegendItem[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10) / 10;

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
  const { series, crossings, doubling, planYear, comparison } = scenario;
  const lastYear = Math.max(planYear, scenario.yearReached ?? planYear);
  const lineHeight = Math.round(fontSize * 1.5);

  // Margins and scales first. The top margin holds the unit above the highest tick.
  const top = Math.ceil(fontSize * 2.5);
  const plotHeight = clamp(Math.round(width * 0.55), 210, 360);
  const bottom = top + plotHeight;
  const tickCount = clamp(Math.floor(plotHeight / 36), 4, 10);
  // The last projected value can exceed the target by a rounding error; that must not add a tick.
  const peak = Math.max(input.target, doubling, ...series.map((p) => p.value)) * (1 - 1e-9);
  const y = linearScale([0, nice(0, peak, tickCount)[1]], [bottom, top]);
  const valueTicks = y.ticks(tickCount);
  const yMax = y.domain[1];
  const grid = (yMax / scenario.step <= 24 ? Array.from({ length: Math.floor(yMax / scenario.step + 1e-9) + 1 }, (_, i) => i * scenario.step) : valueTicks).map(y);
  const left = Math.ceil(Math.max(...valueTicks.map((v) => estimateTextWidth(texts.value(v), fontSize)))) + SPACE.s;
  const yearWidth = estimateTextWidth(texts.year(lastYear), fontSize);
  const right = width - Math.max(MARKER_R + 7, Math.ceil(yearWidth / 2) + 2);
  const x = linearScale([input.baseYear, lastYear], [left, right]);

  const yTicks = valueTicks.map((value) => {
    const spot: Spot = { x: left - 6, y: y(value) + fontSize * 0.4, anchor: 'end' };
    return { text: texts.value(value), value, lineY: y(value), ...spot, box: labelBox(texts.value(value), spot, fontSize) };
  });
  // Low enough that the first year clears the "0" of the value axis in the corner.
  const yearBaseline = bottom + Math.round(fontSize * 1.9);
  const xTicks = yearTicks(x.ticks(Math.max(2, Math.floor((right - left) / (yearWidth * 2.2)))), x, yearBaseline, texts.year, fontSize);
  const unitSpot: Spot = { x: 0, y: Math.ceil(fontSize * 1.2), anchor: 'start' };
  const unitLabel = { text: texts.unit, ...unitSpot, box: labelBox(texts.unit, unitSpot, fontSize) };

  // Marks.
  const toPoints = (s: YearValue[]): Point[] => s.map((p) => [x(p.year), y(p.value)]);
  // By hand, not d3-shape's `line().digits(1)`: that draws the same string (checked on 20,000
  // random polylines), but d3-shape 3.2.1 ships one module whose curve factories survive
  // tree-shaking, so `line` alone cost 2,926 B gzip on gdp-path bundled alone (38,204 → 41,130)
  // and 3,479 B on gba-widgets.min.js (111,566 → 115,045): a tenth of the one-widget budget.
  const toPath = (points: Point[]) => (points.length > 1 ? `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}` : '');
  const points = toPoints(series);
  const comparisonPoints = comparison ? toPoints(comparison) : undefined;
  const end = series[series.length - 1];
  const at = (p: YearValue, kind: GdpPathMark['kind'], levels: number[] = []): GdpPathMark => ({ kind, x: x(p.year), y: y(p.value), ...p, levels });
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
  const last = marks[marks.length - 1];
  const steps = marks.slice(1, -1);

  // The doubling: a ring where the drawn line meets its level, labelled right there.
  const targetY = y(input.target);
  const doublingY = y(doubling);
  const crossX = crossingX(points, doublingY);
  // A target at or below the doubling is met first: its own mark says when.
  const doublingMark: GdpPathMark | undefined =
    crossX === undefined || scenario.doublingYear === undefined || doubling >= input.target * (1 - 1e-9) ? undefined : { kind: 'doubling', x: crossX, y: doublingY, value: doubling, year: scenario.doublingYear, levels: [] };

  // Labels last, around everything already drawn; most important first: the story point,
  // where the path ends, the doubling, the comparison, then the steps. A rising line leaves
  // room above-left and below-right of each point on it; the comparison runs above-left of
  // the drawn path, so the steps are labelled below-right, under the line.
  const lastRequest: BlockRequest =
    last.kind === 'end'
      ? { forms: [[texts.end(last.year, last.value)]], spots: around(last, ['above-left', 'below-left', 'left']) }
      : { forms: texts.targetMark(last.year).map((t) => [t]), spots: around(last, ['above-left', 'left', 'below-left', 'below-right']), bold: true };
  const doublingRequest: BlockRequest = doublingMark
    ? { forms: texts.doubling(doublingMark.year), spots: around(doublingMark, ['below-right', 'above-left', 'above-right', 'below-left'], RING_R + SPACE.xs) }
    : { forms: texts.doubling(), spots: alongLine(doublingY, left, right) };
  // Above-left of points along the comparison, every half year from its end (on the target
  // line) back to its middle; where none is free of the reference lines, the key names it.
  const comparisonRequest: BlockRequest | undefined = comparisonPoints && {
    forms: texts.comparison,
    strict: true,
    spots: Array.from({ length: comparisonPoints.length }, (_, k) => comparisonPoints.length - 1 - k / 2)
      .filter((i) => i >= comparisonPoints.length / 2)
      .map((i): BlockSpot => {
        const [[x0, y0], [x1, y1]] = [comparisonPoints[Math.floor(i)], comparisonPoints[Math.ceil(i)]];
        const t = i - Math.floor(i);
        return { x: x0 + t * (x1 - x0) - SPACE.xs, y: y0 + t * (y1 - y0) - SPACE.xs, anchor: 'end', from: 'bottom' };
      }),
  };
  // Steps are labelled from the left while they keep clear; the doubling's label names its own year.
  const stepRequests: BlockRequest[] = steps.map((m) => ({
    forms: m.year === doublingMark?.year ? [] : [[texts.year(m.year)]],
    spots: around(m, ['below-right', 'right', 'above-left', 'left']),
    // A step's year keeps SPACE.s from every other label, the doubling's and the target's years
    // too, and never sits on a reference line, where it would seem to name it.
    margin: SPACE.s - 2,
    strict: true,
  }));
  const ring = doublingMark && { x0: doublingMark.x - RING_R, y0: doublingY - RING_R, x1: doublingMark.x + RING_R, y1: doublingY + RING_R };
  const [actualLabel, lastLabel, doublingLabels, targetLabel, comparisonLabels, ...stepLabels] = placeBlocks(
    [
      { forms: [[texts.actual]], spots: around(marks[0], ['below-right', 'above-right', 'right']), bold: true },
      lastRequest,
      doublingRequest,
      // The target line is named by its mark's label when the path reaches it.
      last.kind === 'end' ? { forms: [[texts.target]], spots: alongLine(targetY, left, right) } : { forms: [], spots: [] },
      comparisonRequest ?? { forms: [], spots: [] },
      ...stepRequests,
    ],
    {
      fontSize,
      bounds: { x0: left, y0: 0, x1: width, y1: bottom },
      boxes: [unitLabel.box, ...marks.map((m) => ({ x0: m.x - MARKER_R - 1, y0: m.y - MARKER_R - 1, x1: m.x + MARKER_R + 1, y1: m.y + MARKER_R + 1 })), ...(ring ? [ring] : [])],
      lines: comparisonPoints ? [points, comparisonPoints] : [points],
      softLines: [targetY, doublingY].map((ly): Point[] => [[left, ly], [right, ly]]),
    },
  );
  marks[0].label = actualLabel?.[0];
  last.label = lastLabel?.[0];
  steps.forEach((m, i) => (m.label = stepLabels[i]?.[0]));
  // The doubling takes its place among the marks by where it stands, for the arrow keys.
  if (doublingMark) {
    const next = marks.findIndex((m) => m.x > doublingMark.x + 1e-6);
    marks.splice(next === -1 ? marks.length - 1 : next, 0, doublingMark);
  }

  const keys: [LegendSwatch, string][] = [['line', texts.legendPath]];
  if (steps.length || last.kind === 'target') keys.push(['marker', texts.legendMarker(scenario.step)]);
  if (comparisonPoints && !comparisonLabels) keys.push(['comparison', texts.legendComparison]);
  const legend = legendItems(keys, yearBaseline + lineHeight, width, fontSize, lineHeight);
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
    path: toPath(points),
    ...(comparisonPoints ? { comparison: { path: toPath(comparisonPoints), labels: comparisonLabels ?? [] } } : {}),
    marks,
    targetLine: { y: targetY, label: targetLabel?.[0] },
    doublingLine: { y: doublingY, ...(crossX === undefined ? {} : { crossX }), labels: doublingLabels ?? [] },
    legend,
  };
}
