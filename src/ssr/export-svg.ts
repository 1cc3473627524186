/**
 * A widget as one standalone SVG picture: title and takeaway, the chart, notes and the
 * source line, all real `<text>`, every colour and size resolved from the theme. The
 * chart is the server-rendered widget's own `<svg>` (the same layout code as the
 * browser), so the picture and the page never disagree.
 */
import { wrapText } from '../layout/text-width.js';
import { StyleResolver } from './inline-theme.js';
import { checkVariables } from './css-values.js';
import {
  descendants,
  element,
  find,
  hasToken,
  parseMarkup,
  serializeXML,
  text,
  textContent,
  type MarkupElement,
  type MarkupNode,
} from './markup-tree.js';
import { checkWidth, DEFAULT_WIDTH, renderToHTML, type Attributes } from './render-to-html.js';

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

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that only mean something to a live, focusable widget. */
const LIVE_ATTRIBUTES = /^(tabindex|role|aria-.*|style)$/;
/** The em box's top is about 0.88 em above the baseline in CJK fonts (Noto/Source Han, PingFang). */
const ASCENT = 0.88;
const fmt = (n: number): string => String(Math.round(n * 100) / 100);

const byPart = (root: MarkupElement, part: string): MarkupElement[] => [...descendants(root)].filter((n) => hasToken(n, 'part', part));

/** The inline messages (bad attribute, bad data) a server-rendered widget shows, in its language. */
export function widgetMessages(html: string): string[] {
  return byPart(parseMarkup(html), 'message').flatMap((m) => [...descendants(m)].filter((n) => n.name === 'p').map(textContent));
}

/** The shadow tree's chart drawing, with each element's theme resolved into its `style`. */
function cloneDrawing(node: MarkupElement, styles: StyleResolver, root: boolean): MarkupElement {
  const attributes: Record<string, string> = {};
  for (const [name, value] of node.attributes) {
    if (LIVE_ATTRIBUTES.test(name) || name.startsWith('@') || name.startsWith('.')) continue;
    attributes[name] = name === 'class' ? value.trim().replace(/\s+/g, ' ') : value;
  }
  if (attributes.class === '') delete attributes.class;
  const style = styles.svgStyle(node, root);
  if (style) attributes.style = style;
  const children: MarkupNode[] = node.children.map((child) => (child.type === 'text' ? text(child.text) : cloneDrawing(child, styles, false)));
  return element(node.name, attributes, children);
}

interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  style: string;
  className: string;
}

function textBlock(node: MarkupElement, styles: StyleResolver, maxWidth: number, className: string): TextBlock {
  const fontSize = styles.fontSize(node);
  const style = [
    `font-size:${fmt(fontSize)}px`,
    `font-weight:${styles.computed(node, 'font-weight') ?? 'normal'}`,
    `fill:${styles.computed(node, 'color') ?? '#000'}`,
  ].join(';');
  return { lines: wrapText(textContent(node), fontSize, maxWidth), fontSize, lineHeight: styles.lineHeight(node), style, className };
}

/** Sets `block` from `top`; returns the `<text>` elements and the y under the last line. */
function placeBlock(block: TextBlock, x: number, top: number): { nodes: MarkupElement[]; bottom: number } {
  const nodes = block.lines.map((line, i) => {
    const baseline = top + i * block.lineHeight + (block.lineHeight - block.fontSize) / 2 + ASCENT * block.fontSize;
    return element('text', { class: block.className, x: fmt(x), y: fmt(baseline), style: block.style }, [text(line)]);
  });
  return { nodes, bottom: top + block.lines.length * block.lineHeight };
}

