import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../format/locale.js';

/** The nearest `lang` above `element`, crossing shadow-root boundaries. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Resolves the widget's language: its own `lang`, else the nearest ancestor's, else
 * the document's, else Simplified Chinese. Watches `lang` anywhere in the document so
 * a page-level language switch reaches every widget without JavaScript of the page's.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * `own` is the host's `lang` property (its attribute may not be reflected yet);
   * `unsupported` echoes it when it names no language we speak.
   */
  resolve(own: string | null = this.host.getAttribute('lang')): { locale: Locale; unsupported?: string } {
    if (own !== null && own.trim() !== '') {
      const locale = parseLocale(own);
      return locale ? { locale } : { locale: DEFAULT_LOCALE, unsupported: own };
    }
    // An inherited language we do not speak (a French page) is not an editor's mistake.
    return { locale: parseLocale(inheritedLang(this.host)) ?? DEFAULT_LOCALE };
  }

  hostConnected(): void {
    if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
