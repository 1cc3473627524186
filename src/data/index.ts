/** `gba-widgets/data`: the article dataset the widgets draw, typed, with helpers. */
export { dataset, figureById, labelText } from './dataset.js';
export type * from './types.js';
