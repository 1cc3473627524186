// What a widget does with a shadow root the server already filled (declarative shadow
// DOM from `renderToHTML`): decide whether its first render would draw the same, and if
// not, empty the root for a fresh render. Kept apart from the element class because it
// leans on how Lit marks a rendered root.
import { adoptStyles, type CSSResultOrNative, type RenderOptions } from 'lit';

/** What the widget's first render will use, compared with what the server used. */
export interface FirstRender {
  localeTag: string;
  width: number;
  /** Data set by a script before the bundle loaded, if any. */
  userData: unknown;
  /** The editor's `<script type="application/json">` child, which the server also read. */
  dataScript: Element | null;
}

/** Whether the first render draws what the server drew: same width, language and data. */
export function drawsAsServer(root: ShadowRoot, host: Element, first: FirstRender): boolean {
  const figure = root.querySelector('[part~="figure"]');
  if (!figure || figure.getAttribute('lang') !== first.localeTag) return false;
  if (first.width !== Number(host.getAttribute('ssr-width'))) return false;
  if (first.userData === undefined) return true;
  try {
    return JSON.stringify(first.userData) === JSON.stringify(JSON.parse(first.dataScript?.textContent ?? 'null'));
  } catch {
    return false;
  }
}

/** Empties the server's root and gives it the widget's styles, so Lit renders into it afresh. */
export function replaceServerRoot(root: ShadowRoot, styles: CSSResultOrNative[], options: RenderOptions): void {
  root.replaceChildren();
  // Lit remembers a rendered root by this property; a stale one would make it patch nodes that are gone.
  delete (root as unknown as { _$litPart$?: unknown })._$litPart$;
  adoptStyles(root, styles);
  options.renderBefore = root.firstChild;
}
