import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { printing, watchPrintStart } from './print-start.js';

/**
 * Tells its host when the page starts printing (`beforeprint`, or the print media query
 * starting to match, as when a page is emulated for print), so a widget can draw what it
 * keeps out of the DOM on screen: the rows of its closed data table. Listens only while
 * the host is connected; on the server there is no window and it does nothing.
 */
export class PrintController implements ReactiveController {
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly onPrint: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the page is being printed now. */
  get printing(): boolean {
    return printing();
  }

  hostConnected(): void {
    this.stop ??= watchPrintStart(this.onPrint);
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
