import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host with a ResizeObserver, so a widget fits its
 * container (a CMS column, a grid cell) rather than the window. Until the first
 * observation, and on the server, `width` is the fallback the widget chose.
 */
export class SizeController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    fallbackWidth = 640,
  ) {
    this.width = fallbackWidth;
    host.addController(this);
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
    if (width <= 0 || width === this.width) return;
    this.width = width;
    // Re-render in the next frame: rendering inside the observer's callback changes the
    // host's height in the same frame, which Chromium reports as a ResizeObserver loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.host.requestUpdate());
  }
}
