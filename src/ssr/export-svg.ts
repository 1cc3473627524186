/**
 * A widget as one standalone SVG picture: title and takeaway, the chart, notes and the
 * source line, all real `<text>`, every colour and size resolved from the theme into
 * `style` attributes, so the picture needs no stylesheet and looks the same in any viewer.
 * The chart is the server-rendered widget's own `<svg>` (the same layout code as the
 * browser), so the picture and the page never disagree.
 */
import { wrapText } from '../layout/text-width.js';
import { checkVariables } from './css-values.js';
import { checkWidth, DEFAULT_WIDTH, renderToHTML, type Attributes } from './render-to-html.js';
import { openWidget, type DomElement, type WidgetView } from './styled-widget.js';

export interface ExportOptions {
  /** Width of the whole picture in CSS px (default 640); the chart is laid out at this minus the padding. */
  width?: number;
  /** `light` (default) or `dark`; a picture has no reader's system to follow. Overrides the `theme` attribute. */
  theme?: 'light' | 'dark';
  /**
   * `--gba-*` custom properties, as a page would set them: `{ '--gba-color-accent': '#005a9c' }`.
   * Colours and lengths only (see `css-values.ts`): anything else is an error, never written.
   */
  variables?: Record<string, string>;
  /** Blank margin around the figure, px. Default 16. */
  padding?: number;
  /** The widget's `data`, as for `renderToHTML`. */
  data?: unknown;
}

export interface ExportedFigure {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** Every character the picture sets, for a font check. */
  text: string;
}

/** The widget showed its inline message (a bad attribute or data) instead of, or beside, the chart. */
export class WidgetMessageError extends Error {
  constructor(tag: string, readonly messages: string[]) {
    super(`<${tag}>: ${messages.join(' ')}`);
    this.name = 'WidgetMessageError';
  }
}

/** Properties that mean something on SVG content; the rest (layout, outlines, animation) is dropped. */
const SVG_PROPERTIES = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color', 'font-family', 'font-size', 'font-weight',
  'font-style', 'font-variant-numeric', 'text-anchor', 'dominant-baseline', 'alignment-baseline', 'baseline-shift',
  'letter-spacing', 'text-decoration', 'paint-order', 'visibility', 'display', 'shape-rendering', 'vector-effect',
  'stop-color', 'stop-opacity', 'clip-path', 'clip-rule', 'mask', 'filter',
];
/** Those an element does not take from its parent: written wherever they are set. */
const NOT_INHERITED = new Set(['opacity', 'display', 'alignment-baseline', 'baseline-shift', 'text-decoration', 'vector-effect', 'stop-color', 'stop-opacity', 'clip-path', 'mask', 'filter']);
/** Attributes that only mean something to a live, focusable widget. */
const LIVE_ATTRIBUTES = /^(tabindex|role|aria-.*|style)$/;
/** The em box's top is about 0.88 em above the baseline in CJK fonts (Noto/Source Han, PingFang). */
const ASCENT = 0.88;
const fmt = (n: number): string => String(Math.round(n * 100) / 100);
const words = (node: DomElement | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One XML element: attributes quoted and escaped, `content` already XML, empty elements self-closed. */
function xml(name: string, attributes: Record<string, string>, content = ''): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`).join('');
  return content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>`;
}

const byPart = (view: WidgetView, part: string): DomElement[] => [...view.root.querySelectorAll(`[part~="${part}"]`)];
const paint = (value: string | undefined): string | undefined => (value && !/^(transparent|rgba\(0, ?0, ?0, ?0\))$/.test(value) ? value : undefined);

const messagesOf = (view: WidgetView): string[] => byPart(view, 'message').flatMap((m) => [...m.querySelectorAll('p')].map(words));

/** The inline messages (bad attribute, bad data) a server-rendered widget shows, in its language. */
export async function widgetMessages(html: string): Promise<string[]> {
  const view = await openWidget(html);
  const messages = messagesOf(view);
  await view.close();
  return messages;
}

/** The chart drawing as XML, each element's computed theme in its `style`: all of it on the root, on the rest what differs from the parent. */
function cloneDrawing(node: DomElement, view: WidgetView, parent?: Map<string, string>): string {
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) {
    if (LIVE_ATTRIBUTES.test(name)) continue;
    const clean = name === 'class' ? (value ?? '').trim().replace(/\s+/g, ' ') : (value ?? '');
    if (clean !== '' || name !== 'class') attributes[name] = clean;
  }
  const own = new Map<string, string>();
  const style: string[] = [];
  for (const property of SVG_PROPERTIES) {
    const value = view.style(node, property);
    if (value === undefined || (property === 'display' && value !== 'none')) continue;
    own.set(property, value);
    if (!parent || NOT_INHERITED.has(property) || parent.get(property) !== value) style.push(`${property}:${value}`);
  }
  if (style.length) attributes.style = style.join(';');
  let content = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) content += escapeText(child.textContent ?? '');
    else if (child.nodeType === 1) content += cloneDrawing(child as DomElement, view, own);
  }
  return xml(node.localName, attributes, content);
}

