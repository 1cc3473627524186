// The start page's gallery: a language and theme switch, and an "embed this" snippet under
// each widget (the autoloader, as the builder above it gives first), built with DOM text
// nodes (the page runs under a strict CSP). zh-hant.js is written by the build
// (scripts/generate.mjs): the page's prose in Traditional.
import { traditional } from './zh-hant.js';
import { CDN_BASE, embedSnippet, LOADERS } from './attribute-controls.js';

const langSelect = document.getElementById('lang');
const themeSelect = document.getElementById('theme');

function gallerySnippet(widget) {
  const clone = widget.cloneNode(false);
  clone.removeAttribute('theme');
  clone.removeAttribute('lang');
  const attributes = [...clone.attributes].map((a) => [a.name, a.value]);
  return embedSnippet({ base: CDN_BASE, file: LOADERS.autoload, tag: clone.localName, attributes });
}

for (const box of document.querySelectorAll('.widget')) {
  const widget = box.firstElementChild;
  const label = document.getElementById('embed-label').content.firstElementChild.cloneNode(true);
  const pre = document.createElement('pre');
  pre.className = 'embed';
  pre.textContent = gallerySnippet(widget);
  box.append(label, pre);
}

function apply() {
  const lang = langSelect.value;
  document.documentElement.lang = lang;
  document.body.className = themeSelect.value;
  for (const widget of document.querySelectorAll('.widget > *')) widget.setAttribute('theme', themeSelect.value);
  const words = (node) => (lang === 'en' ? node.dataset.en : lang === 'zh-HK' ? (traditional[node.dataset.zh] ?? node.dataset.zh) : node.dataset.zh);
  for (const node of document.querySelectorAll('[data-zh]')) node.textContent = words(node);
}
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);
apply();
