// Mounting a widget for a browser test, in one place: a widget's first render uses the
// fallback width (640 px) and the ResizeObserver's re-render at the box's width comes a frame
// or two later. Until then the browser shows the 640 px drawing scaled to the box, which
// would test a magnified or shrunken 640 px layout instead of the one made for the box.
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { FRAME_INSET } from '../../src/layout/scale.js';

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What to mount: a Lit template or HTML markup of one widget. */
export type WidgetMarkup = TemplateResult | string;

export interface MountOptions {
  /** Set as the widget's `data` property before it is connected. */
  data?: unknown;
  /** Fail unless the chart ends up drawn for the box (a widget showing a message draws none). */
  drawn?: boolean;
}

/** How many frames a widget gets to draw itself at its box's width. */
const FRAMES = 60;

/** The width of the chart's drawing, in px (undefined while none is drawn: a message, say). */
export const drawingWidth = (el: Element): number | undefined => {
  const width = el.shadowRoot?.querySelector('svg.drawing')?.getAttribute('width');
  return width == null ? undefined : Number(width);
};

/** The drawing's width in a box `width` px wide: the figure's padding takes FRAME_INSET from each side. */
export const innerWidth = (width: number): number => width - 2 * FRAME_INSET;

/** Waits for the widget's pending update, one frame, and the update that frame asked for. */
export async function settle(el: Element): Promise<void> {
  await (el as Widget).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await (el as Widget).updateComplete;
}

/**
 * Waits, a frame at a time, until the widget's chart is drawn for a box `width` px wide, or
 * it draws no chart; with `drawn`, fails if it never is.
 */
export async function drawnAt(el: Element, width: number, { drawn = false } = {}): Promise<void> {
  const inner = innerWidth(width);
  await (el as Widget).updateComplete;
  for (let frame = 0; frame < FRAMES; frame++) {
    const now = drawingWidth(el);
    if (now === inner || (now === undefined && !drawn)) break;
    await settle(el);
  }
  if (drawn) expect(drawingWidth(el), `<${el.localName}>: the chart is never drawn inside the container's ${width} px`).to.equal(inner);
}

/**
 * Mounts `widget` in a box `width` px wide (in the test fixture, removed by
 * fixtureCleanup) and waits until it is drawn for that box. Returns the widget.
 */
export async function mountIn<T extends Element = Widget>(width: number, widget: WidgetMarkup, options: MountOptions = {}): Promise<T> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  if (typeof widget === 'string') {
    const template = document.createElement('template');
    template.innerHTML = widget.trim();
    box.append(template.content);
  } else {
    render(widget, box);
  }
  const el = box.firstElementChild as T & Widget;
  if (!el) throw new Error(`mountIn: no element in ${String(widget)}`);
  if (options.data !== undefined) (el as unknown as { data: unknown }).data = options.data;
  await fixture(box);
  await drawnAt(el, width, options);
  return el;
}

/** Mounts `<tag attributes>` in a box `width` px wide; see mountIn. */
export async function mountAt<T extends Element = Widget>(tag: string, attributes: Record<string, string>, width: number, options: MountOptions = {}): Promise<T> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return mountIn<T>(width, el.outerHTML, options);
}
