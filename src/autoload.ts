/**
 * `dist/autoload.js`: the one script an editor pastes, before any of the widgets' tags.
 *
 * It looks for the widgets' tags in the page — those present when it runs and those added
 * later (a MutationObserver), also inside the open shadow roots it can see — and imports the
 * module of each tag it finds, once. Every import is a chunk beside this file, named
 * relative to it (the bundler writes `import('./autoload/…')`, which the browser resolves
 * against this module's own URL), so a copy of dist/ hosted anywhere works. What widgets
 * share (Lit, the runtime, each article section's figures, each language's words) are chunks
 * of their own, fetched once for all the widgets of a page.
 *
 * Server-rendered widgets (a declarative shadow root in the page) need Lit's hydration
 * support, which must be evaluated before LitElement is: the loader looks for them first and,
 * only then, imports it before any widget's module.
 *
 * A widget's module imports others, which import others, and it fetches its words (and
 * <key-figure> its figures) only once all that has run: a page would wait a round trip per
 * step. So, before importing a widget, the loader asks for every file it will fetch at once,
 * as `<link rel="modulepreload">`s (fetched and compiled, not run: the hydration rule above
 * still holds): the build writes the list of each tag into this file
 * (scripts/rollup-preload-map.mjs), and the loader picks the language packs of the language
 * the widget will draw in. While those are on their way, it warms the browser's Chinese word
 * segmenter, whose dictionary otherwise costs the first render ~35 ms.
 */
const widgets: Readonly<Record<string, () => Promise<unknown>>> = {
  'key-figure': () => import('./components/key-figure/key-figure.js'),
  'gdp-path': () => import('./components/gdp-path/gdp-path.js'),
  'industry-cluster': () => import('./components/industry-cluster/industry-cluster.js'),
  'innovation-pipeline': () => import('./components/innovation-pipeline/innovation-pipeline.js'),
  'zone-card': () => import('./components/zone-card/zone-card.js'),
  'plan-timeline': () => import('./components/plan-timeline/plan-timeline.js'),
  'land-ledger': () => import('./components/land-ledger/land-ledger.js'),
  'project-pipeline': () => import('./components/project-pipeline/project-pipeline.js'),
  'bridge-models': () => import('./components/bridge-models/bridge-models.js'),
};

const isWidget = (tag: string): boolean => Object.prototype.hasOwnProperty.call(widgets, tag);

/**
 * Written by the build (scripts/rollup-preload-map.mjs): the file names under autoload/
 * (without `.js`), and per tag five lists of them, one character per file (its index + 40,
 * the backslash skipped), separated by spaces: its module's static chunks (its own first), its
 * Simplified packs, its English packs, the Traditional table, the figures it shows by default.
 */
const [names, lists] = JSON.parse('__GBA_PRELOAD__') as [string[], Record<string, string>];
/** Files already asked for, by their character. */
const preloaded = new Set<string>();
let warm = true;

/** Asks for every file `element`'s module will fetch, each once, before its module is imported. */
function preload(element: Element): void {
  // The language it will draw in, as LocaleController resolves it: the nearest `lang`,
  // across shadow roots (a blank `lang` of its own is none; an ancestor's ends the search);
  // Simplified unless it reads as English or Traditional.
  let node: Node | null = element.getAttribute('lang')?.trim() ? element : element.parentNode;
  while (node && !(node instanceof Element && node.hasAttribute('lang'))) node = node instanceof ShadowRoot ? node.host : node.parentNode;
  const lang = ((node as Element | null)?.getAttribute('lang') ?? '').trim().toLowerCase();
  const english = /^en\b/.test(lang);
  const [own, zh, en, hant, figures] = lists[element.localName].split(' ');
  // <key-figure>'s section of figures: the default one's, unless `figure` names another.
  const files = own + (element.hasAttribute('figure') ? '' : figures) + (english ? en : zh + (/^zh\b.*-(hant|hk|tw|mo)\b/.test(lang) ? hant : ''));
  for (const file of files) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    const code = file.charCodeAt(0);
    link.href = new URL(`autoload/${names[code - (code > 92 ? 41 : 40)]}.js`, import.meta.url).href;
    document.head.append(link);
  }
  // Chinese text is cut into words by the browser's segmenter (src/layout/line-units.ts),
  // whose dictionary loads once per renderer, ~35 ms a first render would otherwise pay:
  // built now, in a task of its own while the files are on their way.
  if (warm && !english && typeof Intl.Segmenter === 'function') {
    warm = false;
    setTimeout(() => new Intl.Segmenter('zh', { granularity: 'word' }));
  }
}

/** Tags whose module was asked for. */
const requested = new Set<string>();
/** Settles when what must precede every widget's module is in: the hydration support, if the page needs it. */
let before: Promise<unknown> | undefined;
/** Shadow roots already watched. */
const watched = new WeakSet<Node>();

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) for (const node of addedNodes) if (node instanceof Element) discover(node);
});

function load(element: Element, serverRendered: boolean): void {
  const tag = element.localName;
  if (customElements.get(tag)) return;
  // Each element, for its language's packs: two of one tag may draw in two languages.
  preload(element);
  if (requested.has(tag)) return;
  requested.add(tag);
  // Decided once, before the first widget's module (and so Lit) loads: later it is too late.
  before ??= serverRendered ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js') : Promise.resolve();
  before
    .then(widgets[tag])
    .catch((error: unknown) => console.error(`gba-widgets: could not load <${tag}>`, error));
}

/** Whether the page holds a server-rendered widget: a declarative shadow root the parser has attached, or one still in a template. */
const hasServerRendered = (elements: Element[], root: ParentNode): boolean =>
  elements.some((element) => isWidget(element.localName) && element.shadowRoot !== null) || root.querySelector('template[shadowrootmode]') !== null;

/**
 * Loads the modules of the widget tags in `root` (itself included) and watches the open
 * shadow roots in it. Exported for a host whose own components draw widgets in shadow roots
 * made after this loader looked: `discover(element.shadowRoot)`.
 */
export function discover(root: Element | ShadowRoot | Document): void {
  const elements = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll('*')];
  const serverRendered = before === undefined && hasServerRendered(elements, root);
  for (const element of elements) {
    if (isWidget(element.localName)) load(element, serverRendered);
    // A widget's own shadow root holds no widgets; another component's may.
    else if (element.shadowRoot && !watched.has(element.shadowRoot)) {
      watched.add(element.shadowRoot);
      observer.observe(element.shadowRoot, { childList: true, subtree: true });
      discover(element.shadowRoot);
    }
  }
}

discover(document);
observer.observe(document.documentElement, { childList: true, subtree: true });
