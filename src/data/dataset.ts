import { datasetSource } from '../generated/dataset.js';
import { toTraditional } from '../format/traditional.js';
import type { Figure, RuntimeDataset } from './types.js';

export { labelText } from './label.js';

export type { RuntimeDataset };

const isLabel = (value: object): value is { 'zh-Hans': string; en: string; 'zh-Hant'?: string } =>
  typeof (value as Record<string, unknown>)['zh-Hans'] === 'string' && typeof (value as Record<string, unknown>).en === 'string';

/** Gives every bundled label its Traditional text back, from the build's character table (once, at load). */
function withTraditional(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (isLabel(value)) value['zh-Hant'] = toTraditional(value['zh-Hans']);
  else Object.values(value).forEach(withTraditional);
}
withTraditional(datasetSource);

/** The article's data as the widgets draw it, Traditional labels included. */
export const dataset = datasetSource as unknown as RuntimeDataset;

const figures = new Map(dataset.figures.map((f) => [f.id, f]));

/** The article's figure with this id, if there is one. */
export function figureById(id: string, from: Pick<RuntimeDataset, 'figures'> = dataset): Figure | undefined {
  return from === dataset ? figures.get(id) : from.figures.find((f) => f.id === id);
}
