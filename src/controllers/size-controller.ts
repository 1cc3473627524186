import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host with a ResizeObserver, so a widget fits its
 * container (a CMS column, a grid cell) rather than the window. Until the first
 * observation, and on the server, `width` is the host's `ssr-width` attribute when it
 * has one (the width a server laid it out at: `renderToHTML` in `gba-widgets/ssr.js`
 * writes it, so the browser's first render matches the server's), else the fallback.
 */
export class SizeController implements ReactiveController {
  private measured = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly fallbackWidth = 640,
  ) {
    host.addController(this);
  }

  get width(): number {
    if (this.measured > 0) return this.measured;
    const hint = Number(this.host.getAttribute('ssr-width'));
    return hint > 0 && Number.isFinite(hint) ? hint : this.fallbackWidth;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => this.measure(entries));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.frame);
  }

  private measure(entries: ResizeObserverEntry[]): void {
    const width = Math.floor(entries[entries.length - 1].contentRect.width);
    // A hidden or collapsed container reports 0; keep the last real width.
    if (width <= 0) return;
    const changed = width !== this.width;
    this.measured = width;
    if (!changed) return;
    // Re-render in the next frame: rendering inside the observer's callback changes the
    // host's height in the same frame, which Chromium reports as a ResizeObserver loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.host.requestUpdate());
  }
}
