import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SELECTOR = ':scope > script[type="application/json"]';

/**
 * The editor's way to give a widget data: a child `<script type="application/json">`.
 * Watches the host's children with a MutationObserver, so a script added, edited or
 * removed after the widget drew (a CMS preview) is read again; `version` counts those
 * changes and lets the host tell a changed script from an update for another reason (a
 * hover) without reading it. On the server there is no observer and no children.
 */
export class DataScriptController implements ReactiveController {
  /** Grows whenever the host's light DOM may hold another script than at the last read. */
  version = 0;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The script child, if any; the server's DOM shim has none. */
  get script(): Element | null {
    return typeof this.host.querySelector === 'function' ? this.host.querySelector(SELECTOR) : null;
  }

  hostConnected(): void {
    // Whatever happened while disconnected went unobserved: read again at the next update.
    this.version++;
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => {
      this.version++;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
