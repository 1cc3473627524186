/**
 * A widget's stylesheet as a list of style rules, each with the `@media` conditions around
 * it, and the evaluation of those conditions for a static export (no reader, no window:
 * a theme and a width). Enough CSS for the styles this package writes: style rules,
 * `@media` (nested), everything else (`@keyframes`, `@font-face`, …) skipped.
 */

export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

export interface CssRule {
  selectors: string[];
  declarations: Declaration[];
  /** The `@media` preludes around the rule, outermost first; all must hold. */
  media: string[];
  /** Source order, for the cascade. */
  order: number;
}

/** What a static export stands in for the reader's system and window. */
export interface MediaContext {
  theme: 'light' | 'dark';
  width: number;
}

/** Splits `text` at top-level occurrences of `separator` (not inside quotes, (), []). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

export function parseDeclarations(block: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const part of splitTopLevel(block, ';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim().replace(/\s+/g, ' ');
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    if (property && value) declarations.push({ property: property.startsWith('--') ? property : property.toLowerCase(), value, important });
  }
  return declarations;
}

export function parseCss(text: string): CssRule[] {
  const rules: CssRule[] = [];
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (start: number, end: number, media: string[]): void => {
    let i = start;
    while (i < end) {
      const open = css.indexOf('{', i);
      if (open < 0 || open >= end) return;
      const prelude = css.slice(i, open).trim();
      const close = Math.min(blockEnd(css, open), end);
      if (prelude.startsWith('@media')) walk(open + 1, close, [...media, prelude.slice(6).trim()]);
      else if (!prelude.startsWith('@')) {
        rules.push({
          selectors: splitTopLevel(prelude, ',').map((s) => s.trim()).filter(Boolean),
          declarations: parseDeclarations(css.slice(open + 1, close)),
          media,
          order: rules.length,
        });
      }
      i = close + 1;
    }
  };
  walk(0, css.length, []);
  return rules;
}

/** One media query (no commas): `print`, `(prefers-color-scheme: dark)`, `screen and (min-width: 40em)`. */
function queryHolds(query: string, context: MediaContext): boolean {
  let q = query.trim().toLowerCase();
  const negated = q.startsWith('not ');
  if (negated) q = q.slice(4);
  q = q.replace(/^only\s+/, '');
  const holds = q.split(/\s+and\s+/).every((term) => {
    const t = term.trim();
    if (t === 'all' || t === 'screen') return true;
    if (t === 'print' || t === 'speech') return false;
    const feature = /^\(\s*([\w-]+)\s*(?::\s*([^)]+))?\)$/.exec(t);
    if (!feature) return false;
    const [, name, raw = ''] = feature;
    const value = raw.trim();
    const px = parseFloat(value) * (value.endsWith('em') ? 16 : 1);
    switch (name) {
      case 'prefers-color-scheme':
        return value === context.theme;
      case 'prefers-reduced-motion':
        return value === 'reduce'; // a picture does not move
      case 'forced-colors':
        return value === 'none';
      case 'prefers-contrast':
        return value === 'no-preference';
      case 'min-width':
        return context.width >= px;
      case 'max-width':
        return context.width <= px;
      case 'hover':
      case 'any-hover':
        return value === 'none';
      default:
        return false;
    }
  });
  return negated ? !holds : holds;
}

export function mediaHolds(media: string[], context: MediaContext): boolean {
  return media.every((list) => splitTopLevel(list, ',').some((query) => queryHolds(query, context)));
}
