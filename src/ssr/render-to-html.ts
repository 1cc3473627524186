/**
 * `renderToHTML(tag, attributes, options)`: a widget as HTML with a declarative shadow
 * root, the finished figure with JavaScript off. When the bundle does load, the widget
 * lays out at the same width first (`ssr-width`), so its first render is the same drawing.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { checkAttributeNames, dataJSON } from './server-input.js';
import { registerWidgets, widget } from './widgets.js';

export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

export interface RenderOptions {
  /** Width in CSS px to lay the widget out at (no ResizeObserver on a server). Default 640. */
  width?: number;
  /**
   * Your own data, as the widget's `data` property takes it: JSON data (no functions), at
   * most 262,144 characters as JSON. It is also written as the widget's child
   * `<script type="application/json">`, so the browser draws the same.
   */
  data?: unknown;
  /**
   * `false` for a page where no script will ever run (a pasted CMS snippet): controls
   * that need JavaScript, like the "View data" button, are not shown. Default `true`.
   */
  interactive?: boolean;
}

export const DEFAULT_WIDTH = 640;
const NOT_INTERACTIVE_CSS = '\n  .toggle { display: none !important; }\n';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON that cannot end its `<script>` early or open a comment. */
const scriptJSON = (json: string): string =>
  json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    text += value === true || value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

export function checkWidth(width: number): number {
  if (!Number.isFinite(width) || width <= 0) throw new Error(`width must be a positive number of CSS pixels, not ${width}.`);
  return Math.round(width);
}

/**
 * The widget `<tag>` with `attributes`, server-rendered: `<tag …><template shadowrootmode="open">…</template></tag>`.
 * Unknown tags, attributes the widget does not own and `data` that is not JSON throw; a bad
 * attribute value renders the widget's own inline message, as in a browser.
 */
export async function renderToHTML(tag: string, attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  checkAttributeNames(await widget(tag), Object.keys(attributes));
  const json = options.data === undefined ? undefined : dataJSON(options.data);
  await registerWidgets();
  if (!customElements.get(tag)) throw new Error(`<${tag}> is documented but not registered by gba-widgets/all.js.`);
  const width = checkWidth(options.width ?? DEFAULT_WIDTH);
  const attrs = attributeText({ ...attributes, 'ssr-width': attributes['ssr-width'] ?? width });
  const open = unsafeStatic(`<${tag}${attrs}`);
  const close = unsafeStatic(`></${tag}>`);
  const template = options.data === undefined ? html`${open}${close}` : html`${open} .data=${options.data}${close}`;
  let out = await collectResult(render(template));
  // The outer template's hydration markers: only the element's own (inside its shadow root) matter.
  out = out.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->\s*$/, '');
  out = out.replace(/^<!--lit-node \d+-->/, ''); // the outer template's `.data` binding
  out = out.replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  if (options.interactive === false) out = out.replace('</style>', `${NOT_INTERACTIVE_CSS}</style>`);
  if (json !== undefined) {
    const end = out.lastIndexOf(`</${tag}>`);
    out = `${out.slice(0, end)}<script type="application/json">${scriptJSON(json)}</script>${out.slice(end)}`;
  }
  return out;
}
