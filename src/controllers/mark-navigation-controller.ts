import type { ReactiveController, ReactiveControllerHost } from 'lit';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Moves a single "active mark" through a chart's marks from the keyboard, the way a
 * roving tab stop moves through a toolbar: the chart is one tab stop, arrows step,
 * Home/End jump, Escape closes. `active` is -1 when nothing is shown.
 */
export class MarkNavigationController implements ReactiveController {
  active = -1;
  count = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Keeps `active` inside the marks when a re-layout changes how many there are. */
  setCount(count: number): void {
    this.count = count;
    if (this.active >= count) this.active = count - 1;
  }

  show(index: number): void {
    const next = this.count === 0 ? -1 : Math.max(-1, Math.min(this.count - 1, index));
    if (next !== this.active) {
      this.active = next;
      this.host.requestUpdate();
    }
  }

  close(): void {
    this.show(-1);
  }

  /** Handles one key; true when the key was ours, so the caller prevents the default. */
  handleKey(key: string): boolean {
    if (this.count === 0) return false;
    if (NEXT.has(key)) this.show(this.active < 0 ? 0 : (this.active + 1) % this.count);
    else if (PREVIOUS.has(key)) this.show(this.active <= 0 ? this.count - 1 : this.active - 1);
    else if (key === 'Home') this.show(0);
    else if (key === 'End') this.show(this.count - 1);
    else if (key === 'Escape' && this.active >= 0) this.close();
    else return false;
    return true;
  }
}
