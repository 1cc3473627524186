import { toTraditional, traditionalLoaded } from '../standards/traditional.js';
import type { WithoutTraditional } from './types.js';

type BundledLabel = { 'zh-Hans': string; en: string; 'zh-Hant'?: string };

const isLabel = (value: object): value is BundledLabel =>
  typeof (value as Record<string, unknown>)['zh-Hans'] === 'string' && typeof (value as Record<string, unknown>).en === 'string';

/**
 * Taiwan's text of each bundled label. Out of band, so the labels keep their public shape
 * (`zh-Hant` is Hong Kong's, as in `gba-widgets/data`); a reader's own label is not in it
 * and shows its own `zh-Hant`.
 */
const taiwan = new WeakMap<object, string | (() => string)>();

/** Taiwan's text of a label that came with the package, if it is one. */
export const bundledTaiwanText = (label: object): string | undefined => {
  const text = taiwan.get(label);
  return typeof text === 'function' ? text() : text;
};

/**
 * Records the Taiwan text of a label the package made itself (from its messages), beside its
 * Hong Kong `zh-Hant`; a function is asked each time (its language pack may arrive later).
 */
export function setTaiwanText<T extends object>(label: T, text: string | (() => string)): T {
  taiwan.set(label, text);
  return label;
}

/**
 * Gives a bundled label its Traditional texts: Hong Kong's as `zh-Hant`, Taiwan's beside it.
 * `zh-Hant` is a getter converting on first read once the character table is in (it is a
 * chunk of its own, fetched only for Traditional readers, who wait for it before drawing);
 * read earlier, it gives the Simplified text and converts again next time.
 */
export function addTraditional<T extends BundledLabel>(label: T): T & { 'zh-Hant': string } {
  const convert = (region: 'hk' | 'tw') => {
    let text: string | undefined;
    return () => (text ??= traditionalLoaded() ? toTraditional(label['zh-Hans'], region) : undefined) ?? label['zh-Hans'];
  };
  Object.defineProperty(label, 'zh-Hant', { get: convert('hk'), enumerable: true, configurable: true });
  taiwan.set(label, convert('tw'));
  return label as T & { 'zh-Hant': string };
}

/**
 * Gives every bundled label its Traditional text back, from the build's character tables
 * (in place, converting on first read): the build ships the dataset without the Traditional copies.
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
