/**
 * A server-rendered widget opened in happy-dom, a DOM with a real CSS cascade: its
 * declarative shadow root attached, the page's `--gba-*` values set on the host, the
 * window as wide as the layout and in the export's colour scheme. The export reads each
 * element's computed style from it, so selectors, `:host(…)`, `@media`, inheritance and
 * `var()` are resolved by that engine, not by this package; what it leaves as
 * `color-mix()` is mixed by lightningcss. Both load on first use: only the export needs them.
 */
import type { Element as DomElement, HTMLElement as DomHTMLElement, ShadowRoot as DomShadowRoot } from 'happy-dom';

export type { DomElement };

export interface WidgetView {
  host: DomElement;
  root: DomShadowRoot;
  /** `element`'s computed `property`, in plain values (no `var()`, no `color-mix()`); undefined when unset. */
  style(element: DomElement, property: string): string | undefined;
  close(): Promise<void>;
}

export interface ViewOptions {
  theme?: 'light' | 'dark';
  width?: number;
  variables?: Record<string, string>;
}

type Engines = [typeof import('happy-dom'), typeof import('lightningcss')];
let engines: Promise<Engines> | undefined;

function loadEngines(): Promise<Engines> {
  engines ??= Promise.all([import('happy-dom'), import('lightningcss')]).catch((error: unknown) => {
    engines = undefined;
    throw new Error(`SVG and PNG export need the happy-dom and lightningcss packages (npm install happy-dom lightningcss): ${(error as Error).message}`);
  });
  return engines;
}

/** A happy-dom window that runs no script and fetches nothing. */
export async function quietWindow({ width = 640, theme = 'light' }: ViewOptions = {}) {
  const [{ Window }] = await loadEngines();
  const settings = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true };
  return new Window({ width, settings: { ...settings, device: { prefersColorScheme: theme } } });
}

/** Opens the first element of `html` (Lit's server output) with its shadow root attached. */
export async function openWidget(html: string, options: ViewOptions = {}): Promise<WidgetView> {
  const [, { transform }] = await loadEngines();
  const window = await quietWindow(options);
  window.document.body.innerHTML = html;
  const host = window.document.body.firstElementChild as DomHTMLElement;
  // innerHTML keeps a declarative shadow root as a <template>, as a browser's would.
  const template = host.querySelector(':scope > template');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = template?.innerHTML ?? '';
  template?.remove();
  for (const [name, value] of Object.entries(options.variables ?? {})) host.style.setProperty(name, value);

  const mixed = new Map<string, string>();
  const plain = (value: string): string => {
    if (!/color-mix\(/i.test(value)) return value;
    if (!mixed.has(value)) {
      // Targets without color-mix() make lightningcss write the mixed colour; its first value is sRGB.
      const css = transform({ filename: 'mix.css', code: Buffer.from(`a{color:${value}}`), minify: true, targets: { chrome: 90 << 16 } });
      mixed.set(value, /color:([^;}]+)/.exec(css.code.toString())?.[1] ?? value);
    }
    return mixed.get(value) as string;
  };
  return {
    host,
    root,
    style(element, property) {
      const value = window.getComputedStyle(element).getPropertyValue(property).trim();
      return value === '' || /var\(/.test(value) ? undefined : plain(value);
    },
    close: () => window.happyDOM.close(),
  };
}
