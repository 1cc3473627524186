import { expect } from '@open-wc/testing';
import { figureById } from '../../src/data/dataset.js';

/**
 * Each figure id is a table row carrying its value and id, and some SVG mark carries the
 * same number: the widget both draws it and lists it.
 */
export function expectFiguresDrawnAndTabled(root: ShadowRoot, ids: readonly string[]): void {
  for (const id of ids) {
    const figure = figureById(id)!;
    const cell = root.querySelector(`td[data-figure="${id}"]`);
    expect(cell, `${id} has no table row`).to.not.equal(null);
    expect(Number(cell!.getAttribute('data-value')), id).to.equal(figure.value);
    const drawn = [...root.querySelectorAll('svg [data-value]')].some((n) => Number(n.getAttribute('data-value')) === figure.value);
    expect(drawn, `${id} (${figure.value}) is not drawn`).to.equal(true);
  }
}
