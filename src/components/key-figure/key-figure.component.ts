import { svg, type SVGTemplateResult, type PropertyDeclarations } from 'lit';
import { figureIds, figuresReady, loadedFigure } from '../../data/figure-sections.js';
import { type FigureInput } from '../../data/figure-input.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg } from '../../format/messages.js';
import { GbaElement, type LayoutContext, type WidgetSpec } from '../base/gba-element.js';
import type { FatalView } from '../base/view.js';
import { keyFigureView, type KeyFigureView } from './key-figure.view.js';
import { keyFigureStyles } from './key-figure.styles.js';
import { messages as keyFigureMessages } from '../../generated/messages/key-figure.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(keyFigureMessages);

/** One figure, or two of the same unit to compare (earlier first). */
export type KeyFigureData = FigureInput | [FigureInput, FigureInput];

const DEFAULT_FIGURE = 'jiangmen-gdp-2023';

/**
 * Any number of the article, large, as the article writes it (hedges kept: "300多家" never
 * reads as exactly 300; 1万亿元, 千亿级), its date under it and one line of the article's
 * context above it; with `compare`, a second figure beside it on a common scale from zero,
 * titled with the span and the change between them in words (marked as derived). A
 * reader's own data is credited to its `source`, or to nothing.
 *
 * @summary One figure of the article, or two compared.
 * @tag key-figure
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The figure's label.
 * @csspart takeaway - One line of context from the article (or, comparing, the change in words).
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart (none by default: the disclosure beside the table holds the figures' notes).
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table.
 * @csspart source - The source line: the article's, a reader's data's own `source`, or none.
 *
 * @cssprop --gba-color-accent - Colour of the story's subject (the big number, the later bar).
 * @cssprop --gba-color-context - Colour of context marks (the earlier bar).
 * @cssprop --gba-color-background - Widget background.
 * @cssprop --gba-color-text - Text colour.
 * @cssprop --gba-color-muted - Secondary text colour.
 * @cssprop --gba-font-family - Font stack; by default one per script (Simplified, Traditional, Latin).
 * @cssprop --gba-font-size - Base font size.
 */
export class KeyFigure extends GbaElement<KeyFigureData, KeyFigureView> {
  static override styles = [...GbaElement.styles, keyFigureStyles];

  /** The article's data, and the check of a reader's `data`. */
  static override spec: WidgetSpec<KeyFigureData> = {
    // The layout reads the article's figures through the attributes (figuresFromAttributes), each
    // fetched with its section (dataReady): this only stands for "no data given", so that the
    // page never downloads every section's figures for it.
    bundled: () => loadedFigure(DEFAULT_FIGURE) ?? ([] as unknown as KeyFigureData),
    check: () => import('../../data/figure-input.check.js').then((m) => m.checkFigureOrPair),
  };

  /** Reactive properties (the base class adds its own): each field below is the documented API. */
  static override properties: PropertyDeclarations = {
    figure: {},
    compare: {},
  };

  /** Id of the dataset figure to show (see `gba-widgets/data`), e.g. `jiangmen-gdp-2023`. */
  figure: string = DEFAULT_FIGURE;

  /** Id of a second figure in the same unit to show beside it, e.g. `figure="…-2021" compare="…-2023"`. */
  compare: string = '';

  /** Your own figure (or a pair to compare), replacing the dataset's: `{ value, unit, label: { 'zh-Hans', en }, date, qualifier?, source? }`; `source` (text, or `{ 'zh-Hans', en }`, at most 200 characters) is its source line, and without it there is none. */
  override data?: KeyFigureData;

  /**
   * The figure `figure` names, fetched with its article section alone (a chunk per section),
   * not the article's every figure: the first render waits for it.
   */
  protected override dataReady(): Promise<unknown> | undefined {
    return this.data === undefined ? figuresReady(this.figure, this.compare) : undefined;
  }

  protected override layout(data: KeyFigureData, context: LayoutContext): KeyFigureView | FatalView {
    const figures = context.bundled ? this.figuresFromAttributes(context) : [data].flat();
    if ('error' in figures) return figures;
    return keyFigureView(figures, { width: context.width, locale: context.locale, bundled: context.bundled });
  }

  /** The figures the `figure` and `compare` attributes name; an unknown id cannot draw. */
  private figuresFromAttributes({ locale, badAttribute }: LayoutContext): FigureInput[] | FatalView {
    const primary = loadedFigure(this.figure);
    if (!primary) return { error: unknownFigure(this.figure, locale) };
    if (!this.compare) return [primary];
    const second = loadedFigure(this.compare);
    if (!second) badAttribute('compare', this.compare, unknownFigure(this.compare, locale));
    else if (second.unit !== primary.unit) {
      badAttribute('compare', this.compare, msg(locale, 'error.no-compare', { a: primary.id, b: second.id, unitA: primary.unit, unitB: second.unit }));
    } else return [primary, second];
    return [primary];
  }

  protected override renderDrawing(view: KeyFigureView): SVGTemplateResult {
    const { geometry, texts, captions, values } = view;
    if (geometry.number) {
      const { x, y, fontSize, lines, lineHeight, caption } = geometry.number;
      return svg`<text class="big" data-mark="0" data-value=${values[0]} x=${x} y=${y} font-size=${fontSize}>${lines.map(
        (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`,
      )}</text>${caption ? svg`<text class="caption" x=${x} y=${caption.y}>${captions[0]}</text>` : ''}`;
    }
    return svg`${geometry.bars.map(
      (bar, i) => svg`<g data-mark=${i}>
        <text class="caption" x="0" y=${bar.captionY}>${captions[i]}</text>
        <rect class="bar ${i === geometry.bars.length - 1 ? 'latest' : ''}" x="0" y=${bar.y} width=${bar.width} height=${bar.height}></rect>
        <text class="value ${bar.valueInside ? 'inside' : ''}" data-value=${values[i]} x=${bar.valueX} y=${bar.valueY}>${texts[i]}</text>
      </g>`,
    )}`;
  }

}

function unknownFigure(id: string, locale: Locale): string {
  const examples = figureIds().slice(0, 3).join(', ');
  // An id of 10 MB is quoted by its start: the whole would be 10 MB of text to build and set.
  return msg(locale, 'error.unknown-figure', { id: id.length > 60 ? `${id.slice(0, 59)}…` : id, examples });
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figure': KeyFigure;
  }
}
