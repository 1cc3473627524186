import { dataset } from '../generated/dataset.js';
import type { Dataset, Figure } from './types.js';

export { labelText } from './label.js';

export { dataset };
export type { Dataset };

const figures = new Map(dataset.figures.map((f) => [f.id, f]));

/** The article's figure with this id, if there is one. */
export function figureById(id: string, from: Dataset = dataset): Figure | undefined {
  return from === dataset ? figures.get(id) : from.figures.find((f) => f.id === id);
}
