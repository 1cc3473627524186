/**
 * The theme resolved to concrete values, element by element, for a picture that carries
 * no stylesheet: the cascade of the widget's own CSS over its server-rendered shadow tree
 * (media evaluated for a theme and a width, `:host` for the host), custom properties
 * inherited and every `var()` substituted, so an exported SVG holds plain colours and
 * sizes in `style` attributes and looks the same in any viewer.
 */
import { resolveColorMix } from './color-mix.js';
import { mediaHolds, parseCss, parseDeclarations, splitTopLevel, type CssRule, type Declaration, type MediaContext } from './css-rules.js';
import type { MarkupElement } from './markup-tree.js';
import { compare, matchSpecificity, type Specificity } from './selector-match.js';

export interface ThemeOptions extends MediaContext {
  /** `--gba-*` custom properties, as a page would set them on the widget. */
  variables?: Record<string, string>;
}

/** Properties that mean something on SVG content; the rest (layout, outlines, animation) is dropped. */
const SVG_PROPERTIES = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color', 'font-family', 'font-size', 'font-weight',
  'font-style', 'font-variant', 'font-variant-numeric', 'font-stretch', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration', 'paint-order', 'visibility', 'display', 'mix-blend-mode',
  'isolation', 'shape-rendering', 'text-rendering', 'vector-effect', 'stop-color', 'stop-opacity', 'marker-start', 'marker-mid',
  'marker-end', 'clip-path', 'clip-rule', 'mask', 'filter', 'writing-mode', 'direction', 'white-space',
];

const INHERITED = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'color', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant', 'font-variant-numeric', 'font-stretch', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'word-spacing',
  'paint-order', 'visibility', 'shape-rendering', 'text-rendering', 'clip-rule', 'marker-start', 'marker-mid', 'marker-end',
  'writing-mode', 'direction', 'white-space', 'line-height',
]);

const FONT_KEYWORDS: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };

/** Replaces every `var(--name, fallback)` in `value`; undefined when one resolves to nothing (invalid at computed time). */
export function substituteVars(value: string, lookup: (name: string) => string | undefined): string | undefined {
  let result = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf('var(', i);
    if (start < 0) break;
    result += value.slice(i, start);
    let depth = 0;
    let end = start + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const [name, ...rest] = splitTopLevel(value.slice(start + 4, end), ',');
    const fallback = rest.length ? rest.join(',').trim() : undefined;
    const found = lookup(name.trim()) ?? (fallback !== undefined ? substituteVars(fallback, lookup) : undefined);
    if (found === undefined) return undefined;
    result += found;
    i = end + 1;
  }
  return (result + value.slice(i)).replace(/\s+/g, ' ').trim();
}

/** `font: italic 700 13px/1.4 serif` → its longhands; `font: inherit` → every font longhand inherits. */
function expandShorthand(d: Declaration): Declaration[] {
  if (d.property !== 'font') return [d];
  const longhand = (property: string, value: string): Declaration => ({ property, value, important: d.important });
  if (/^(inherit|initial|unset)$/.test(d.value)) return ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height'].map((p) => longhand(p, d.value));
  const m = /^(?:(italic|oblique|normal)\s+)?(?:(small-caps)\s+)?(?:(bold|bolder|lighter|normal|\d{3})\s+)?([\d.]+(?:px|em|rem|%)|var\([^)]*\))(?:\s*\/\s*([^\s]+))?\s+(.+)$/.exec(d.value);
  if (!m) return [];
  const [, style, , weight, size, lineHeight, family] = m;
  return [
    longhand('font-style', style ?? 'normal'),
    longhand('font-weight', weight ?? 'normal'),
    longhand('font-size', size),
    longhand('line-height', lineHeight ?? 'normal'),
    longhand('font-family', family),
  ];
}

interface Candidate {
  declaration: Declaration;
  tier: number;
  specificity: Specificity;
  order: number;
}

/** Resolves styles over one server-rendered widget: its host element and shadow tree. */
export class StyleResolver {
  private readonly rules: CssRule[];
  private readonly cascaded = new Map<MarkupElement, Map<string, string>>();
  private readonly customs = new Map<MarkupElement, Map<string, string>>();

  constructor(
    private readonly host: MarkupElement,
    css: string,
    private readonly options: ThemeOptions,
  ) {
    this.rules = parseCss(css).filter((rule) => mediaHolds(rule.media, options));
  }

  private parentOf(node: MarkupElement): MarkupElement | undefined {
    if (node === this.host) return undefined;
    const parent = node.parent;
    if (!parent || parent.name === '#fragment') return undefined;
    return parent.name.toLowerCase() === 'template' && parent.parent === this.host ? this.host : parent;
  }

  /** The declared value that wins the cascade for each property of `node`, `var()`s still in. */
  private declared(node: MarkupElement): Map<string, string> {
    let winners = this.cascaded.get(node);
    if (winners) return winners;
    const candidates: Candidate[] = [];
    for (const rule of this.rules) {
      const specificity = matchSpecificity(rule.selectors.join(','), node, this.host);
      if (!specificity) continue;
      for (const declaration of rule.declarations.flatMap(expandShorthand)) {
        candidates.push({ declaration, tier: declaration.important ? 2 : 0, specificity, order: rule.order });
      }
    }
    const inline = node === this.host ? '' : (node.attributes.get('style') ?? '');
    for (const declaration of parseDeclarations(inline).flatMap(expandShorthand)) {
      candidates.push({ declaration, tier: declaration.important ? 3 : 1, specificity: [0, 0, 0], order: Infinity });
    }
    candidates.sort((a, b) => a.tier - b.tier || compare(a.specificity, b.specificity) || a.order - b.order);
    winners = new Map(candidates.map((c) => [c.declaration.property, c.declaration.value]));
    this.cascaded.set(node, winners);
    return winners;
  }

