import { toTraditional } from '../format/traditional.js';
import type { WithoutTraditional } from './types.js';

const isLabel = (value: object): value is { 'zh-Hans': string; en: string; 'zh-Hant'?: string } =>
  typeof (value as Record<string, unknown>)['zh-Hans'] === 'string' && typeof (value as Record<string, unknown>).en === 'string';

/**
 * Gives every bundled label its Traditional text back, from the build's character table
 * (once, at load, in place): the build ships the dataset without the Traditional copies.
 */
export function withTraditional<T>(value: WithoutTraditional<T>): T {
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (isLabel(node)) node['zh-Hant'] = toTraditional(node['zh-Hans']);
    else Object.values(node).forEach(visit);
  };
  visit(value);
  return value as T;
}
