import { printing, watchPrintStart } from './print-start.js';

/**
 * Whether an element is on screen or close to it (within half a viewport above or
 * below), tracked with an IntersectionObserver. Work that only changes what a reader
 * sees — re-laying out a widget after its container resized — can wait until the
 * element comes near; `onNear` runs when it does. Printing needs every element drawn at
 * its width, so the start of printing (`beforeprint`, or the print media query
 * matching, as when a page is emulated for print) also counts as near.
 *
 * Until the observer's first report the element counts as near: the first layout of a
 * widget is never held back, and neither is anything where IntersectionObserver is
 * missing (the server, old browsers).
 */
export class NearViewport {
  near = true;
  private observer?: IntersectionObserver;
  private stopWatchingPrint?: () => void;

  constructor(
    private readonly element: Element,
    private readonly onNear: () => void,
  ) {}

  connect(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    // Half a viewport of margin: a widget scrolled towards is laid out before it shows.
    this.observer ??= new IntersectionObserver((entries) => this.report(entries), { rootMargin: '50% 0px' });
    this.observer.observe(this.element);
    this.stopWatchingPrint ??= watchPrintStart(() => this.onNear());
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.near = true;
    this.stopWatchingPrint?.();
    this.stopWatchingPrint = undefined;
  }

  /** Whether work for the reader's eyes should happen now rather than when the element comes near. */
  get now(): boolean {
    return this.near || printing();
  }

  private report(entries: IntersectionObserverEntry[]): void {
    const near = entries[entries.length - 1].isIntersecting;
    const came = near && !this.near;
    this.near = near;
    if (came) this.onNear();
  }
}
