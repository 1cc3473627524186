import { svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { figureById, figures, labelText } from '../../data/dataset.js';
import { checkFigureInput, type FigureInput } from '../../data/figure-input.js';
import type { Problems } from '../../data/validate.js';
import { formatDate } from '../../format/date.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg } from '../../format/messages.js';
import { formatChange } from '../../format/number.js';
import { formatFigureValue } from '../../format/units.js';
import { layoutKeyFigure, type KeyFigureLayout } from '../../layout/key-figure.js';
import { GbaElement, type LayoutContext } from '../base/gba-element.js';
import type { FatalView, FrameView } from '../base/view.js';
import { keyFigureStyles } from './key-figure.styles.js';
import { figureColumns } from '../base/frame-parts.js';
import { messages as keyFigureMessages } from '../../generated/messages/key-figure.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(keyFigureMessages);

/** One figure, or two of the same unit to compare (earlier first). */
export type KeyFigureData = FigureInput | [FigureInput, FigureInput];

interface KeyFigureView extends FrameView {
  geometry: KeyFigureLayout;
  texts: string[];
  captions: string[];
  values: number[];
}

const DEFAULT_FIGURE = 'jiangmen-gdp-2023';

/**
 * Any number of the article, large, with its unit, hedge ("300多家" never reads as
 * exactly 300), date and source; with `compare`, a second figure beside it on a common
 * scale and the change between them (marked as derived).
 *
 * @summary One figure of the article, or two compared.
 * @tag key-figure
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart caption - The caption holding title and takeaway.
 * @csspart title - The figure's label.
 * @csspart takeaway - The date and value in one line.
 * @csspart chart - The box around the SVG drawing.
 * @csspart tooltip - The tip shown for the focused mark.
 * @csspart message - The inline message shown for bad input.
 * @csspart notes - Notes under the chart.
 * @csspart toggle - The "查看数据 / View data" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
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

  /** Id of the dataset figure to show (see `gba-widgets/data`), e.g. `jiangmen-gdp-2023`. */
  @property() figure: string = DEFAULT_FIGURE;

  /** Id of a second figure in the same unit to show beside it, e.g. `figure="…-2021" compare="…-2023"`. */
  @property() compare: string = '';

  /** Your own figure (or a pair to compare), replacing the dataset's: `{ value, unit, label: { 'zh-Hans', en }, date, qualifier? }`. */
  @property({ attribute: false }) data?: KeyFigureData;

  protected override userData(): unknown {
    return this.data;
  }

  protected override bundledData(): KeyFigureData {
    return figureById(DEFAULT_FIGURE) ?? figures[0];
  }

  protected override validate(input: unknown): Problems {
    const problems: Problems = [];
    if (Array.isArray(input)) {
      if (input.length !== 2) problems.push({ path: 'data', kind: 'range', expected: 'expected.one-of', actual: input.length, params: { values: '1, 2' } });
      input.slice(0, 2).forEach((item, i) => checkFigureInput(item, `data[${i}]`, problems));
    } else {
      checkFigureInput(input, 'data', problems);
    }
    return problems;
  }

  protected override layout(data: KeyFigureData, context: LayoutContext): KeyFigureView | FatalView {
    const figures = this.usesBundledData ? this.figuresFromAttributes(context) : [data].flat();
    if ('error' in figures) return figures;
    const { locale, width } = context;
    const texts = figures.map((f) => formatFigureValue(f, locale));
    const captions = figures.map((f) => formatDate(f.date, locale));
    const geometry = layoutKeyFigure(
      figures.map((f, i) => ({ value: f.value, text: texts[i], caption: captions[i] })),
      { width },
    );
    const labels = figures.map((f) => labelText(f.label, locale));
    const [a, b] = figures;
    const change = b && a.value !== 0 ? formatChange(((b.value - a.value) / Math.abs(a.value)) * 100, locale) : undefined;
    const description = b
      ? msg(locale, 'key-figure.compare-description', { labelA: labels[0], a: texts[0], dateA: captions[0], labelB: labels[1], b: texts[1], dateB: captions[1], change: change ?? '–' })
      : msg(locale, 'key-figure.description', { label: labels[0], value: texts[0], date: captions[0] });
    return {
      title: labels[0],
      takeaway: b
        ? msg(locale, 'key-figure.compare-takeaway', { a: texts[0], dateA: captions[0], b: texts[1], dateB: captions[1], change: change ?? '–' })
        : msg(locale, 'key-figure.takeaway', { date: captions[0], value: texts[0] }),
      description,
      width: geometry.width,
      height: geometry.height,
      geometry,
      texts,
      captions,
      values: figures.map((f) => f.value),
      marks: figures.map((f, i) => ({
        label: msg(locale, 'key-figure.mark', { label: labels[i], value: texts[i], date: captions[i], quote: f.quote ?? '' }),
        ...markPoint(geometry, i),
      })),
      table: () => ({
        columns: figureColumns(locale),
        rows: [
          ...figures.map((f, i) => [{ text: labels[i] }, { text: texts[i], value: f.value, figure: f.id }, { text: captions[i] }, { text: f.quote ?? '' }]),
          ...(change ? [[{ text: msg(locale, 'column.change') }, { text: change }, { text: `${captions[0]} → ${captions[1]}` }, { text: '' }]] : []),
        ],
      }),
      notes: change ? [msg(locale, 'derived.note')] : undefined,
    };
  }

  /** The figures the `figure` and `compare` attributes name; an unknown id cannot draw. */
  private figuresFromAttributes({ locale, badAttribute }: LayoutContext): FigureInput[] | FatalView {
    const primary = figureById(this.figure);
    if (!primary) return { error: unknownFigure(this.figure, locale) };
    if (!this.compare) return [primary];
    const second = figureById(this.compare);
    if (!second) badAttribute('compare', this.compare, unknownFigure(this.compare, locale));
    else if (second.unit !== primary.unit) {
      badAttribute('compare', this.compare, msg(locale, 'error.no-compare', { a: primary.id, b: second.id, unitA: primary.unit, unitB: second.unit }));
    } else return [primary, second];
    return [primary];
  }

  protected override renderDrawing(view: KeyFigureView): SVGTemplateResult {
    const { geometry, texts, captions, values } = view;
    if (geometry.number) {
      const { x, y, fontSize, lines, lineHeight } = geometry.number;
      return svg`<text class="big" data-mark="0" data-value=${values[0]} x=${x} y=${y} font-size=${fontSize}>${lines.map(
        (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`,
      )}</text>`;
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

function markPoint(geometry: KeyFigureLayout, i: number): { x: number; y: number } {
  if (geometry.number) return { x: geometry.number.x + 12, y: geometry.number.y - geometry.number.fontSize / 2 };
  const bar = geometry.bars[i];
  return { x: bar.width, y: bar.y + bar.height / 2 };
}

function unknownFigure(id: string, locale: Locale): string {
  const examples = figures.slice(0, 3).map((f) => f.id).join(', ');
  // An id of 10 MB is quoted by its start: the whole would be 10 MB of text to build and set.
  return msg(locale, 'error.unknown-figure', { id: id.length > 60 ? `${id.slice(0, 59)}…` : id, examples });
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figure': KeyFigure;
  }
}
