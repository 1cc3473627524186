/**
 * One `resize` listener on the window for every widget that wants to re-lay out in the
 * frame the window changed size. The window's `resize` event runs in that frame's
 * rendering steps, before requestAnimationFrame callbacks, ResizeObservers and paint;
 * a ResizeObserver reports only after layout, too late to draw without waiting a frame
 * (rendering in its callback would change the observed host's height in the same frame,
 * which Chromium reports as a ResizeObserver loop).
 *
 * Widths are all read before any widget renders: one layout of the page, not one per
 * widget (each listener would run its widget's update in between, and the next read
 * would lay the page out again).
 */
export interface WindowResizeClient {
  /** The host's content-box width now, or 0 to skip it (far from view, hidden). */
  readWidth(): number;
  /** Re-lay out at `width` (read in the same pass as every other client's). */
  resized(width: number): void;
}

const clients = new Set<WindowResizeClient>();

function onResize(): void {
  const widths = [...clients].map((client) => [client, client.readWidth()] as const);
  for (const [client, width] of widths) if (width > 0) client.resized(width);
}

export function watchWindowResize(client: WindowResizeClient): void {
  if (typeof addEventListener !== 'function') return;
  if (clients.size === 0) addEventListener('resize', onResize);
  clients.add(client);
}

export function unwatchWindowResize(client: WindowResizeClient): void {
  if (!clients.delete(client) || clients.size > 0) return;
  removeEventListener('resize', onResize);
}
