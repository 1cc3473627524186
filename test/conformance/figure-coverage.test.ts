import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/all.js';
import { dataset } from '../../src/data/dataset.js';
import { openTable } from '../components/open-table.js';
import { manifestWidgets } from './manifest-tags.js';

/** Every figure of the article must be drawn by the default view of some widget. */
it('every dataset figure appears in some widget’s default data table', async () => {
  const shown = new Map<string, string[]>();
  for (const { tagName } of await manifestWidgets()) {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tagName}></${tagName}>`);
    await el.updateComplete;
    for (const cell of (await openTable(el)).querySelectorAll('table [data-figure]')) {
      const id = cell.getAttribute('data-figure')!;
      shown.set(id, [...(shown.get(id) ?? []), tagName]);
    }
    fixtureCleanup();
  }
  const missing = dataset.figures.map((f) => f.id).filter((id) => !shown.has(id));
  expect(missing, `figures no widget draws by default: ${missing.join(', ')}`).to.deep.equal([]);
  const unknown = [...shown.keys()].filter((id) => !dataset.figures.some((f) => f.id === id));
  expect(unknown, `tables name figures the dataset lacks: ${unknown.join(', ')}`).to.deep.equal([]);
});

/** A cell that names an article figure shows that figure's number, not a neighbour's or none. */
it('every data-table cell naming a dataset figure carries that figure’s value', async () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const { tagName } of await manifestWidgets()) {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tagName}></${tagName}>`);
    await el.updateComplete;
    for (const cell of (await openTable(el)).querySelectorAll('table [data-figure]')) {
      const figure = dataset.figures.find((f) => f.id === cell.getAttribute('data-figure'));
      const value = cell.getAttribute('data-value');
      checked++;
      if (value === null || Number(value) !== figure?.value) wrong.push(`${tagName} ${cell.getAttribute('data-figure')}: data-value ${value}, “${cell.textContent}”`);
    }
    fixtureCleanup();
  }
  expect(checked, 'fewer table cells name a figure than the dataset has figures').to.be.at.least(dataset.figures.length);
  expect(wrong).to.deep.equal([]);
});
