/**
 * `color-mix()` worked out to a plain colour, for SVG renderers that do not know it
 * (resvg, Inkscape, older browsers). Mixes in `srgb`, `srgb-linear` and `oklab`; other
 * spaces (`oklch`, `lab`, `hsl`…) are approximated in `oklab`. A mix of anything that is
 * not a literal colour (`currentColor`) is left as it is.
 */
import { splitTopLevel } from './css-rules.js';

type RGBA = [number, number, number, number]; // 0–1 each

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', gray: '#808080', grey: '#808080',
  silver: '#c0c0c0', yellow: '#ffff00', orange: '#ffa500', navy: '#000080', teal: '#008080', maroon: '#800000',
  purple: '#800080', transparent: '#00000000',
};

function parseColour(text: string): RGBA | undefined {
  const value = (NAMED[text.trim().toLowerCase()] ?? text).trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b, a = 255] = full.match(/../g)!.map((h) => parseInt(h, 16));
    return [r / 255, g / 255, b / 255, a / 255];
  }
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (rgb) {
    const parts = rgb.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    const channel = (p: string): number => (p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p) / 255);
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    const result: RGBA = [channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha];
    return result.every(Number.isFinite) ? result : undefined;
  }
  return undefined;
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

function toOklab([r, g, b]: number[]): number[] {
  const [lr, lg, lb] = [r, g, b].map(toLinear);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}

function fromOklab([L, a, b]: number[]): number[] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s].map(fromLinear);
}

function format([r, g, b, a]: RGBA): string {
  const byte = (c: number): string => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}${a < 1 ? byte(a) : ''}`;
}

/** One `color-mix(in <space>, <colour> [p%], <colour> [p%])`; undefined when it cannot be worked out. */
function mix(argument: string): string | undefined {
  const [method, first, second] = splitTopLevel(argument, ',').map((s) => s.trim());
  const space = /^in\s+([\w-]+)/.exec(method ?? '')?.[1];
  if (!space || !first || !second) return undefined;
  const side = (text: string): { colour?: RGBA; percent?: number } => {
    const m = /^(.*?)\s*(?:\s(\d+(?:\.\d+)?)%)?$/.exec(text);
    const [colourText, percentText] = m ? [m[1], m[2]] : [text, undefined];
    const pre = /^(\d+(?:\.\d+)?)%\s+(.*)$/.exec(colourText);
    return pre ? { colour: parseColour(pre[2]), percent: Number(pre[1]) } : { colour: parseColour(colourText), percent: percentText === undefined ? undefined : Number(percentText) };
  };
  const a = side(first);
  const b = side(second);
  if (!a.colour || !b.colour) return undefined;
  let p1 = a.percent ?? (b.percent === undefined ? 50 : 100 - b.percent);
  let p2 = b.percent ?? 100 - p1;
  const total = p1 + p2;
  if (total <= 0) return undefined;
  const alphaScale = Math.min(1, total / 100);
  p1 /= total;
  p2 /= total;
  // Premultiplied by alpha, as CSS Color 5 mixes.
  const alpha = a.colour[3] * p1 + b.colour[3] * p2;
  const convert = space === 'srgb' ? (c: number[]) => c : space === 'srgb-linear' ? (c: number[]) => c.map(toLinear) : toOklab;
  const back = space === 'srgb' ? (c: number[]) => c : space === 'srgb-linear' ? (c: number[]) => c.map(fromLinear) : fromOklab;
  const ca = convert(a.colour.slice(0, 3)).map((c) => c * a.colour![3]);
  const cb = convert(b.colour.slice(0, 3)).map((c) => c * b.colour![3]);
  const mixed = ca.map((c, i) => (alpha === 0 ? 0 : (c * p1 + cb[i] * p2) / alpha));
  return format([...(back(mixed) as [number, number, number]), alpha * alphaScale]);
}

/** `value` with every `color-mix(…)` of literal colours replaced by the colour it makes. */
export function resolveColorMix(value: string): string {
  let result = value;
  for (let guard = 0; guard < 16; guard++) {
    const start = result.toLowerCase().lastIndexOf('color-mix(');
    if (start < 0) break;
    let depth = 0;
    let end = start + 9;
    for (; end < result.length; end++) {
      if (result[end] === '(') depth++;
      else if (result[end] === ')' && --depth === 0) break;
    }
    const mixed = mix(result.slice(start + 10, end));
    if (mixed === undefined) break;
    result = result.slice(0, start) + mixed + result.slice(end + 1);
  }
  return result;
}
