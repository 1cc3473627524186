/**
 * The one-file CDN bundle (dist/gba-widgets.min.js): Lit's hydration support first, so
 * server-rendered widgets (`renderToHTML`) keep their server nodes when the bundle loads.
 * It patches LitElement as Lit defines it, so it must be evaluated before Lit: keep it
 * the first import. Then every widget.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './all.js';
