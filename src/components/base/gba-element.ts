import { isServer, nothing, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { DataScriptController } from '../../controllers/data-script-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { MarkNavigationController } from '../../controllers/mark-navigation-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ReducedMotionController } from '../../controllers/reduced-motion-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { shortText } from '../../data/validate.js';
import { DEFAULT_LOCALE, type Locale } from '../../format/locale.js';
import { languageReady, msg } from '../../format/messages.js';
import { FRAME_INSET } from '../../layout/scale.js';
import { figureStyles } from '../../styles/figure.styles.js';
import { tokens } from '../../styles/tokens.js';
import { chartTemplate, dataTableTemplate, figureTemplate } from './figure-frame.js';
import { HydratingElement } from './hydration.js';
import type { FirstRender } from './server-root.js';
import type { DataTable, FatalView, FrameView } from './view.js';
import { attributeMessage, checkReady, frameAttributeMessages, InputReader, type WidgetSpec } from './widget-input.js';

export type { DataCheck, WidgetSpec } from './widget-input.js';

/** What a widget's layout step can read besides its data. */
export interface LayoutContext {
  width: number;
  locale: Locale;
  /** True while the article's own data is drawn (neither `data` nor a child script gave any). */
  bundled: boolean;
  /** Report an attribute the editor got wrong; the widget goes on with its default. */
  badAttribute(name: string, value: unknown, expected: string): void;
}

/** State that changes what is shown, never what is drawn: an update for it reuses the view. */
const SHOWN_ONLY = new Set<PropertyKey>(['tableOpen', 'tableDrawn']);

/**
 * The contract every widget keeps, in one place: language and theme, `data` with
 * validation (property or a child `<script type="application/json">`), the figure
 * frame (caption, SVG with role img, data table, source line), inline messages instead
 * of exceptions, container sizing and keyboard steps through marks.
 *
 * A widget declares `static spec` (its bundled data and the check of a reader's) and
 * supplies a layout step that turns data into a view (geometry from `src/layout/`) and the
 * SVG of that view. The view is computed again only when an input changes — data, child
 * script, a property, language, width — never for a hover, a key or the table.
 */
export abstract class GbaElement<TData, TView extends FrameView> extends HydratingElement {
  static override styles = [tokens, figureStyles];

  /** The widget's bundled data and the check of a reader's: declared by each widget. */
  declare static spec: WidgetSpec<unknown>;

  /**
   * The reactive properties, declared without decorators so that no page ships a decorator
   * helper (tslib's and Lit's). Lit puts an accessor for each on the prototype; the typed
   * fields below carry their documentation and defaults, which with `useDefineForClassFields:
   * false` are assignments through those accessors. A widget declares its own in its `static
   * properties` (Lit adds the base's) and redeclares `data` as a type only, to document it.
   */
  static override properties: PropertyDeclarations = {
    // Not reflected: an empty `lang=""` on the host would declare its language unknown.
    lang: {},
    theme: { reflect: true },
    data: { attribute: false },
    // `attribute: false` is what `state` means to Lit; written out for the manifest's analyzer.
    tableOpen: { state: true, attribute: false },
    tableDrawn: { state: true, attribute: false },
  };

  /** Language: `zh-CN` (default), `zh-HK`, `zh-TW`, `zh-Hant` or `en`. Absent: the nearest ancestor's, then the document's. */
  override lang = '';

  /** Colour theme: `auto` (follows the reader's system), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Data of the widget's documented shape, replacing the article's; each widget documents its own. */
  data?: TData;

  private tableOpen = false;
  /**
   * Whether the table's rows are in the DOM. Most readers never open it, yet its rows are
   * most of a widget's nodes, so the browser draws them the first time the reader opens it
   * or the page is printed (`--gba-print-table`), and keeps them. The server draws them
   * (its HTML is hydrated in place, and serves readers without scripts).
   */
  private tableDrawn = isServer;

  protected readonly size = new SizeController(this);
  protected readonly motion = new ReducedMotionController(this);
  protected readonly navigation = new MarkNavigationController(this);
  private readonly localeController = new LocaleController(this);
  private readonly dataScript = new DataScriptController(this);
  private readonly print = new PrintController(this, () => (this.tableDrawn = true));
  private readonly input = new InputReader();

  protected locale: Locale = DEFAULT_LOCALE;
  protected view?: TView;
  private table?: DataTable;
  private messages: string[] = [];
  private revealed = false;
  /** The language, width and script version the view was computed for. */
  private viewInputs?: { lang: string; width: number; script: number };
  /** The update put off until the check of data given before the upgrade is in ({@link shouldUpdate}). */
  private deferredUpdate?: Promise<void>;

  /** Data → view. Geometry comes from a pure `layout*` function. */
  protected abstract layout(data: TData, context: LayoutContext): TView | FatalView;
  /** The marks of `view` inside the `<svg>`; the frame adds the rest. */
  protected abstract renderDrawing(view: TView): SVGTemplateResult;

  /** Controls drawn under the chart (a slider); none by default. */
  protected renderControls(_view: TView): TemplateResult | typeof nothing {
    return nothing;
  }

