// Minifies the CSS of Lit's `css` tagged templates at build time with lightningcss: the
// widgets' styles ship as template literals, which terser leaves alone (to it they are
// strings), so the indentation and the comments of src/**/*.styles.ts would otherwise reach
// every page. Used by the CDN build (rollup.config.mjs) and by bundleAlone()
// (scripts/bundle-sizes.mjs).
//
// Each `${…}` becomes a placeholder lightningcss parses as CSS — a custom property
// declaration where a declaration may start (`:host { ${scale} … }`), an identifier
// anywhere else (`calc(100% - ${x}px)`) — and is put back after. No browser targets:
// lightningcss only rewrites, it adds no prefixes and lowers nothing, so the minified CSS
// means what the source means. A template it cannot parse, or whose placeholders do not
// come back once each and in order, is left as written (with a build warning).
import { transform, transformStyleAttribute } from 'lightningcss';

const HOLE = 'css-hole-';

/** The placeholder for hole `i`, given the CSS text before it. */
function placeholder(before, i) {
  const declarationStarts = /(^|[{;])\s*$/.test(before);
  return declarationStarts ? `--${HOLE}${i}:0;` : `${HOLE}${i}`;
}

/**
 * Minifies the cooked text of a tagged template's static parts (interpolations between
 * them). Returns the minified parts, or undefined when they cannot be minified safely.
 */
export function minifyCssTemplate(parts) {
  if (parts.some((p) => p.includes(HOLE))) return undefined;
  let joined = parts[0];
  const holes = [];
  for (let i = 1; i < parts.length; i++) {
    holes.push(placeholder(joined, i - 1));
    joined += holes.at(-1) + parts[i];
  }
  let minified;
  try {
    // A template with no block is a list of declarations, interpolated into a block elsewhere.
    minified = joined.includes('{')
      ? transform({ filename: 'lit.css', code: Buffer.from(joined), minify: true }).code.toString()
      : `${transformStyleAttribute({ filename: 'lit.css', code: Buffer.from(joined), minify: true }).code.toString()};`;
  } catch {
    return undefined;
  }
  const result = [];
  let rest = minified;
  for (const hole of holes) {
    const text = hole.replace(/;$/, '');
    const at = rest.indexOf(text);
    if (at < 0 || /^[0-9]/.test(rest.slice(at + text.length))) return undefined; // `css-hole-1` is not `css-hole-12`
    result.push(rest.slice(0, at));
    rest = rest.slice(at + text.length);
  }
  result.push(rest);
  // Every placeholder came back once and in order: none is left over.
  return result.some((p) => p.includes(HOLE)) ? undefined : result;
}

/** Source text for a template literal's static part whose value is `cooked`. */
const raw = (cooked) => cooked.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

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
        if (quasis.some((q) => q.value.cooked == null || code.slice(q.start, q.end) !== q.value.raw)) continue; // not as expected: leave it
        const minified = minifyCssTemplate(quasis.map((q) => q.value.cooked));
        if (!minified) {
          this.warn(`a css\`\` template at ${id}:${node.start} is left unminified: lightningcss could not parse it with its interpolations`);
          continue;
        }
        minified.forEach((text, i) => edits.push({ start: quasis[i].start, end: quasis[i].end, text: raw(text) }));
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
