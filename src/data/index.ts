/** `gba-widgets/data`: the whole article dataset (notes included), typed, with helpers. */
import { dataset } from '../generated/dataset-full.js';
import type { Figure } from './types.js';

export { dataset };
export { labelText } from './label.js';
export type * from './types.js';

/** The article's figure with this id, if there is one. */
export function figureById(id: string): Figure | undefined {
  return dataset.figures.find((f) => f.id === id);
}
