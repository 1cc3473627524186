import { fixture } from '@open-wc/testing';
import { FRAME_INSET } from '../../src/layout/scale.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Mounts `<tag attrs>` in a box `width` px wide and waits until its chart is drawn for that
 * box (the figure's padding takes FRAME_INSET from each side): until the ResizeObserver's
 * re-render the browser shows the first drawing scaled, which is not the one made for `width`.
 */
export async function mountAt(tag: string, attributes: Record<string, string>, width: number): Promise<Widget> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box.append(el);
  await fixture(box);
  const inner = String(width - 2 * FRAME_INSET);
  for (let frame = 0; frame < 30; frame++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('svg.drawing')?.getAttribute('width') === inner) break;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
  return el;
}
