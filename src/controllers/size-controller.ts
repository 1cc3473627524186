import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NearViewport } from './near-viewport.js';
import { unwatchWindowResize, watchWindowResize, type WindowResizeClient } from './window-resize.js';

/**
 * Tracks the content-box width of its host with a ResizeObserver, so a widget fits its
 * container (a CMS column, a grid cell) rather than the window. Until the first
 * observation, and on the server, `width` is the host's `ssr-width` attribute when it
 * has one (the width a server laid it out at: `renderToHTML` in `gba-widgets/ssr.js`
 * writes it, so the browser's first render matches the server's), else the fallback.
 *
 * A widget far from the viewport re-lays out only when it comes near it (or the page is
 * printed): resizing a window re-renders the widgets a reader can see, not every one on
 * a long article page. Until then it shows its last layout, scaled to the new width by
 * its SVG's viewBox. `width` is always the measured one, so any other update uses it.
 *
 * When the window itself resizes, widgets near the viewport read their width in the
 * window's `resize` event and re-render in that same frame (see window-resize.ts); the
 * ResizeObserver then finds the width already drawn. Other container changes (a grid
 * column, a sidebar opening), and hosts inside a CSS transform (whose on-screen width is
 * not their layout width), go through the observer and draw in the next frame.
 */
export class SizeController implements ReactiveController, WindowResizeClient {
  private measured = 0;
  /** The width of the last update: a new measurement equal to it needs no re-render. */
  private drawn = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  /** Border and padding across the host (border box minus content box), from the last observation. */
  private boxExtra = 0;
  private readonly proximity: NearViewport;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly fallbackWidth = 640,
  ) {
    host.addController(this);
    this.proximity = new NearViewport(host, () => this.redraw());
  }

  get width(): number {
    if (this.measured > 0) return this.measured;
    const hint = Number(this.host.getAttribute('ssr-width'));
    return hint > 0 && Number.isFinite(hint) ? hint : this.fallbackWidth;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    if (this.measured === 0 && !this.host.hasAttribute('ssr-width')) this.measureNow();
    this.observer ??= new ResizeObserver((entries) => this.measure(entries));
    this.observer.observe(this.host);
    this.proximity.connect();
    watchWindowResize(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.proximity.disconnect();
    unwatchWindowResize(this);
    if (typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    this.drawn = this.width;
  }

  /** In the window's resize event: the width now, if this host re-lays out now, else 0. */
  readWidth(): number {
    // Before the first measurement the box's border and padding are unknown: leave it to the observer.
    if (this.measured === 0 || !this.proximity.now) return 0;
    // Inside a CSS transform leave the host to the observer: a frame later, but right.
    const borderBox = untransformedWidth(this.host as Element as HTMLElement);
    return borderBox === undefined ? 0 : Math.floor(borderBox - this.boxExtra);
  }

  /** Re-render in this frame: the window's resize event runs before layout and paint. */
  resized(width: number): void {
    this.measured = width;
    this.redraw();
  }

  /**
   * The width before the first render, read once on connecting. Waiting for the observer
   * would draw the first frame at the fallback width, shown scaled to the container, and
   * lay the widget out twice. Reads of widgets upgraded together share one layout of the
   * page: none has rendered (written) yet. A host with `ssr-width` keeps it instead: its
   * first render must match the server's to hydrate.
   */
  private measureNow(): void {
    const host = this.host as Element as HTMLElement;
    const layoutWidth = host.offsetWidth;
    if (!(layoutWidth > 0)) return; // not laid out (display: none, inline, detached): leave it to the observer
    const style = getComputedStyle(host);
    this.boxExtra = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, side) => sum + (parseFloat(style[side as 'paddingLeft']) || 0), 0);
    const width = Math.floor((untransformedWidth(host) ?? layoutWidth) - this.boxExtra);
    if (width > 0) this.measured = width;
  }

  private measure(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    const width = Math.floor(entry.contentRect.width);
    // A hidden or collapsed container reports 0; keep the last real width.
    if (width <= 0) return;
    this.boxExtra = (entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) - entry.contentRect.width;
    this.measured = width;
    // Far from the viewport: NearViewport calls redraw() when the host comes near.
    if (width === this.drawn || !this.proximity.now) return;
    // Re-render in the next frame: rendering inside the observer's callback changes the
    // host's height in the same frame, which Chromium reports as a ResizeObserver loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.host.requestUpdate());
  }

  /** Now (window resize, the host came near, printing starts): draw the measured width if it is not drawn yet. */
  private redraw(): void {
    if (this.width === this.drawn) return;
    cancelAnimationFrame(this.frame);
    this.host.requestUpdate();
  }
}

/**
 * The host's border-box width with the layout's fractions (which the observer floors
 * alike), or `undefined` inside a CSS transform: the rectangle is then scaled, and only
 * offsetWidth (whole pixels) is the layout's.
 */
function untransformedWidth(host: HTMLElement): number | undefined {
  const rectWidth = host.getBoundingClientRect().width;
  return Math.abs(rectWidth - host.offsetWidth) < 1 ? rectWidth : undefined;
}
