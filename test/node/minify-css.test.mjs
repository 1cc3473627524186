// The build's CSS minifier for Lit `css` templates (scripts/rollup-minify-css.mjs, lightningcss
// underneath): every `css` template of src/ minified must be shorter and mean the same to
// Chromium's CSS parser — the same declarations, after shorthands are expanded, for every
// selector under every @media — with each `${…}` interpolation still there, in order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { minifyCssTemplate, minifyLitCss } from '../../scripts/rollup-minify-css.mjs';
import { launch } from './chromium.mjs';

const src = new URL('../../src/', import.meta.url);

/** The cooked static parts of every Lit `css` template in `code` (JavaScript). */
function cssTemplates(code) {
  const found = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') found.push(node.quasi.quasis.map((q) => q.value.cooked));
    for (const key of Object.keys(node)) if (key !== 'type') walk(node[key]);
  };
  walk(parseAst(code));
  return found;
}

/** Every source file with a Lit `css` template: as written, and as the plugin leaves it. */
function projectTemplates() {
  const plugin = minifyLitCss();
  const warnings = [];
  const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.startsWith('generated'));
  return files.flatMap((file) => {
    const source = readFileSync(new URL(file, src), 'utf8');
    if (!/import \{[^}]*\bcss\b[^}]*\} from 'lit'/.test(source)) return [];
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true } }).outputText;
    const out = plugin.transform.call({ parse: parseAst, warn: (w) => warnings.push(w) }, js, `/p/src/${file}`);
    assert.deepEqual(warnings, [], `${file}: a template was left unminified`);
    const before = cssTemplates(js);
    const after = cssTemplates(out?.code ?? js);
    assert.equal(after.length, before.length, `${file}: templates lost`);
    return before.map((parts, i) => ({ where: `${file} #${i}`, parts, minified: after[i] }));
  });
}

/**
 * Fills each interpolation with CSS of the kind the project interpolates there: declarations
 * where a declaration may start (`:host { ${scale} … }`), a length anywhere else.
 */
const fill = (parts) => parts.reduce((text, part, i) => text + (/(^|[{;])\s*$/.test(text) ? `--probe-${i}: ${i}px;` : `${i}px`) + part);

describe('lightningcss minifies the project’s css templates without changing what they mean', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await browser.newPage();
  });
  after(() => browser?.close());

  /** What Chromium reads from a stylesheet: per @media context and single selector, its longhand declarations. */
  const meaning = (text) =>
    page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const result = {};
      // Chromium keeps what it cannot compute as written: spaces between the tokens of a custom
      // property or of a var() (substituted without them), and its colours as written (#333 is
      // #333333, 'a' is "a", 600ms is .6s); transparent is #0000; SVG's unitless lengths are user units, px.
      const normal = (property, value) => {
        const tokens = /^--/.test(property) || value.includes('var(')
          ? value
              .replace(/\s*([,()])\s*/g, '$1')
              .trim()
              .replace(/#([\da-f])([\da-f])([\da-f])\b/gi, '#$1$1$2$2$3$3')
              .replace(/'/g, '"')
              .replace(/\b(\d+)ms\b/g, (_, ms) => `${ms / 1000}s`.replace(/^0\./, '.'))
              .toLowerCase()
          : value;
        const named = tokens.replace(/\btransparent\b/g, 'rgba(0, 0, 0, 0)');
        return /^(stroke-width|stroke-dashoffset)$/.test(property) ? named.replace(/^(-?[\d.]+)$/, '$1px') : named;
      };
      const splitList = (list) => {
        const parts = [];
        let depth = 0;
        let start = 0;
        for (let i = 0; i < list.length; i++) {
          if ('(['.includes(list[i])) depth++;
          else if (')]'.includes(list[i])) depth--;
          else if (list[i] === ',' && depth === 0) {
            parts.push(list.slice(start, i).trim());
            start = i + 1;
          }
        }
        return [...parts, list.slice(start).trim()];
      };
      const walk = (rules, context) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) {
            for (const selector of splitList(rule.selectorText)) {
              const declared = (result[`${context} ${selector}`] ??= {});
              for (let i = 0; i < rule.style.length; i++) declared[rule.style[i]] = normal(rule.style[i], rule.style.getPropertyValue(rule.style[i]));
            }
          } else if (rule.cssRules) walk(rule.cssRules, `${context} @${rule.conditionText ?? rule.cssText.slice(0, 40)}`);
          else result[rule.cssText] = true;
        }
      };
      walk(sheet.cssRules, '');
      return result;
    }, text);

  test('every template: shorter, its interpolations kept, and the same to Chromium', async () => {
    const templates = projectTemplates();
    assert.ok(templates.length >= 10, `only ${templates.length} css templates found in src/`);
    let written = 0;
    let minified = 0;
    for (const { where, parts, minified: out } of templates) {
      assert.equal(out.length, parts.length, `${where}: an interpolation was lost`);
      written += parts.join('').length;
      minified += out.join('').length;
      // A list of declarations alone (interpolated into a block elsewhere) is read inside one.
      const sheet = (p) => (p.join('').includes('{') ? fill(p) : `:host { ${fill(p)} }`);
      const original = await meaning(sheet(parts));
      assert.ok(Object.keys(original).length > 0, `${where}: Chromium read nothing from it`);
      assert.deepEqual(await meaning(sheet(out)), original, `${where}: the minified CSS means something else`);
    }
    assert.ok(minified < written * 0.85, `minified ${minified} of ${written} characters: not much smaller`);
  });

  test('the project’s interpolations are declarations inside blocks, and they stay there', () => {
    const tokens = projectTemplates().find(({ parts }) => parts.length > 2 && parts.join('').includes('--_scheme: light'));
    assert.ok(tokens, 'tokens.ts has no interpolated template');
    assert.match(tokens.minified[0], /:host\{$/, 'the scale is no longer first in :host');
    assert.match(tokens.minified.at(-2), /\{$/, 'the dark values are no longer the block of their rule');
  });
});

