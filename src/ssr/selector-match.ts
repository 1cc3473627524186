/**
 * CSS selector matching on a server-rendered shadow tree (see `markup-tree.ts`), as the
 * shadow root's own stylesheet sees it: `:host` and `:host(…)` match only the host, every
 * other compound only elements inside the shadow root. A static picture has no hover,
 * focus or pseudo-elements, so selectors that need them match nothing, which is exactly
 * what a reader who has not touched the widget sees.
 */
import { hasToken, type MarkupElement } from './markup-tree.js';

type Simple =
  | { kind: 'universal' }
  | { kind: 'type'; name: string }
  | { kind: 'id'; value: string }
  | { kind: 'class'; value: string }
  | { kind: 'attribute'; name: string; op?: string; value?: string; insensitive: boolean }
  | { kind: 'host'; argument?: Complex[] }
  | { kind: 'not' | 'is' | 'where'; argument: Complex[] }
  | { kind: 'first-child' | 'last-child' | 'only-child' | 'root' | 'never' };

interface Complex {
  compounds: Simple[][];
  /** `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`: ' ', '>', '+' or '~'. */
  combinators: string[];
}

export type Specificity = [number, number, number];

const IDENT = /^-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*/;
const ATTRIBUTE = /^\[\s*([\w:|-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*([is])?\s*)?\]/;
const cache = new Map<string, Complex[]>();
/** Stands in for the host inside `:host(…)`, whose argument sees the host as an ordinary element. */
const NO_HOST: MarkupElement = { type: 'element', name: '#none', attributes: new Map(), children: [] };

function balanced(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if (text[i] === ')' || text[i] === ']') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseComplex(source: string): Complex {
  const compounds: Simple[][] = [];
  const combinators: string[] = [];
  let s = source.trim();
  let pending = '';
  while (s.length) {
    const space = /^\s+/.exec(s);
    if (space) {
      pending ||= ' ';
      s = s.slice(space[0].length);
      continue;
    }
    if ('>+~'.includes(s[0])) {
      pending = s[0];
      s = s.slice(1);
      continue;
    }
    if (compounds.length) combinators.push(pending || ' ');
    pending = '';
    const compound: Simple[] = [];
    while (s.length && !/^[\s>+~]/.test(s)) {
      let m: RegExpExecArray | null;
      if (s[0] === '*') {
        compound.push({ kind: 'universal' });
        s = s.slice(1);
      } else if (s[0] === '#' && (m = IDENT.exec(s.slice(1)))) {
        compound.push({ kind: 'id', value: m[0] });
        s = s.slice(1 + m[0].length);
      } else if (s[0] === '.' && (m = IDENT.exec(s.slice(1)))) {
        compound.push({ kind: 'class', value: m[0] });
        s = s.slice(1 + m[0].length);
      } else if ((m = ATTRIBUTE.exec(s))) {
        const [whole, name, op, double, single, bare, flag] = m;
        compound.push({ kind: 'attribute', name: name.toLowerCase(), op, value: double ?? single ?? bare, insensitive: flag === 'i' });
        s = s.slice(whole.length);
      } else if (s[0] === ':') {
        const element = s[1] === ':';
        const name = IDENT.exec(s.slice(element ? 2 : 1))?.[0] ?? '';
        let rest = s.slice((element ? 2 : 1) + name.length);
        let argument: string | undefined;
        if (rest[0] === '(') {
          const close = balanced(rest, 0);
          argument = rest.slice(1, close);
          rest = rest.slice(close + 1);
        }
        s = rest;
        const lower = name.toLowerCase();
        if (element) compound.push({ kind: 'never' });
        else if (lower === 'host') compound.push({ kind: 'host', argument: argument === undefined ? undefined : parseSelectorList(argument) });
        else if (lower === 'not' || lower === 'is' || lower === 'where' || lower === 'matches') {
          compound.push({ kind: lower === 'matches' ? 'is' : lower, argument: parseSelectorList(argument ?? '') });
        } else if (lower === 'first-child' || lower === 'last-child' || lower === 'only-child' || lower === 'root') compound.push({ kind: lower });
        else compound.push({ kind: 'never' }); // :hover, :focus-visible, :checked…: not in a picture
      } else if ((m = IDENT.exec(s))) {
        compound.push({ kind: 'type', name: m[0].toLowerCase() });
        s = s.slice(m[0].length);
      } else {
        compound.push({ kind: 'never' });
        s = '';
      }
    }
    compounds.push(compound);
  }
  return { compounds, combinators };
}

export function parseSelectorList(text: string): Complex[] {
  let parsed = cache.get(text);
  if (!parsed) {
    parsed = splitList(text).map(parseComplex);
    cache.set(text, parsed);
  }
  return parsed;
}

/** The element a shadow stylesheet sees above `node`: the host for top-level shadow content. */
function parentOf(node: MarkupElement, host: MarkupElement): MarkupElement | undefined {
  if (node === host) return undefined;
  const parent = node.parent;
  if (!parent || parent.name === '#fragment') return undefined;
  if (parent.name.toLowerCase() === 'template' && parent.parent === host) return host;
  return parent;
}

function siblings(node: MarkupElement): MarkupElement[] {
  return (node.parent?.children ?? []).filter((c): c is MarkupElement => c.type === 'element');
}

function attributeMatches(node: MarkupElement, simple: Extract<Simple, { kind: 'attribute' }>): boolean {
  const name = [...node.attributes.keys()].find((k) => k.toLowerCase() === simple.name);
  if (name === undefined) return false;
  if (simple.op === undefined || simple.value === undefined) return true;
  let actual = node.attributes.get(name) ?? '';
  let expected = simple.value;
  if (simple.insensitive) {
    actual = actual.toLowerCase();
    expected = expected.toLowerCase();
  }
  switch (simple.op) {
    case '=':
      return actual === expected;
    case '~=':
      return actual.split(/\s+/).includes(expected);
    case '|=':
      return actual === expected || actual.startsWith(`${expected}-`);
    case '^=':
      return expected !== '' && actual.startsWith(expected);
    case '$=':
      return expected !== '' && actual.endsWith(expected);
    case '*=':
      return expected !== '' && actual.includes(expected);
    default:
      return false;
  }
}

function simpleMatches(simple: Simple, node: MarkupElement, host: MarkupElement): boolean {
  switch (simple.kind) {
    case 'universal':
      return true;
    case 'type':
      return node.name.toLowerCase() === simple.name;
    case 'id':
      return node.attributes.get('id') === simple.value;
    case 'class':
      return hasToken(node, 'class', simple.value);
    case 'attribute':
      return attributeMatches(node, simple);
    case 'host':
      return node === host && (simple.argument === undefined || simple.argument.some((c) => compoundsMatch(c, node, host, true)));
    case 'not':
      return !simple.argument.some((c) => complexMatches(c, node, host, node === host));
    case 'is':
    case 'where':
      return simple.argument.some((c) => complexMatches(c, node, host, node === host));
    case 'first-child':
      return siblings(node)[0] === node;
    case 'last-child':
      return siblings(node).at(-1) === node;
    case 'only-child':
      return siblings(node).length === 1;
    default:
      return false;
  }
}

/** `inHostContext`: inside `:host(…)`, the argument is matched against the host as an ordinary element. */
function compoundsMatch(complex: Complex, node: MarkupElement, host: MarkupElement, inHostContext: boolean): boolean {
  return complex.compounds.length === 1 && complex.compounds[0].every((s) => simpleMatches(s, node, inHostContext ? NO_HOST : host));
}

function complexMatches(complex: Complex, node: MarkupElement, host: MarkupElement, inHostContext = false): boolean {
  if (inHostContext) return compoundsMatch(complex, node, host, true);
  const matchAt = (index: number, candidate: MarkupElement): boolean => {
    const compound = complex.compounds[index];
    const isHostCompound = compound.some((s) => s.kind === 'host');
    if ((candidate === host) !== isHostCompound) return false;
    if (!compound.every((s) => simpleMatches(s, candidate, host))) return false;
    if (index === 0) return true;
    const combinator = complex.combinators[index - 1];
    if (combinator === '>') {
      const parent = parentOf(candidate, host);
      return parent !== undefined && matchAt(index - 1, parent);
    }
    if (combinator === ' ') {
      for (let p = parentOf(candidate, host); p; p = parentOf(p, host)) if (matchAt(index - 1, p)) return true;
      return false;
    }
    const before = siblings(candidate);
    const position = before.indexOf(candidate);
    if (combinator === '+') return position > 0 && matchAt(index - 1, before[position - 1]);
    return before.slice(0, Math.max(0, position)).some((s) => matchAt(index - 1, s));
  };
  return complex.compounds.length > 0 && matchAt(complex.compounds.length - 1, node);
}

function specificityOf(complex: Complex): Specificity {
  const total: Specificity = [0, 0, 0];
  const add = (s: Specificity): void => {
    total[0] += s[0];
    total[1] += s[1];
    total[2] += s[2];
  };
  const max = (list: Complex[]): Specificity => list.map(specificityOf).reduce((a, b) => (compare(a, b) >= 0 ? a : b), [0, 0, 0]);
  for (const simple of complex.compounds.flat()) {
    if (simple.kind === 'id') add([1, 0, 0]);
    else if (simple.kind === 'class' || simple.kind === 'attribute' || simple.kind.endsWith('child') || simple.kind === 'root') add([0, 1, 0]);
    else if (simple.kind === 'type') add([0, 0, 1]);
    else if (simple.kind === 'host') {
      add([0, 1, 0]);
      if (simple.argument) add(max(simple.argument));
    } else if (simple.kind === 'not' || simple.kind === 'is') add(max(simple.argument));
  }
  return total;
}

export function compare(a: Specificity, b: Specificity): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The highest specificity among the selectors of `selectorText` that match `node`; undefined when none does. */
export function matchSpecificity(selectorText: string, node: MarkupElement, host: MarkupElement): Specificity | undefined {
  let best: Specificity | undefined;
  for (const complex of parseSelectorList(selectorText)) {
    if (!complexMatches(complex, node, host)) continue;
    const s = specificityOf(complex);
    if (!best || compare(s, best) > 0) best = s;
  }
  return best;
}
