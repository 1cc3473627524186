/**
 * A small tree of the markup Lit's server renderer writes, and its XML serialisation.
 * The input is machine-written (quoted attributes, closed tags, Lit's comment markers), so
 * this is a tokenizer for that, not a general HTML parser: comments and `<?>` markers are
 * dropped, `<template shadowrootmode>` is an ordinary element whose children are the
 * shadow root, and `<script>`/`<style>` hold raw text.
 */

export interface MarkupElement {
  type: 'element';
  name: string;
  attributes: Map<string, string>;
  children: MarkupNode[];
  parent?: MarkupElement;
}

export interface MarkupText {
  type: 'text';
  text: string;
}

export type MarkupNode = MarkupElement | MarkupText;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

export function element(name: string, attributes: Record<string, string> = {}, children: MarkupNode[] = []): MarkupElement {
  const node: MarkupElement = { type: 'element', name, attributes: new Map(Object.entries(attributes)), children };
  for (const child of children) if (child.type === 'element') child.parent = node;
  return node;
}

export function text(value: string): MarkupText {
  return { type: 'text', text: value };
}

/** Parses `html` into a fragment: a root element named `#fragment`. */
export function parseMarkup(html: string): MarkupElement {
  const root = element('#fragment');
  let current = root;
  let i = 0;
  const pushText = (value: string): void => {
    if (value) current.children.push(text(decodeEntities(value)));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<?', lt) || html.startsWith('<!', lt)) {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      const name = html.slice(lt + 2, end).trim().toLowerCase();
      // Close the nearest open element of that name; a stray end tag closes nothing.
      for (let open: MarkupElement | undefined = current; open && open !== root; open = open.parent) {
        if (open.name.toLowerCase() === name) {
          current = open.parent ?? root;
          break;
        }
      }
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      pushText('<');
      i = lt + 1;
      continue;
    }
    const [whole, name, attributeText, selfClosing] = match;
    const node = element(name);
    node.parent = current;
    for (const [, attrName, double, single, bare] of attributeText.matchAll(ATTRIBUTE)) {
      node.attributes.set(attrName, decodeEntities(double ?? single ?? bare ?? ''));
    }
    current.children.push(node);
    i = lt + whole.length;
    const lower = name.toLowerCase();
    if (RAW_TEXT.has(lower)) {
      const close = html.toLowerCase().indexOf(`</${lower}`, i);
      const end = close < 0 ? html.length : close;
      if (end > i) node.children.push(text(html.slice(i, end)));
      const gt = html.indexOf('>', end);
      i = gt < 0 ? html.length : gt + 1;
    } else if (!selfClosing && !VOID.has(lower)) {
      current = node;
    }
  }
  return root;
}

export function* descendants(node: MarkupElement): Generator<MarkupElement> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* descendants(child);
  }
}

export function find(node: MarkupElement, test: (candidate: MarkupElement) => boolean): MarkupElement | undefined {
  for (const candidate of descendants(node)) if (test(candidate)) return candidate;
  return undefined;
}

export function hasToken(node: MarkupElement, attribute: string, token: string): boolean {
  return (node.attributes.get(attribute) ?? '').split(/\s+/).includes(token);
}

/** The text a reader sees in `node`, whitespace collapsed. */
export function textContent(node: MarkupElement): string {
  const parts: string[] = [];
  const walk = (n: MarkupNode): void => {
    if (n.type === 'text') parts.push(n.text);
    else if (!RAW_TEXT.has(n.name.toLowerCase())) n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/** Well-formed XML: every attribute quoted, empty elements self-closed, text escaped. */
export function serializeXML(node: MarkupNode): string {
  if (node.type === 'text') return escapeText(node.text);
  const attributes = [...node.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serializeXML).join('')}</${node.name}>`;
}
