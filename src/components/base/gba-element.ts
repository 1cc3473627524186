import { LitElement, ReactiveElement, html, isServer, nothing, render, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { MarkNavigationController } from '../../controllers/mark-navigation-controller.js';
import { printing, watchPrintStart } from '../../controllers/print-start.js';
import { ReducedMotionController } from '../../controllers/reduced-motion-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { describeProblems, describeValue, MAX_JSON_CHARS, shortText, type Problems } from '../../data/validate.js';
import { DEFAULT_LOCALE, SUPPORTED_LANGS, type Locale } from '../../format/locale.js';
import { languageReady, msg } from '../../format/messages.js';
import { FRAME_INSET } from '../../layout/scale.js';
import { jsonErrorPosition } from '../../data/json-position.js';
import { figureStyles } from '../../styles/figure.styles.js';
import { tokens } from '../../styles/tokens.js';
import { aboutTemplate, messagesTemplate, phrased, sourceText, tableTemplate, tooltipTemplate } from './frame-parts.js';
import { drawsAsServer, replaceServerRoot } from './server-root.js';
import type { FatalView, FrameView } from './view.js';

const THEMES = ['auto', 'light', 'dark'];

/** What a widget's layout step can read besides its data. */
export interface LayoutContext {
  width: number;
  locale: Locale;
  /** Report an attribute the editor got wrong; the widget goes on with its default. */
  badAttribute(name: string, value: unknown, expected: string): void;
}

/**
 * The contract every widget keeps, in one place: language and theme, `data` with
 * validation (property or a child `<script type="application/json">`), the figure
 * frame (caption, SVG with role img, data table, source line), inline messages instead
 * of exceptions, container sizing and keyboard steps through marks.
 *
 * A widget supplies four things: its bundled data, a validator, a layout step that
 * turns data into a view (geometry from `src/layout/`), and the SVG of that view.
 */
export abstract class GbaElement<TData, TView extends FrameView> extends LitElement {
  static override styles = [tokens, figureStyles];

  /** Language: `zh-CN` (default), `zh-HK`, `zh-TW`, `zh-Hant` or `en`. Absent: the nearest ancestor's, then the document's. */
  // Not reflected: an empty `lang=""` on the host would declare its language unknown.
  @property() override lang = '';

  /** Colour theme: `auto` (follows the reader's system), `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  @state() private tableOpen = false;
  /**
   * Whether the table's rows are in the DOM. Most readers never open it, yet its rows are
   * most of a widget's nodes, so the browser draws them the first time the reader opens it
   * or the page is printed (`--gba-print-table`), and keeps them. The server draws them
   * (its HTML is hydrated in place, and serves readers without scripts).
   */
  @state() private tableDrawn = isServer;

  protected readonly size = new SizeController(this);
  protected readonly motion = new ReducedMotionController(this);
  protected readonly navigation = new MarkNavigationController(this);
  private readonly localeController = new LocaleController(this);
  private stopWatchingPrint?: () => void;

  protected locale: Locale = DEFAULT_LOCALE;
  /** True while the widget draws the article's data (neither `data` nor a child script gave any). */
  protected usesBundledData = true;
  protected view?: TView;
  private messages: string[] = [];
  private fatal = false;
  private lastWarning = '';
  private scriptCache?: { text: string; value: unknown };
  private revealed = false;
  /** A server's shadow root with Lit's hydration support: before the first update, hydrated, or replaced. @internal */
  private serverRoot?: 'pending' | 'hydrated' | 'replaced';

  constructor() {
    super();
    this.addController({
      hostConnected: () => (this.stopWatchingPrint ??= watchPrintStart(() => (this.tableDrawn = true))),
      hostDisconnected: () => {
        this.stopWatchingPrint?.();
        this.stopWatchingPrint = undefined;
      },
    });
  }

  /** The widget's data when neither `data` nor a child script gives any. */
  protected abstract bundledData(): TData;
  /** What is wrong with user data; empty when it has the documented shape. */
  protected abstract validate(input: unknown): Problems;
  /** Data → view. Geometry comes from a pure `layout*` function. */
  protected abstract layout(data: TData, context: LayoutContext): TView | FatalView;
  /** The marks of `view` inside the `<svg>`; the frame adds the rest. */
  protected abstract renderDrawing(view: TView): SVGTemplateResult;
  /** The user-supplied data, if any: the subclass's typed `data` property. */
  protected abstract userData(): unknown;

  /**
   * Server-rendered HTML (`renderToHTML` in `gba-widgets/ssr.js`) arrives with a declarative
   * shadow root already showing the finished widget, and the reveal animation is skipped:
   * the reader has already seen the chart.
   *
   * With Lit's hydration support loaded before Lit (the CDN bundle loads it first) the
   * widget hydrates: its first render, at the server's width (`ssr-width`), in the server's
   * language and from the same data, adopts the server's nodes instead of drawing them
   * again. Without it, or when the first render would not be the server's drawing (another
   * language inherited from the page, data set by a script), the server's nodes are
   * replaced by a fresh render in the same task: no frame shows an empty widget.
   * @internal
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.revealed = true;
      this.tableDrawn = true;
      if (this.hydrateSupport()) this.serverRoot = 'pending';
      else this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** Lit's `lit-element-hydrate-support.js` patched LitElement (it must load before Lit). @internal */
  private hydrateSupport(): boolean {
    return (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
  }

  /** @internal */
  protected override update(changed: PropertyValues): void {
    if (this.serverRoot === 'pending') {
      if (this.drawsAsServer()) {
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

  /** Whether the first render draws what the server drew. @internal */
  private drawsAsServer(): boolean {
    const first = { localeTag: this.locale.tag, width: this.size.width, userData: this.userData(), dataScript: this.dataScript() };
    return drawsAsServer(this.renderRoot as ShadowRoot, this, first);
  }

  /** @internal */
  private replaceServerRoot(): void {
    replaceServerRoot(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles, this.renderOptions);
  }

  /** Controls drawn under the chart (a slider); none by default. */
  protected renderControls(_view: TView): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * What must arrive before the next render: the words of the language it draws in (a language
   * pack, fetched the first time; `languageReady`) and what {@link dataReady} names. Lit waits for
   * the promise, so the first render is already in the reader's language, never another first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = [languageReady(this.localeController.resolve(this.lang).locale), this.dataReady()].filter((p) => p !== undefined);
    return pending.length === 0 ? super.scheduleUpdate() : Promise.all(pending).then(() => super.scheduleUpdate());
  }

  /** Bundled data still on its way (a chunk the widget fetches); `undefined` when there is none. */
  protected dataReady(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const messages: string[] = [];
    const { locale, unsupported } = this.localeController.resolve(this.lang);
    this.locale = locale;
    const badAttribute = (name: string, value: unknown, expected: string): void => {
      const reason = expected.replace(/[。.]$/, '');
      messages.push(msg(locale, 'error.attribute', { name, value: describeValue(value).replace(/^"|"$/g, ''), expected: reason }));
    };
    if (unsupported !== undefined) badAttribute('lang', unsupported, msg(locale, 'error.lang', { supported: SUPPORTED_LANGS.join(', ') }));
    if (!THEMES.includes(this.theme as string)) badAttribute('theme', this.theme, msg(locale, 'error.theme'));

    const data = this.resolveData(messages);
    let view: TView | FatalView | undefined;
    if (data !== undefined) {
      try {
        view = this.layout(data, { width: Math.max(0, this.size.width - 2 * FRAME_INSET), locale, badAttribute });
      } catch (error) {
        // A layout bug must still leave the reader a message, not a blank box, and in the
        // reader's words: the engine's ("Maximum call stack size exceeded") go to the console.
        console.warn(`<${this.localName}>:`, error);
        view = { error: msg(locale, 'error.layout') };
      }
    }
    if (view && 'error' in view) {
      messages.push(view.error);
      view = undefined;
    }
    this.view = view;
    this.fatal = view === undefined;
    this.navigation.setCount(view?.marks.length ?? 0);
    // A message may quote an attribute (an unknown figure id of 10 MB): set as text, it would hang layout.
    this.messages = messages.map((m) => shortText(m));
    this.warnOnce(this.messages);
  }

  private resolveData(messages: string[]): TData | undefined {
    let input = this.userData();
    if (input === undefined) {
      const script = this.dataScript();
      if (script) {
        const text = script.textContent ?? '';
        // Refused unparsed: 4 MB of `[[[[…` would hang JSON.parse and everything after it.
        if (text.length > MAX_JSON_CHARS) {
          messages.push(msg(this.locale, 'error.data-size', { size: String(text.length), max: String(MAX_JSON_CHARS) }));
          return undefined;
        }
        if (this.scriptCache?.text !== text) {
          try {
            this.scriptCache = { text, value: JSON.parse(text) };
          } catch (error) {
            // Our words, not the engine's: where the JSON breaks, if the engine says.
            const at = jsonErrorPosition(text, error);
            this.scriptCache = { text, value: new SyntaxError(at ? msg(this.locale, 'error.data-json.at', { line: at.line, column: at.column }) : '') };
          }
        }
        input = this.scriptCache.value;
        if (input instanceof SyntaxError) {
          messages.push(msg(this.locale, 'error.data-json', { where: input.message }));
          return undefined;
        }
      }
    }
    this.usesBundledData = input === undefined || input === null;
    if (this.usesBundledData) return this.bundledData();
    let problems: Problems;
    try {
      problems = this.validate(input);
    } catch {
      problems = [{ path: 'data', kind: 'type', expected: 'expected.object', actual: input }];
    }
    if (problems.length === 0) return input as TData;
    messages.push(msg(this.locale, 'error.data', { problems: describeProblems(problems, this.locale) }));
    return undefined;
  }

  /** The editor's `<script type="application/json">` child; the server's DOM shim has no children. */
  protected dataScript(): Element | null {
    return typeof this.querySelector === 'function' ? this.querySelector(':scope > script[type="application/json"]') : null;
  }

  private warnOnce(messages: string[]): void {
    const warning = messages.join('\n');
    if (warning && warning !== this.lastWarning) console.warn(`<${this.localName}>: ${warning}`);
    this.lastWarning = warning;
  }

  protected override render(): TemplateResult {
    const { locale, view } = this;
    const title = view?.title ?? msg(locale, 'error.title');
    return html`<figure part="figure" class="figure" lang=${locale.tag} data-script=${locale.script}>
      <figcaption part="caption">
        <span part="title" class="title">${phrased(title)}</span>
        ${view?.takeaway ? html`<span part="takeaway" class="takeaway">${phrased(view.takeaway)}</span>` : nothing}
      </figcaption>
      ${messagesTemplate(this.messages, locale)}
      ${view ? this.renderChart(view) : nothing}
      ${view ? this.renderControls(view) : nothing}
      ${view?.notes?.map((note) => html`<p part="notes" class="notes">${phrased(note)}</p>`) ?? nothing}
      ${view ? this.renderTable(view) : nothing}
      ${aboutTemplate(view?.about, locale)}
      ${view?.source === null ? nothing : html`<p part="source" class="source">${phrased(view?.source ?? sourceText(locale))}</p>`}
    </figure>`;
  }

  private renderChart(view: TView): TemplateResult {
    const active = view.marks[this.navigation.active];
    const reveal = !this.revealed && !this.motion.reduced;
    this.revealed = true;
    return html`<div part="chart" class="chart">
      <svg
        class="drawing ${reveal ? 'reveal' : ''}"
        role="img"
        aria-label=${view.title}
        tabindex=${view.marks.length ? '0' : nothing}
        viewBox="0 0 ${view.width} ${view.height}"
        width=${view.width}
        height=${view.height}
        @keydown=${this.onKeyDown}
        @focus=${() => this.navigation.show(Math.max(0, this.navigation.active))}
        @blur=${() => this.navigation.close()}
        @pointerover=${this.onPointerOver}
        @pointerleave=${() => this.navigation.close()}
      >
        <desc>${view.description}</desc>
        ${this.renderDrawing(view)}
        ${active ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="10"></circle>` : nothing}
      </svg>
      ${active ? tooltipTemplate(view, active) : nothing}
      <div class="visually-hidden" role="status">${active?.label ?? ''}</div>
    </div>`;
  }

  private renderTable(view: TView): TemplateResult {
    const open = this.tableOpen;
    return html`<button
        part="toggle"
        class="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="data-table"
        @click=${() => {
          this.tableOpen = !open;
          this.tableDrawn = true;
        }}
      >
        ${msg(this.locale, open ? 'hide-data' : 'view-data')}
      </button>
      ${this.tableDrawn || open || printing()
        ? tableTemplate(view.table(), msg(this.locale, 'table.caption', { title: view.title }), !open)
        : html`<div class="table-wrap" id="data-table" hidden></div>`}`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.navigation.handleKey(event.key)) event.preventDefault();
  }

  private onPointerOver(event: PointerEvent): void {
    const mark = (event.target as Element).closest?.('[data-mark]');
    if (mark) this.navigation.show(Number(mark.getAttribute('data-mark')));
  }

  /** True while the widget shows only a message (bad data), for tests and wrappers. */
  get hasError(): boolean {
    return this.fatal;
  }
}
