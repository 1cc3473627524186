import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the reader asked the system for less motion. Widgets animate only the first
 * reveal, and only when `reduced` is false; on the server it is true, so nothing waits.
 */
export class ReducedMotionController implements ReactiveController {
  reduced = true;
  private query?: MediaQueryList;
  private readonly onChange = (): void => {
    this.reduced = this.query?.matches ?? true;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia === 'undefined') return;
    this.query ??= matchMedia(QUERY);
    this.reduced = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