  /** @internal */
  protected override firstRender(): FirstRender {
    return { localeTag: this.locale.tag, width: this.size.width, userData: this.data, dataScript: this.dataScript.script };
  }

  /**
   * What must arrive before the next render: the words of the language it draws in (a language
   * pack, fetched the first time; `languageReady`), what {@link dataReady} names, and, when a
   * reader gives data, the check of it (`checkReady`). Lit waits for the promise, so the first
   * render is already in the reader's language, never another first. Asked again once they are
   * in: data set while they were on their way may need more.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = [languageReady(this.nextLocale()), this.dataReady(), this.checkPending()].filter((p) => p !== undefined);
    return pending.length === 0 ? super.scheduleUpdate() : Promise.all(pending).then(() => this.scheduleUpdate());
  }

  /**
   * `data` set on the element before it was upgraded (a page's script ran first) reaches the
   * property only now, in this update, after {@link scheduleUpdate} looked: this update waits
   * for its check by not happening, and the next, once it is in, carries the same changes.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const pending = this.checkPending();
    if (!pending) return super.shouldUpdate(changed);
    const again = new Map(changed);
    this.deferredUpdate = pending.then(() => {
      this.deferredUpdate = undefined;
      for (const [key, old] of again) this.requestUpdate(key, old);
      this.requestUpdate();
    });
    return false;
  }

  /** `updateComplete` settles after the update {@link shouldUpdate} put off, not before. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const deferred = this.deferredUpdate;
    return deferred ? deferred.then(() => this.getUpdateComplete()) : done;
  }

  /** The check of a reader's data on its way, when there is data to check and it is not here yet. */
  private checkPending(): Promise<void> | undefined {
    const given = this.data !== undefined || this.dataScript.script !== null;
    return given ? checkReady((this.constructor as typeof GbaElement).spec, this.nextLocale()) : undefined;
  }

  /** The language the next render draws in (`willUpdate` resolves it again, with what was unsupported). */
  private nextLocale(): Locale {
    return this.localeController.resolve(this.lang).locale;
  }

  /** Bundled data still on its way (a chunk the widget fetches); `undefined` when there is none. */
  protected dataReady(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { locale, unsupported } = this.localeController.resolve(this.lang);
    const inputs = { lang: locale.tag, width: this.size.width, script: this.dataScript.version };
    const last = this.viewInputs;
    const same = last && last.lang === inputs.lang && last.width === inputs.width && last.script === inputs.script;
    if (same && [...changed.keys()].every((key) => SHOWN_ONLY.has(key))) return;
    this.viewInputs = inputs;
    this.locale = locale;
    this.computeView(frameAttributeMessages(locale, unsupported, this.theme));
  }

  /** Input → checked data → view: the work an update does only when an input changed. */
  private computeView(messages: string[]): void {
    const { locale } = this;
    const spec = (this.constructor as typeof GbaElement).spec as WidgetSpec<TData>;
    const input = this.input.read(spec, this.data, this.dataScript.script, locale);
    messages.push(...input.messages);
    const badAttribute = (name: string, value: unknown, expected: string) => messages.push(attributeMessage(locale, name, value, expected));
    let view: TView | FatalView | undefined;
    if (input.data !== undefined) {
      try {
        view = this.layout(input.data, { width: Math.max(0, this.size.width - 2 * FRAME_INSET), locale, bundled: input.bundled, badAttribute });
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
    this.table = undefined;
    this.navigation.setCount(view?.marks.length ?? 0);
    // A message may quote an attribute (an unknown figure id of 10 MB): set as text, it would hang layout.
    const shown = messages.map((m) => shortText(m));
    const warning = shown.join('\n');
    if (warning && warning !== this.messages.join('\n')) console.warn(`<${this.localName}>: ${warning}`);
    this.messages = shown;
  }

  protected override render(): TemplateResult {
    const { locale, view } = this;
    if (!view) return figureTemplate(locale, undefined, this.messages);
    const reveal = !this.revealed && !this.serverDrawn && !this.motion.reduced;
    this.revealed = true;
    const drawn = this.tableDrawn || this.serverDrawn || this.tableOpen || this.print.printing;
    if (drawn) this.table ??= view.table();
    return figureTemplate(locale, view, this.messages, {
      chart: chartTemplate(view, this.renderDrawing(view), this.navigation.active, reveal, this.chartEvents),
      controls: this.renderControls(view),
      table: dataTableTemplate(view.title, locale, this.tableOpen, this.table, this.toggleTable),
    });
  }

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    this.tableDrawn = true;
  };

  private readonly chartEvents = {
    keydown: (event: KeyboardEvent) => {
      if (this.navigation.handleKey(event.key)) event.preventDefault();
    },
    focus: () => this.navigation.show(Math.max(0, this.navigation.active)),
    blur: () => this.navigation.close(),
    pointerover: (event: PointerEvent) => {
      const mark = (event.target as Element).closest?.('[data-mark]');
      if (mark) this.navigation.show(Number(mark.getAttribute('data-mark')));
    },
    pointerleave: () => this.navigation.close(),
  };

  /** True while the widget shows only a message (bad data), for tests and wrappers. */
  get hasError(): boolean {
    return this.viewInputs !== undefined && this.view === undefined;
  }
}