  /** The custom properties in force on `node`, each already free of `var()`. */
  customProperties(node: MarkupElement): Map<string, string> {
    let result = this.customs.get(node);
    if (result) return result;
    const parent = this.parentOf(node);
    const inherited = parent ? this.customProperties(parent) : new Map(Object.entries(this.options.variables ?? {}));
    const declared = new Map([...this.declared(node)].filter(([name]) => name.startsWith('--')));
    const here = new Map<string, string | undefined>();
    const resolving = new Set<string>();
    const resolve = (name: string): string | undefined => {
      if (!declared.has(name)) return inherited.get(name);
      if (here.has(name)) return here.get(name);
      if (resolving.has(name)) return undefined; // a cycle: invalid
      resolving.add(name);
      const raw = declared.get(name) as string;
      const value = raw === 'inherit' ? inherited.get(name) : substituteVars(raw, resolve);
      resolving.delete(name);
      here.set(name, value);
      return value;
    };
    result = new Map(inherited);
    for (const name of declared.keys()) {
      const value = resolve(name);
      if (value === undefined) result.delete(name);
      else result.set(name, value);
    }
    this.customs.set(node, result);
    return result;
  }

  /** `node`'s own value for `property`, resolved; undefined when it sets none (or an invalid one). */
  own(node: MarkupElement, property: string): string | undefined {
    const raw = this.declared(node).get(property);
    if (raw === undefined) return undefined;
    const customs = this.customProperties(node);
    const substituted = substituteVars(raw, (name) => customs.get(name));
    const value = substituted === undefined ? undefined : resolveColorMix(substituted);
    if (value === undefined || value === 'unset' || value === 'initial') return undefined;
    if (value === 'inherit') {
      const parent = this.parentOf(node);
      return parent ? this.computed(parent, property) : undefined;
    }
    if (property === 'font-size') return `${this.fontSize(node)}px`;
    return value;
  }

  /** The value `node` ends up with: its own, else (for inherited properties) its parent's. */
  computed(node: MarkupElement, property: string): string | undefined {
    const own = this.own(node, property);
    if (own !== undefined || !INHERITED.has(property)) return own;
    const parent = this.parentOf(node);
    return parent ? this.computed(parent, property) : undefined;
  }

  fontSize(node: MarkupElement): number {
    const parent = this.parentOf(node);
    const parentSize = parent ? this.fontSize(parent) : 16;
    const raw = this.declared(node).get('font-size');
    const customs = this.customProperties(node);
    const value = raw === undefined ? undefined : substituteVars(raw, (name) => customs.get(name));
    if (value === undefined || value === 'inherit') return parentSize;
    if (value in FONT_KEYWORDS) return FONT_KEYWORDS[value];
    const m = /^(-?[\d.]+)(px|em|rem|%|pt)?$/.exec(value);
    if (!m) return parentSize;
    const n = Number(m[1]);
    const unit = m[2] ?? 'px';
    const px = unit === 'em' ? n * parentSize : unit === '%' ? (n / 100) * parentSize : unit === 'rem' ? n * 16 : unit === 'pt' ? (n * 4) / 3 : n;
    return Math.round(px * 100) / 100;
  }

  lineHeight(node: MarkupElement): number {
    const size = this.fontSize(node);
    const value = this.computed(node, 'line-height') ?? 'normal';
    const m = /^([\d.]+)(px|em|%)?$/.exec(value);
    if (!m) return Math.round(size * 1.3);
    const n = Number(m[1]);
    return m[2] === 'px' ? n : m[2] === '%' ? (n / 100) * size : n * size;
  }

  /** The colour `node` paints behind itself (`background-color`, or the colour in `background`). */
  backgroundColor(node: MarkupElement): string | undefined {
    const colour = this.own(node, 'background-color');
    if (colour) return colour;
    const shorthand = this.own(node, 'background') ?? '';
    return splitTopLevel(shorthand, ' ')
      .map((t) => t.trim())
      .find((t) => /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(.*\)|[a-z]+)$/i.test(t) && !/^(none|repeat|repeat-x|repeat-y|no-repeat|center|top|left|right|bottom|fixed|scroll|local|border-box|padding-box|content-box|auto|cover|contain)$/i.test(t));
  }

  /** The `style` attribute an exported SVG element needs; `root` also takes what it inherits from the HTML around it. */
  svgStyle(node: MarkupElement, root = false): string {
    const parts: string[] = [];
    for (const property of SVG_PROPERTIES) {
      const value = root ? this.computed(node, property) : this.own(node, property);
      if (value === undefined) continue;
      if (property === 'display' && value !== 'none') continue;
      parts.push(`${property}:${value}`);
    }
    return parts.join(';');
  }
}
