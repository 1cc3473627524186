// What a widget does with a shadow root the server already filled (declarative shadow DOM
// from `renderToHTML` in `gba-widgets/ssr.js`): adopt it, or replace it in the same task.
import { LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
import { drawsAsServer, replaceServerRoot, type FirstRender } from './server-root.js';

/**
 * Server-rendered HTML arrives with a declarative shadow root already showing the finished
 * widget. With Lit's hydration support loaded before Lit (the CDN bundle loads it first) the
 * widget hydrates: its first render, at the server's width (`ssr-width`), in the server's
 * language and from the same data, adopts the server's nodes instead of drawing them again.
 * Without it, or when the first render would not be the server's drawing (another language
 * inherited from the page, data set by a script), the server's nodes are replaced by a fresh
 * render in the same task: no frame shows an empty widget.
 */
export abstract class HydratingElement extends LitElement {
  /** True when the server drew this widget: the reader has seen it (no reveal), table rows included. */
  protected serverDrawn = false;
  /** A server's shadow root with Lit's hydration support: before the first update, hydrated, or replaced. */
  private serverRoot?: 'pending' | 'hydrated' | 'replaced';

  /** What the first render will use, to compare with what the server used. */
  protected abstract firstRender(): FirstRender;

  /** @internal */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.serverDrawn = true;
      if (hasHydrateSupport(this.constructor as typeof LitElement)) this.serverRoot = 'pending';
      else this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** @internal */
  protected override update(changed: PropertyValues): void {
    if (this.serverRoot === 'pending') {
      if (drawsAsServer(this.renderRoot as ShadowRoot, this, this.firstRender())) {
        this.serverRoot = 'hydrated';
        try {
          // Lit's hydration support adopts the server's nodes.
          return super.update(changed);
        } catch {
          // The server's markup was not this template after all (another version of the widget):
          // draw afresh. The support has done the rest of the update and will not hydrate again.
          this.replaceServerRoot();
          render(this.render(), this.renderRoot, this.renderOptions);
          return;
        }
      }
      this.serverRoot = 'replaced';
      this.replaceServerRoot();
    }
    if (this.serverRoot !== 'replaced') return super.update(changed);
    // Replaced: LitElement's update without the patch, which would still try to hydrate once.
    const value = this.render();
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    render(value, this.renderRoot, this.renderOptions);
  }

  private replaceServerRoot(): void {
    replaceServerRoot(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles, this.renderOptions);
  }
}

/** Lit's `lit-element-hydrate-support.js` patched LitElement (it must load before Lit). */
const hasHydrateSupport = (element: typeof LitElement): boolean => element.observedAttributes.includes('defer-hydration');
