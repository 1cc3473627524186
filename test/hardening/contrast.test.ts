// Hardening: non-text contrast (WCAG 1.4.11) of every data mark of every widget in
// custom-elements.json, in light and dark. A data mark is an SVG shape in the chart whose
// fill or stroke is painted; its colour is resolved by the browser (getComputedStyle, then
// a canvas to turn any CSS colour into sRGB), composited with its opacity over the figure's
// background, and must reach 3:1 against that background.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/all.js';
import { manifestWidgets } from '../conformance/manifest-tags.js';
import { mountAt } from '../helpers/mount.js';

const widgets = await manifestWidgets();
const SHAPES = 'rect, circle, ellipse, line, polyline, polygon, path';

/**
 * Purely decorative shapes, per widget class, that carry no data and need no contrast.
 * Gridlines (`.grid`), anything aria-hidden and the keyboard focus ring are excluded for
 * every widget; list a widget's own decoration here, with why, rather than weakening the rule.
 */
const DECORATIVE: Record<string, string[]> = {
  // "--gba-color-grid - The rule between the flow and the panels": a separator, drawn in the
  // gridline colour; it carries no data.
  'innovation-pipeline': ['rule'],
};

/**
 * NOT decorative, and below 3:1 today: reported in issue 7 (hardening), left out here only so
 * `npm test` stays green. Remove an entry once the widget is fixed; the test then covers it.
 *   <bridge-models> rect.band (the band standing for the Link, --_surface):
 *       light 1.10:1 (#f4f4f4 on #ffffff), dark 1.16:1 (#222222 on #141414)
 *   <land-ledger> polygon.zoom (the zoom wedge between the two share bars, --_grid at 0.7):
 *       light 1.19:1, dark 1.28:1
 */
const REPORTED: Record<string, string[]> = {};

let checkedOverall = 0;

type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser resolved (rgb, oklch, color(), named) as sRGB 0–255 and alpha 0–1. */
function toRgba(colour: string): Rgba | undefined {
  if (!colour || colour === 'none' || colour.startsWith('url(')) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba, opacity: number): Rgba => {
  const k = a * opacity;
  return [r * k + R * (1 - k), g * k + G * (1 - k), b * k + B * (1 - k), 1];
};

const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

const ratio = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour behind the chart: the nearest painted background from the SVG up to the page. */
function background(from: Element): Rgba {
  for (let node: Node | null = from; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (!(node instanceof Element)) continue;
    const colour = toRgba(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0) return colour;
  }
  return [255, 255, 255, 1];
}

/** Product of the element's and its ancestors' `opacity` inside the SVG. */
function opacity(node: Element, svg: Element): number {
  let value = 1;
  for (let n: Element | null = node; n && n !== svg.parentElement; n = n.parentElement) value *= Number(getComputedStyle(n).opacity);
  return value;
}

for (const widget of widgets) {
  const { tagName } = widget;
  for (const theme of ['light', 'dark']) {
    describe(`hardening: non-text contrast of <${tagName}> in ${theme}`, () => {
      afterEach(() => fixtureCleanup());

      it('every data mark reaches 3:1 against the background', async () => {
        const el = await mountAt(tagName, { theme }, 640);
        // Let the first-reveal animation (opacity) end so the final colours are measured.
        await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => undefined)));

        const svg = el.shadowRoot!.querySelector('svg[role="img"]');
        expect(svg, `<${tagName}> draws no chart`).to.not.equal(null);
        const back = background(svg!);
        const decorative = [...(DECORATIVE[tagName] ?? []), ...(REPORTED[tagName] ?? [])];
        const failures: string[] = [];
        let checked = 0;
        for (const shape of svg!.querySelectorAll(SHAPES)) {
          if (shape.closest('.grid, [aria-hidden="true"], .focus-ring, defs, clipPath, mask, marker')) continue;
          if (decorative.some((name) => shape.closest(`.${name}`))) continue;
          const style = getComputedStyle(shape);
          const alpha = opacity(shape, svg!);
          const paints: [string, Rgba | undefined, number][] = [
            ['fill', toRgba(style.fill), Number(style.fillOpacity)],
            ['stroke', parseFloat(style.strokeWidth) > 0 ? toRgba(style.stroke) : undefined, Number(style.strokeOpacity)],
          ];
          const painted = paints.filter(([, colour, paintOpacity]) => colour && colour[3] * paintOpacity * alpha > 0);
          if (painted.length === 0) continue; // an invisible hit area, not a mark
          checked++;
          // A mark is identifiable when its fill or its outline stands out (WCAG 1.4.11).
          const best = Math.max(...painted.map(([, colour, paintOpacity]) => ratio(over(colour!, back, paintOpacity * alpha), back)));
          if (best < 3) {
            const what = painted.map(([name, , ]) => `${name} ${style.getPropertyValue(name)}`).join(', ');
            failures.push(`<${shape.localName} class="${shape.getAttribute('class') ?? ''}"> ${best.toFixed(2)}:1 (${what}) on rgb(${back.slice(0, 3).join(',')})`);
          }
        }
        checkedOverall += checked; // a widget may draw text only (<key-figure> without `compare`)
        expect(failures, `<${tagName}> ${theme}`).to.deep.equal([]);
      });
    });
  }
}

describe('hardening: non-text contrast', () => {
  it('found painted data marks to check (the selector is not silently empty)', () => {
    expect(checkedOverall).to.be.greaterThan(widgets.length);
  });
});
