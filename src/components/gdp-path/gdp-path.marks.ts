// The SVG of gdp-path's marks and labels, placed by the layout: one shape per kind of mark
// and a text at each placed label. Templates only, like the component's renderDrawing that uses them.
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { RING_R, type GdpPathMark } from '../../layout/gdp-path.js';
import type { PlacedLabel } from '../../layout/label-placement.js';

/** A placed label as SVG text; `value`, the number it states, goes into `data-value`. */
export function text(label: PlacedLabel | undefined, className: string, value?: number): SVGTemplateResult | typeof nothing {
  if (!label) return nothing;
  return svg`<text class=${className} x=${label.x} y=${label.y} text-anchor=${label.anchor} data-value=${value ?? nothing}>${label.text}</text>`;
}

/** Each kind of mark has its own shape, so none is told apart by colour alone. */
export function shape(m: Pick<GdpPathMark, 'kind' | 'x' | 'y'> & { value?: number }): SVGTemplateResult {
  const value = m.value ?? nothing;
  // A ring, not a dot: it circles the step marker that often stands at the same point.
  if (m.kind === 'doubling') return svg`<circle class="marker doubling" data-value=${value} cx=${m.x} cy=${m.y} r=${RING_R}></circle>`;
  if (m.kind === 'threshold') {
    return svg`<path class="marker threshold" data-value=${value} d="M${m.x},${m.y - 6}L${m.x + 6},${m.y}L${m.x},${m.y + 6}L${m.x - 6},${m.y}Z"></path>`;
  }
  return svg`<circle class="marker ${m.kind}" data-value=${value} cx=${m.x} cy=${m.y} r=${m.kind === 'end' ? 4 : 4.5}></circle>`;
}