/** A part's text set in lines of `<text>` from `top`, in its computed font and colour. */
function placeBlock(node: DomElement, view: WidgetView, maxWidth: number, className: string, x: number, top: number) {
  const fontSize = Number(/^([\d.]+)px$/.exec(view.style(node, 'font-size') ?? '')?.[1] ?? 16);
  const [, n, unit] = /^([\d.]+)(px|%)?$/.exec(view.style(node, 'line-height') ?? '') ?? [];
  const lineHeight = n === undefined ? Math.round(fontSize * 1.3) : unit === 'px' ? Number(n) : unit === '%' ? (Number(n) / 100) * fontSize : Number(n) * fontSize;
  const style = `font-size:${fmt(fontSize)}px;font-weight:${view.style(node, 'font-weight') ?? 'normal'};fill:${view.style(node, 'color') ?? '#000'}`;
  const lines = wrapText(words(node), fontSize, maxWidth);
  const markup = lines.map((line, i) => {
    const baseline = top + i * lineHeight + (lineHeight - fontSize) / 2 + ASCENT * fontSize;
    return xml('text', { class: className, x: fmt(x), y: fmt(baseline), style }, escapeText(line));
  });
  return { markup: markup.join(''), text: lines.join(''), bottom: top + lines.length * lineHeight };
}

export async function exportFigure(tag: string, attributes: Attributes = {}, options: ExportOptions = {}): Promise<ExportedFigure> {
  const width = checkWidth(options.width ?? DEFAULT_WIDTH);
  checkVariables(options.variables);
  const padding = options.padding ?? 16;
  const inner = width - 2 * padding;
  const theme = options.theme ?? (attributes.theme === 'dark' ? 'dark' : 'light');
  const html = await renderToHTML(tag, { ...attributes, theme }, { width: inner, data: options.data });
  const view = await openWidget(html, { theme, width: inner, variables: options.variables });
  try {
    const messages = messagesOf(view);
    const drawing = byPart(view, 'chart')[0]?.querySelector('svg');
    if (messages.length || !drawing) throw new WidgetMessageError(tag, messages.length ? messages : ['no chart was drawn']);

    const [figure] = byPart(view, 'figure');
    const [titleNode] = byPart(view, 'title');
    const [takeawayNode] = byPart(view, 'takeaway');
    const title = words(titleNode ?? null);
    const lang = figure?.getAttribute('lang') ?? view.host.getAttribute('lang') ?? 'zh-CN';

    let body = '';
    let text = '';
    let y = padding;
    const blocks = (nodes: DomElement[], className: string, gap: number): void => {
      for (const node of nodes) {
        const placed = placeBlock(node, view, inner, className, padding, y + gap);
        body += placed.markup;
        text += placed.text;
        y = placed.bottom;
      }
    };
    blocks(titleNode ? [titleNode] : [], 'title', 0);
    blocks(takeawayNode ? [takeawayNode] : [], 'takeaway', 4);
    y += 8;
    const chartHeight = Number(drawing.getAttribute('height')) || 0;
    const box = { x: fmt(padding), y: fmt(y), width: fmt(Number(drawing.getAttribute('width')) || inner), height: fmt(chartHeight), overflow: 'visible' };
    Object.entries(box).forEach(([name, value]) => drawing.setAttribute(name, value));
    body += cloneDrawing(drawing, view);
    text += [...drawing.querySelectorAll('text')].map((t) => t.textContent).join('');
    y += chartHeight;
    blocks(byPart(view, 'notes'), 'notes', 8);
    blocks(byPart(view, 'source').slice(0, 1), 'source', 8);
    const height = Math.ceil(y + padding);

    const background = paint(figure && view.style(figure, 'background-color')) ?? paint(view.style(view.host, 'background-color')) ?? '#ffffff';
    const font = (figure && view.style(figure, 'font-family')) ?? 'sans-serif';
    const summary = [words(takeawayNode ?? null), words(drawing.querySelector('desc'))].filter(Boolean).join(' ');
    const picture = xml(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}`, lang, 'xml:lang': lang, role: 'img', 'aria-labelledby': 'gba-title gba-desc', style: `font-family:${font}` },
      xml('title', { id: 'gba-title' }, escapeText(title)) +
        xml('desc', { id: 'gba-desc' }, escapeText(summary)) +
        xml('rect', { class: 'background', width: String(width), height: String(height), style: `fill:${background}` }) +
        body,
    );
    return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${picture}\n`, width, height, title, text };
  } finally {
    await view.close();
  }
}

/** The widget as a standalone SVG document (a string). */
export async function exportSVG(tag: string, attributes: Attributes = {}, options: ExportOptions = {}): Promise<string> {
  return (await exportFigure(tag, attributes, options)).svg;
}