test('interpolations in a value, a selector and a declaration list survive, in order', () => {
  const cases = [
    ['.a .b { width: calc(100% - ', 'px); margin: ', ' 0; }'],
    ['.a ', ' { color: red; }'],
    [':host {\n  ', '\n  --_x: 1px;\n}\n@media (min-width: 40em) {\n  :host {\n    ', '\n  }\n}'],
    ['\n  --_bg: #141414;\n  --_text: ', ';\n'],
  ];
  for (const parts of cases) {
    const out = minifyCssTemplate(parts);
    assert.ok(out, `${JSON.stringify(parts)}: not minified`);
    assert.equal(out.length, parts.length);
    assert.ok(out.join('').length < parts.join('').length, `${JSON.stringify(out)} is not shorter`);
  }
  // A list of declarations keeps its last semicolon: another block may follow it in.
  assert.match(minifyCssTemplate(['\n  --_bg: #141414;\n  --_text: #ececec;\n'])[0], /;$/);
});

test('a template lightningcss cannot read back with its interpolations is left as written', () => {
  assert.equal(minifyCssTemplate(['a { /* ', ' */ color: red }']), undefined, 'an interpolation inside a comment');
  assert.equal(minifyCssTemplate(['a { color: css-hole-0; x: ', ' }']), undefined, 'a placeholder clash');
});

test('the rollup plugin minifies Lit css templates of the project and nothing else', async () => {
  const sources = {
    '/p/src/styles.js': [
      "import { css, html } from 'lit';",
      "import { css as other } from './not-lit.js';",
      'const dark = css`\n  --_bg: #141414;\n`;',
      'export const styles = css`\n  :host([theme="dark"]) {\n    ${dark}\n  }\n  .a .b { width: calc(100% - ${1 + 1}px); content: "\\\\201C"; }\n`;',
      'export const template = (x) => html`\n  <p>  ${x}  </p>\n`;',
      'export const notLit = other`\n  a { x: y; }\n`;',
    ].join('\n'),
    '/p/src/not-lit.js': 'export const css = (s) => s.raw.join("");',
    '/p/node_modules/dep/index.js': "import { css } from 'lit';\nexport const dep = css`\n  a { x: y; }\n`;",
  };
  const bundle = await rollup({
    input: ['/p/src/styles.js', '/p/node_modules/dep/index.js'],
    external: ['lit'],
    plugins: [{ name: 'memory', resolveId: (id, from) => (id === 'lit' ? false : id.startsWith('./') ? new URL(id, `file://${from}`).pathname : id), load: (id) => sources[id] }, minifyLitCss()],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((o) => o.code).join('\n');
  const [styles, dark] = ['styles', 'dark'].map((name) => cssTemplates(code.replace(/[\w$]+`/g, 'css`')).find((p) => new RegExp(name === 'dark' ? '--_bg' : 'calc').test(p.join(''))));
  assert.deepEqual(dark, ['--_bg:#141414;'], 'a list of declarations is not minified');
  assert.equal(styles.length, 3, 'an interpolation was lost');
  assert.doesNotMatch(styles.join(''), /\n|\s{2}/, 'whitespace is left');
  assert.match(styles[0], /^:host\(\[theme=("?)dark\1\]\)\{$/, 'the first interpolation moved');
  assert.match(styles[1], /^\}\.a \.b\{width:calc\(100% - $/, 'the second interpolation moved');
  assert.ok(code.includes('\\\\201C') || code.includes('\u201c') || code.includes('“'), 'a CSS escape was lost');
  assert.ok(code.includes('html`\n  <p>  ${x}  </p>\n`'), 'html templates are not CSS');
  assert.match(code, /notLit = \w+`\n {2}a \{ x: y; \}\n`/, 'a `css` that is not Lit’s is left alone');
  assert.match(code, /dep = \w+`\n {2}a \{ x: y; \}\n`/, 'dependencies are left alone');
});

test('the CDN bundle carries the widgets’ CSS minified', { skip: !existsSync(new URL('../../dist/gba-widgets.min.js', import.meta.url)) && 'run `npm run build` first' }, () => {
  const bundle = readFileSync(new URL('../../dist/gba-widgets.min.js', import.meta.url), 'utf8');
  assert.ok(/:host\{[^}\s]*display:block/.test(bundle), 'figure styles are not minified');
  assert.ok(!bundle.includes('Forced colours'), 'a CSS comment reached the bundle');
  assert.ok(!/\{\n\s+--_/.test(bundle), 'an indented css template reached the bundle');
});
