import type { Label } from './types.js';
import { parseLocale } from '../format/locale.js';
import { msg, type MessageKey } from '../format/messages.js';
import { addTraditional } from './with-traditional.js';

/**
 * A label in every script from a UI message: the short names a widget's bundled data
 * gives to the article's things ("中山连片工业用地"), Traditional generated with the messages.
 */
export function messageLabel(key: MessageKey): Label {
  return addTraditional({ 'zh-Hans': msg(parseLocale('zh-CN')!, key), en: msg(parseLocale('en')!, key) }) as Label;
}