export async function exportFigure(tag: string, attributes: Attributes = {}, options: ExportOptions = {}): Promise<ExportedFigure> {
  const width = checkWidth(options.width ?? DEFAULT_WIDTH);
  checkVariables(options.variables);
  const padding = options.padding ?? 16;
  const inner = width - 2 * padding;
  const theme = options.theme ?? (attributes.theme === 'dark' ? 'dark' : 'light');
  const html = await renderToHTML(tag, { ...attributes, theme }, { width: inner, data: options.data });

  const tree = parseMarkup(html);
  const host = find(tree, (n) => n.name === tag) as MarkupElement;
  const css = [...descendants(host)].filter((n) => n.name === 'style').map((n) => (n.children[0]?.type === 'text' ? n.children[0].text : '')).join('\n');
  const styles = new StyleResolver(host, css, { theme, width: inner, variables: options.variables });

  const messages = widgetMessages(html);
  const [chartBox] = byPart(host, 'chart');
  const drawing = chartBox && find(chartBox, (n) => n.name === 'svg');
  if (messages.length || !drawing) throw new WidgetMessageError(tag, messages.length ? messages : ['no chart was drawn']);

  const [figure] = byPart(host, 'figure');
  const [titleNode] = byPart(host, 'title');
  const [takeawayNode] = byPart(host, 'takeaway');
  const notes = byPart(host, 'notes');
  const [sourceNode] = byPart(host, 'source');
  const title = titleNode ? textContent(titleNode) : '';
  const description = find(drawing, (n) => n.name === 'desc');
  const lang = figure?.attributes.get('lang') ?? host.attributes.get('lang') ?? 'zh-CN';

  const body: MarkupElement[] = [];
  let y = padding;
  const blocks = (nodes: MarkupElement[], className: string, gap: number): void => {
    for (const node of nodes) {
      const placed = placeBlock(textBlock(node, styles, inner, className), padding, y + gap);
      body.push(...placed.nodes);
      y = placed.bottom;
    }
  };
  blocks(titleNode ? [titleNode] : [], 'title', 0);
  blocks(takeawayNode ? [takeawayNode] : [], 'takeaway', 4);
  y += 8;
  const chartWidth = Number(drawing.attributes.get('width')) || inner;
  const chartHeight = Number(drawing.attributes.get('height')) || 0;
  const chart = cloneDrawing(drawing, styles, true);
  chart.attributes.set('x', fmt(padding));
  chart.attributes.set('y', fmt(y));
  chart.attributes.set('width', fmt(chartWidth));
  chart.attributes.set('height', fmt(chartHeight));
  chart.attributes.set('overflow', 'visible');
  body.push(chart);
  y += chartHeight;
  blocks(notes, 'notes', 8);
  blocks(sourceNode ? [sourceNode] : [], 'source', 8);
  const height = Math.ceil(y + padding);

  const background = (figure && styles.backgroundColor(figure)) ?? (styles.backgroundColor(host) || '#ffffff');
  const font = (figure && styles.computed(figure, 'font-family')) ?? 'sans-serif';
  const summary = [takeawayNode ? textContent(takeawayNode) : '', description ? textContent(description) : ''].filter(Boolean).join(' ');
  const picture = element(
    'svg',
    {
      xmlns: SVG_NS,
      width: String(width),
      height: String(height),
      viewBox: `0 0 ${width} ${height}`,
      lang,
      'xml:lang': lang,
      role: 'img',
      'aria-labelledby': 'gba-title gba-desc',
      style: `font-family:${font}`,
    },
    [
      element('title', { id: 'gba-title' }, [text(title)]),
      element('desc', { id: 'gba-desc' }, [text(summary)]),
      element('rect', { class: 'background', width: String(width), height: String(height), style: `fill:${background}` }),
      ...body,
    ],
  );
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXML(picture)}\n`;
  const allText = [...descendants(picture)].filter((n) => n.name === 'text' || n.name === 'tspan').map(textContent).join('');
  return { svg, width, height, title, text: allText };
}

/** The widget as a standalone SVG document (a string). */
export async function exportSVG(tag: string, attributes: Attributes = {}, options: ExportOptions = {}): Promise<string> {
  return (await exportFigure(tag, attributes, options)).svg;
}
