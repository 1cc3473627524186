// `npm run sheet`: every widget × language × width × theme rendered by headless Chromium
// from the built CDN bundle, one PNG each, with an index page to read them side by side.
// It is the picture a graphics editor judges; open the PNGs before calling a widget done.
//
//   node scripts/sheet.mjs [--tag gdp-path,zone-card] [--lang en] [--width 320] [--theme dark] [--out dir]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser-check.mjs';
import { contentType } from './http-headers.mjs';

const root = new URL('../', import.meta.url);
const ORIGIN = 'http://sheet.test';
const LANGS = ['zh-CN', 'zh-HK', 'en'];
const WIDTHS = [320, 640, 1280];
const THEMES = ['light', 'dark'];
/** The page behind the widget: what a reader's article page would be in each theme. */
const PAGE_BACKGROUND = { light: '#ffffff', dark: '#121212' };

const list = (value, all) => (value ? value.split(',').map((v) => (typeof all[0] === 'number' ? Number(v) : v)) : all);

async function manifestTags() {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])).sort();
}

/** One widget alone on a page the given width, the way an article column would hold it. */
function pageFor(tag, lang, width, theme) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>html,body{margin:0;background:${PAGE_BACKGROUND[theme]}} #box{width:${width}px;padding:0}</style>
<script type="module" src="/dist/gba-widgets.min.js"></script></head>
<body><div id="box"><${tag} lang="${lang}" theme="${theme}"></${tag}></div></body></html>`;
}

async function settle(page, tag) {
  await page.evaluate(async (name) => {
    await customElements.whenDefined(name);
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let round = 0; round < 3; round++) {
      await frames();
      await document.querySelector(name).updateComplete;
    }
    await document.fonts.ready;
  }, tag);
}

async function main() {
  const { values } = parseArgs({
    options: { tag: { type: 'string' }, lang: { type: 'string' }, width: { type: 'string' }, theme: { type: 'string' }, out: { type: 'string' } },
  });
  const tags = list(values.tag, await manifestTags());
  const langs = list(values.lang, LANGS);
  const widths = list(values.width, WIDTHS);
  const themes = list(values.theme, THEMES);
  const out = new URL(values.out ? `file://${values.out.replace(/\/?$/, '/')}` : '.cache/sheet/', root);
  await mkdir(out, { recursive: true });

  const browser = await launchChromium();
  const shots = [];
  try {
    for (const width of widths) {
      // Reduced motion: the sheet shows the finished drawing, not a frame of its reveal.
      const context = await browser.newContext({ viewport: { width: width + 40, height: 900 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
      let current = '';
      await context.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/sheet.html') return route.fulfill({ status: 200, headers: { 'content-type': contentType('x.html') }, body: current });
        try {
          return route.fulfill({ status: 200, headers: { 'content-type': contentType(path) }, body: await readFile(new URL(`.${path}`, root)) });
        } catch {
          return route.fulfill({ status: 404, body: 'not found' });
        }
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const tag of tags) {
        for (const lang of langs) {
          for (const theme of themes) {
            current = pageFor(tag, lang, width, theme);
            await page.goto(`${ORIGIN}/sheet.html`);
            await settle(page, tag);
            const height = await page.evaluate((name) => Math.round(document.querySelector(name).getBoundingClientRect().height), tag);
            const file = `${tag}/${lang}-${width}-${theme}.png`;
            await mkdir(new URL(`${tag}/`, out), { recursive: true });
            await page.locator('#box').screenshot({ path: new URL(file, out).pathname });
            shots.push({ tag, lang, width, theme, height, file });
          }
        }
        process.stdout.write(`${tag} @${width}px\n`);
      }
      if (errors.length) console.error(`page errors at ${width}px:\n  ${errors.join('\n  ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  await writeFile(new URL('heights.json', out), JSON.stringify(shots, null, 1));
  await writeFile(new URL('index.html', out), indexPage(shots));
  console.log(`${shots.length} PNGs and index.html in ${out.pathname}`);
  const tallest = shots.toSorted((a, b) => b.height - a.height).slice(0, 5);
  console.log('tallest:', tallest.map((s) => `${s.tag} ${s.lang} ${s.width}px ${s.height}px`).join('; '));
}

function indexPage(shots) {
  const byTag = new Map();
  for (const s of shots) byTag.set(s.tag, [...(byTag.get(s.tag) ?? []), s]);
  const sections = [...byTag].map(
    ([tag, list]) => `<h2 id="${tag}">&lt;${tag}&gt;</h2><div class="row">${list
      .map((s) => `<figure><img src="${s.file}" width="${Math.min(s.width, 640)}" alt=""><figcaption>${s.lang} · ${s.width}px · ${s.theme} · ${s.height}px tall</figcaption></figure>`)
      .join('')}</div>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>gba-widgets sheet</title>
<style>body{font:14px system-ui;margin:16px}.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0}figcaption{color:#555}</style>
<nav>${[...byTag.keys()].map((t) => `<a href="#${t}">${t}</a>`).join(' · ')}</nav>${sections.join('\n')}`;
}

await main();
