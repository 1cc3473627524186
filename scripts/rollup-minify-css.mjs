// Minifies the CSS of Lit's `css` tagged templates at build time: the widgets' styles ship
// as template literals, which terser leaves alone (to it they are strings), so the
// indentation and the comments of src/**/*.styles.ts would otherwise reach every page.
// Used by the CDN build (rollup.config.mjs) and by bundleAlone() (scripts/bundle-sizes.mjs).
//
// Deliberately small and conservative: it only removes comments and whitespace, and the
// one `;` before a `}`. It never touches what is inside a quoted string, never joins two
// words (a descendant combinator `.a .b`, `calc(1px + 2px)`, `@media (a) and (b)` keep
// their spaces), never removes a space before `:` (`.a :hover` is not `.a:hover`) or
// before `(` (`and (` is not `and(`), and keeps every `${…}` interpolation exactly as written.

/** Characters a space next to which says nothing: after these… */
const NO_SPACE_AFTER = new Set(['{', '}', ';', ',', '>', '~', '(', ':']);
/** …and before these. */
const NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', '~', ')']);
const WHITESPACE = /[ \t\n\r\f]/;

/**
 * Minifies one CSS text. `keep` (a string that does not occur in CSS, e.g. an
 * interpolation placeholder) must survive as it is: a comment containing it makes the
 * whole text come back unchanged.
 */
export function minifyCss(text, keep) {
  let out = '';
  let space = false; // whitespace (or a comment) seen since the last character written
  let semicolon = false; // a `;` not written yet: dropped if a `}` comes next
  let tail = ''; // the last character written, or 'a' after an escape (`\\:` is a word, not a colon)
  const write = (chunk, escaped = false) => {
    const last = semicolon ? ';' : tail;
    if (space && last === ':' && chunk[0] === '}') out += ' '; // `--x: }`, as above
    if (semicolon && chunk[0] !== '}') out += ';';
    if (space && last && !NO_SPACE_AFTER.has(last) && !NO_SPACE_BEFORE.has(chunk[0])) out += ' ';
    space = false;
    semicolon = false;
    out += chunk;
    tail = escaped ? 'a' : chunk.at(-1);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (WHITESPACE.test(c)) {
      space = true;
      i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      if (keep && text.slice(i, stop).includes(keep)) return text;
      space = true; // a comment separates tokens as whitespace does
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      write(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      // An escape: the escaped character is not whitespace, and a hex escape (`\\31 `)
      // ends with one whitespace that belongs to it.
      const hex = /^[0-9a-fA-F]{1,6}[ \t\n\r\f]?/.exec(text.slice(i + 1, i + 8));
      const length = 1 + (hex ? hex[0].length : 1);
      write(text.slice(i, i + length), true);
      i += length;
    } else if (c === ';') {
      if (semicolon) out += ';';
      else if (space && tail === ':') out += ' '; // `--x: ;`: an empty custom property keeps its space
      semicolon = true;
      space = false;
      i++;
    } else {
      write(c);
      i++;
    }
  }
  return semicolon ? `${out};` : out;
}

/**
 * Minifies the static parts of a tagged template (their raw source text), treating each
 * interpolation as an opaque word so that the spaces around it are kept or dropped by
 * the same rules as around any other word. Returns the parts unchanged when that is not
 * possible (a placeholder clash, an interpolation inside a comment).
 */
export function minifyCssTemplate(parts) {
  const marker = '\u0000CSS-INTERPOLATION-';
  if (parts.some((p) => p.includes(marker) || p.includes('\u0000'))) return parts;
  const holes = parts.slice(1).map((_, i) => `${marker}${i}\u0000`);
  const joined = parts.map((p, i) => (i === 0 ? p : holes[i - 1] + p)).join('');
  const minified = minifyCss(joined, marker);
  if (minified === joined) return parts;
  const result = [];
  let rest = minified;
  for (const hole of holes) {
    const at = rest.indexOf(hole);
    if (at < 0) return parts;
    result.push(rest.slice(0, at));
    rest = rest.slice(at + hole.length);
  }
  result.push(rest);
  return result;
}

/** Local names under which a module imports Lit's `css` tag. */
function cssTagNames(ast) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^(lit|lit-element|@lit\/reactive-element)(\/|$)/.test(node.source.value)) continue;
    for (const s of node.specifiers) if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === 'css') names.add(s.local.name);
  }
  return names;
}

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const key of Object.keys(node)) if (key !== 'type' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
}

/** The rollup plugin: runs after TypeScript, on the project's own modules only. */
export function minifyLitCss({ include = /\/src\/.*\.[cm]?[jt]s$/ } = {}) {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!include.test(id) || id.includes('/node_modules/') || !code.includes('css')) return null;
      const ast = this.parse(code);
      const tags = cssTagNames(ast);
      if (tags.size === 0) return null;
      const edits = [];
      for (const node of taggedTemplates(ast)) {
        if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) continue;
        const quasis = node.quasi.quasis;
        const raw = quasis.map((q) => q.value.raw);
        if (quasis.some((q, i) => code.slice(q.start, q.end) !== raw[i])) continue; // positions not as expected: leave it
        minifyCssTemplate(raw).forEach((text, i) => edits.push({ start: quasis[i].start, end: quasis[i].end, text }));
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
