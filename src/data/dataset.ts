import { dataset } from '../generated/dataset.js';
import type { Dataset, Figure, Label } from './types.js';
import type { Locale } from '../format/locale.js';

export { dataset };
export type { Dataset };

const figures = new Map(dataset.figures.map((f) => [f.id, f]));

/** The article's figure with this id, if there is one. */
export function figureById(id: string, from: Dataset = dataset): Figure | undefined {
  return from === dataset ? figures.get(id) : from.figures.find((f) => f.id === id);
}

/** A label in the reader's script; user data may lack the Traditional text, so derive the fallback. */
export function labelText(label: Partial<Label> | undefined, locale: Locale): string {
  if (!label) return '';
  return label[locale.script] ?? (locale.script === 'en' ? label['zh-Hans'] : label['zh-Hans'] ?? label.en) ?? '';
}
