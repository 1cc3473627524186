// The build's CSS minifier for Lit `css` templates (scripts/rollup-minify-css.mjs): it may
// only drop what CSS ignores, so each rule below pins a place where a careless minifier
// changes what a page draws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { minifyCss, minifyCssTemplate, minifyLitCss } from '../../scripts/rollup-minify-css.mjs';

test('whitespace and comments go; a declaration block loses its last semicolon', () => {
  assert.equal(minifyCss('\n  :host {\n    display: block;\n    color: red;\n  }\n'), ':host{display:block;color:red}');
  assert.equal(minifyCss('/* a note */\n.a { /* why */ color: red; /* and */ }'), '.a{color:red}');
  assert.equal(minifyCss('.a,\n.b > .c ~ .d { margin: 0 0 8px }'), '.a,.b>.c~.d{margin:0 0 8px}');
  assert.equal(minifyCss('@media print {\n  .a {\n    x: y;\n  }\n}'), '@media print{.a{x:y}}');
});

test('a descendant combinator keeps its space, also before a pseudo-class', () => {
  assert.equal(minifyCss('svg .run.name { font-weight: 700 }'), 'svg .run.name{font-weight:700}');
  assert.equal(minifyCss('.a :hover { x: y }'), '.a :hover{x:y}');
  assert.equal(minifyCss('.a:hover { x: y }'), '.a:hover{x:y}');
  assert.equal(minifyCss(':host(:not([theme="light"])) .b { x: y }'), ':host(:not([theme="light"])) .b{x:y}');
  assert.equal(minifyCss('.a/**/.b { x: y }'), '.a .b{x:y}', 'a comment separates as a space does');
});

test('calc() keeps the spaces around + and -, and words stay apart', () => {
  assert.equal(minifyCss('a { width: calc(100% - 2px); top: calc( 1px + var(--x) ) }'), 'a{width:calc(100% - 2px);top:calc(1px + var(--x))}');
  assert.equal(minifyCss('a { margin: 4px  0   0; animation: x  1s  ease-out both }'), 'a{margin:4px 0 0;animation:x 1s ease-out both}');
  assert.equal(minifyCss('a { color: red !important }'), 'a{color:red !important}');
});

test('@media keeps `and (`: `and(` would be a function', () => {
  assert.equal(minifyCss('@media (min-width: 40em) and (max-width: 60em) { a { x: y } }'), '@media (min-width:40em) and (max-width:60em){a{x:y}}');
  assert.equal(minifyCss('@media screen and (prefers-reduced-motion: no-preference) { a { x: y } }'), '@media screen and (prefers-reduced-motion:no-preference){a{x:y}}');
});

test('quoted strings are kept exactly, comment-like and brace-like text included', () => {
  assert.equal(minifyCss(`a { content: '  a ;  }  /* b */ '; font-family: "Noto  Sans" , serif }`), `a{content:'  a ;  }  /* b */ ';font-family:"Noto  Sans",serif}`);
  assert.equal(minifyCss(`a { content: 'it\\'s  ;' }`), `a{content:'it\\'s  ;'}`);
  assert.equal(minifyCss(`[data-script='zh-Hant'] { x: y }`), `[data-script='zh-Hant']{x:y}`);
});

test('custom property values keep their words; an empty one keeps its space', () => {
  assert.equal(
    minifyCss(`:host {\n  --_font: var(--gba-font-family, 'PingFang SC',\n      system-ui, sans-serif);\n  --_tone: var(--_accent);\n}`),
    `:host{--_font:var(--gba-font-family,'PingFang SC',system-ui,sans-serif);--_tone:var(--_accent)}`,
  );
  assert.equal(minifyCss('a { --x: a  b  c; --empty: ; --last: }'), 'a{--x:a b c;--empty: ;--last: }');
});

test('escapes stay whole: an escaped colon is a word, a hex escape keeps the space that ends it', () => {
  assert.equal(minifyCss('.a\\: .b { x: y }'), '.a\\: .b{x:y}');
  assert.equal(minifyCss('.a\\31  .b { x: y }'), '.a\\31  .b{x:y}');
  assert.equal(minifyCss('.a\\31 b { x: y }'), '.a\\31 b{x:y}');
});

test('a text of declarations only (interpolated into a block elsewhere) keeps its last semicolon', () => {
  assert.equal(minifyCss('\n  --_bg: #141414;\n  --_text: #ececec;\n'), '--_bg:#141414;--_text:#ececec;');
});

test('interpolations stay where they were, with the spaces a word would keep', () => {
  assert.deepEqual(
    minifyCssTemplate(['\n  :host([theme="dark"]) {\n    ', '\n  }\n  @media (prefers-color-scheme: dark) {\n    :host {\n      ', '\n    }\n  }\n']),
    [':host([theme="dark"]){', '}@media (prefers-color-scheme:dark){:host{', '}}'],
  );
  assert.deepEqual(minifyCssTemplate(['a { margin: ', ' ', '; }']), ['a{margin:', ' ', '}']);
  assert.deepEqual(minifyCssTemplate(['.a ', ' { x: y }']), ['.a ', '{x:y}']);
  assert.deepEqual(minifyCssTemplate(['a { content: "', '"; }']), ['a{content:"', '"}']);
  const commented = ['a { /* ', ' */ x: y }'];
  assert.deepEqual(minifyCssTemplate(commented), commented, 'an interpolation inside a comment: left as written');
});

test('the rollup plugin minifies Lit css templates of the project and nothing else', async () => {
  const sources = {
    '/p/src/styles.js': [
      "import { css, html } from 'lit';",
      "import { css as other } from './not-lit.js';",
      'const dark = css`\n  --_bg: #141414;\n`;',
      'export const styles = css`\n  :host([theme="dark"]) {\n    ${dark}\n  }\n  .a .b { width: calc(100% - ${1 + 1}px); }\n`;',
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
  const tag = '[\\w$]+';
  assert.match(code, new RegExp(`dark = ${tag}\`--_bg:#141414;\``));
  assert.ok(code.includes('`:host([theme="dark"]){${dark}}.a .b{width:calc(100% - ${1 + 1}px)}`'), 'the styles are not minified, or an interpolation moved');
  assert.ok(code.includes('html`\n  <p>  ${x}  </p>\n`'), 'html templates are not CSS');
  assert.match(code, new RegExp(`notLit = ${tag}\`\n  a \\{ x: y; \\}\n\``), 'a `css` that is not Lit’s is left alone');
  assert.match(code, new RegExp(`dep = ${tag}\`\n  a \\{ x: y; \\}\n\``), 'dependencies are left alone');
});

test('the CDN bundle carries the widgets’ CSS minified', { skip: !existsSync(new URL('../../dist/gba-widgets.min.js', import.meta.url)) && 'run `npm run build` first' }, () => {
  const bundle = readFileSync(new URL('../../dist/gba-widgets.min.js', import.meta.url), 'utf8');
  assert.ok(bundle.includes(':host{display:block;box-sizing:border-box;'), 'figure styles are not minified');
  assert.ok(!bundle.includes('Forced colours'), 'a CSS comment reached the bundle');
});
