import { toTraditional } from '../standards/traditional.js';
import type { WithoutTraditional } from './types.js';

type BundledLabel = { 'zh-Hans': string; en: string; 'zh-Hant'?: string };

const isLabel = (value: object): value is BundledLabel =>
  typeof (value as Record<string, unknown>)['zh-Hans'] === 'string' && typeof (value as Record<string, unknown>).en === 'string';

/**
 * Taiwan's text of each bundled label. Out of band, so the labels keep their public shape
 * (`zh-Hant` is Hong Kong's, as in `gba-widgets/data`); a reader's own label is not in it
 * and shows its own `zh-Hant`.
 */
const taiwan = new WeakMap<object, string>();

/** Taiwan's text of a label that came with the package, if it is one. */
export const bundledTaiwanText = (label: object): string | undefined => taiwan.get(label);

/** Records the Taiwan text of a label the package made itself (from its messages), beside its Hong Kong `zh-Hant`. */
export function setTaiwanText<T extends object>(label: T, text: string): T {
  taiwan.set(label, text);
  return label;
}

/** Records a bundled label's Traditional texts: Hong Kong's in `zh-Hant`, Taiwan's beside it. */
export function addTraditional<T extends BundledLabel>(label: T): T {
  label['zh-Hant'] = toTraditional(label['zh-Hans'], 'hk');
  taiwan.set(label, toTraditional(label['zh-Hans'], 'tw'));
  return label;
}

/**
 * Gives every bundled label its Traditional text back, from the build's character tables
 * (once, at load, in place): the build ships the dataset without the Traditional copies.
 */
export function withTraditional<T>(value: WithoutTraditional<T>): T {
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (isLabel(node)) addTraditional(node);
    else Object.values(node).forEach(visit);
  };
  visit(value);
  return value as T;
}
