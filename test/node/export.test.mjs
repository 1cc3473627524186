// Static export (gba-widgets/ssr.js and the `gba-widgets` CLI, built): every widget in
// custom-elements.json as a standalone SVG (valid XML, real text, resolved colours, the
// server's own chart) and a PNG in a Chinese font. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportFigure, exportPNG, exportSVG, findCJKFont, findLatinFont, renderToHTML, widgets } from '../../dist/ssr.js';
import { launch } from './chromium.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const cli = new URL('dist/cli/gba-widgets.js', root).pathname;
const LANGS = ['zh-CN', 'zh-HK', 'en'];
const tags = (await widgets()).map((w) => w.tag);
const WIDTH = 560;

/** The chart's elements with their geometry, from SSR HTML or an exported SVG (both machine-written, quoted). */
function chartElements(markup, chartStart) {
  const from = markup.search(chartStart);
  const body = markup.slice(from, markup.indexOf('</svg>', from)).replace(/<!--[\s\S]*?-->|<\?>/g, '');
  const GEOMETRY = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'font-size'];
  return [...body.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*\/?>/g)].slice(1).map(([, name, attrs]) => {
    const values = Object.fromEntries([...attrs.matchAll(/([^\s=]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    return [name, Object.fromEntries(GEOMETRY.filter((k) => k in values).map((k) => [k, values[k]]))];
  });
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
/**
 * The text of a frame part in server HTML: up to the end of its caption or paragraph (or the
 * next part), without the markup inside it (<wbr> between Chinese words, compound spans).
 */
function partText(html, part) {
  const start = new RegExp(`part="${part}"[^>]*>`).exec(html);
  if (!start) return '';
  const rest = html.slice(start.index + start[0].length);
  const end = Math.min(...['</figcaption>', '</p>', '<span part='].map((m) => rest.indexOf(m)).filter((i) => i >= 0));
  return unescape(rest.slice(0, end).replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim());
}

describe('exportSVG', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
  });

  /** In Chromium's XML parser: well-formedness, and what a viewer reads from the document. */
  const readXML = (source) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svg = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: svg.localName,
        namespace: svg.namespaceURI,
        viewBox: svg.getAttribute('viewBox'),
        width: svg.getAttribute('width'),
        height: svg.getAttribute('height'),
        title: svg.querySelector(':scope > title')?.textContent ?? '',
        desc: svg.querySelector(':scope > desc')?.textContent ?? '',
        texts: svg.querySelectorAll('text').length,
      };
    }, source);

  const background = (svg) => /<rect class="background"[^>]*style="fill:([^;"]+)/.exec(svg)?.[1];
  const luminance = (hex) => {
    const [r, g, b] = hex.replace('#', '').match(/../g).map((h) => parseInt(h, 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  for (const tag of tags) {
    test(`<${tag}> in ${LANGS.join(', ')}: a standalone SVG with its words as text, its theme resolved and the server's chart`, async () => {
      for (const lang of LANGS) {
        const { svg, height } = await exportFigure(tag, { lang }, { width: WIDTH });
        const where = `<${tag} lang=${lang}>`;

        const doc = await readXML(svg);
        assert.equal(doc.error, null, `${where}: not well-formed XML: ${doc.error}`);
        assert.equal(doc.root, 'svg');
        assert.equal(doc.namespace, 'http://www.w3.org/2000/svg');
        assert.equal(doc.width, String(WIDTH), `${where}: width`);
        assert.equal(doc.height, String(height), `${where}: height`);
        assert.equal(doc.viewBox, `0 0 ${WIDTH} ${height}`, `${where}: viewBox`);
        assert.ok(doc.title.trim() && doc.desc.trim(), `${where}: empty <title> or <desc>`);
        assert.ok(doc.texts > 3, `${where}: fewer than 4 <text> elements`);

        // Title, takeaway and source line, as the server renders them, set in full as SVG text.
        const html = await renderToHTML(tag, { lang, theme: 'light' }, { width: WIDTH - 32 });
        const drawn = [...svg.matchAll(/<text class="(title|takeaway|source)"[^>]*>([^<]*)<\/text>/g)];
        for (const part of ['title', 'takeaway', 'source']) {
          const expected = partText(html, part);
          if (part !== 'takeaway') assert.ok(expected, `${where}: the widget has no ${part}`);
          const lines = drawn.filter(([, cls]) => cls === part).map(([, , t]) => unescape(t));
          assert.equal(lines.join('').replace(/\s+/g, ''), expected.replace(/\s+/g, ''), `${where}: the ${part} is not drawn in full`);
        }
        if (lang !== 'en') assert.match(svg, /<text[^>]*>[^<]*[\u4e00-\u9fff]/, `${where}: no Chinese text`);
        if (lang === 'zh-HK') assert.match(svg, /來源/, `${where}: the source line is not Traditional`);

        // The theme resolved: no variables, no stylesheet, concrete paint.
        assert.doesNotMatch(svg, /var\(|--_|--gba-/, `${where}: a CSS variable is left`);
        assert.doesNotMatch(svg, /<style/, `${where}: depends on a stylesheet`);
        for (const [, property, value] of svg.matchAll(/\b(fill|stroke|color):([^;"]+)/g)) {
          assert.match(value.trim(), /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|none|transparent|currentColor|[a-z]+)$/i, `${where}: ${property}:${value}`);
        }
        assert.ok(luminance(background(svg)) > 0.9, `${where}: light background ${background(svg)}`);

        // The chart is the server-rendered chart, element for element.
        const fromServer = chartElements(html, /<svg\s[^>]*role="img"/);
        assert.ok(fromServer.length > 1, `${where}: the server drew no chart`);
        assert.deepEqual(chartElements(svg, /<svg class="drawing/), fromServer, `${where}: the exported chart differs from the server's`);
      }
      const dark = await exportSVG(tag, { lang: 'zh-CN' }, { theme: 'dark', width: WIDTH });
      assert.ok(luminance(background(dark)) < 0.2, `<${tag}> dark background ${background(dark)}`);
      const custom = await exportSVG(tag, {}, { variables: { '--gba-color-background': '#fffbe6' } });
      assert.equal(background(custom), '#fffbe6', `<${tag}>: --gba-color-background did not reach the picture`);
    });
  }
});

describe('exportPNG', () => {
  test('renders at 2× in a Chinese font, in every language', async () => {
    for (const lang of LANGS) {
      const tag = tags[LANGS.indexOf(lang) % tags.length];
      const figure = await exportFigure(tag, { lang }, { width: WIDTH });
      const png = await exportPNG(figure.svg);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.equal(png.readUInt32BE(16), WIDTH * 2, 'PNG width');
      assert.equal(png.readUInt32BE(20), figure.height * 2, 'PNG height');
      assert.ok(png.length > 10_000, `<${tag} lang=${lang}>: a ${png.length}-byte PNG holds no drawing`);
    }
  });

  test('draws Chinese glyphs (not nothing) and refuses characters its fonts lack', async () => {
    const svg = (text) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" style="fill:#fff"/><text x="4" y="28" style="font-size:24px">${text}</text></svg>`;
    const blank = await exportPNG(svg(''));
    const hanzi = await exportPNG(svg('江門萬億'));
    assert.ok(hanzi.length > blank.length + 500, 'the Chinese characters drew nothing');
    await assert.rejects(exportPNG(svg('江门 \u{1F6A7}')), /no glyph for "\u{1F6A7}" \(U\+1F6A7\)[\s\S]*fonts-noto-cjk/u);
  });

  // English lines are re-set in the Latin font, so the picture is parsed and written again: still XML.
  test('an English picture with a no-break space renders', { skip: !findLatinFont() && 'no Latin font on this machine' }, async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" lang="en" width="120" height="40" viewBox="0 0 120 40"><text x="4" y="28" style="font-size:20px">66\u00a0km² &amp; 5</text></svg>';
    const png = await exportPNG(svg);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  });

  test('without a Chinese font it fails, saying which font to install', () => {
    assert.throws(() => findCJKFont('/nonexistent/NotoSansCJK-Regular.ttc'), /does not exist[\s\S]*apt-get install fonts-noto-cjk/);
    const latinOnly = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (existsSync(latinOnly)) assert.throws(() => findCJKFont(latinOnly), /has no Chinese glyphs[\s\S]*fonts-noto-cjk/);
  });
});

describe('the gba-widgets CLI', () => {
  let out;
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'gba-export-'));
  });
  after(() => {
    rmSync(out, { recursive: true, force: true });
  });

  test('package.json names it as a bin, and it runs from dist/ as plain Node', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(new URL(pkg.bin['gba-widgets'], root).pathname, cli);
    assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  test('exports one widget as svg, png and html', async () => {
    const tag = tags[0];
    await run(process.execPath, [cli, 'export', tag, '--lang', 'zh-HK', '--width', '480', '--out', join(out, 'one.svg')]);
    assert.match(readFileSync(join(out, 'one.svg'), 'utf8'), /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480" height="\d+" viewBox="0 0 480 \d+" lang="zh-HK"/);
    await run(process.execPath, [cli, 'export', tag, '--lang', 'en', '--format', 'png', '--out', join(out, 'one.png')]);
    assert.equal(readFileSync(join(out, 'one.png')).readUInt32BE(16), 640 * 2);
    const { stdout } = await run(process.execPath, [cli, 'export', tag, '--format', 'html', '--theme', 'dark']);
    assert.match(stdout, new RegExp(`^<${tag} theme="dark" ssr-width="640"`));
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    assert.doesNotMatch(stdout, /<script/);
  });

  test('export --all writes every widget in zh-CN, zh-HK and en', async () => {
    const dir = join(out, 'all');
    await run(process.execPath, [cli, 'export', '--all', '--format', 'svg,html', '--out', dir], { maxBuffer: 1 << 24 });
    const expected = tags.flatMap((tag) => LANGS.flatMap((lang) => [`${tag}.${lang}.html`, `${tag}.${lang}.svg`])).sort();
    assert.deepEqual(readdirSync(dir).sort(), expected);
  });

  test('a wrong attribute is a usage error that names the right ones', async () => {
    const error = await run(process.execPath, [cli, 'export', tags[0], '--no-such-attribute', 'x']).catch((e) => e);
    assert.equal(error.code, 2);
    assert.match(error.stderr, /has no attribute "no-such-attribute"\. Its attributes: .*lang/);
  });
});
