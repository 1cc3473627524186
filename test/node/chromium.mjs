// Headless Chromium for the Node tests (playwright-core, the system browser), serving the
// repository's demo/, dist/, data/ and custom-elements.json from a made-up origin, so
// no port is opened and nothing else of the tree is reachable.
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { contentType, DEMO_CSP, DEMO_SERVED } from '../../scripts/http-headers.mjs';
import { launchChromium } from '../../scripts/browser-check.mjs';

export const ORIGIN = 'http://gba.test';
const root = new URL('../../', import.meta.url);

/** Headless system Chromium with the project's flags. */
export const launch = () => launchChromium();

/**
 * A page in a fresh context whose requests to ORIGIN are answered from the repository.
 * `pages` maps extra paths to HTML bodies (server-rendered test pages); `csp` adds the
 * demo server's Content-Security-Policy.
 */
export async function openPage(browser, { javaScriptEnabled = true, viewport = { width: 1100, height: 900 }, pages = {}, csp = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers = csp ? { 'content-security-policy': DEMO_CSP } : {};
    if (path in pages) return route.fulfill({ status: 200, headers: { 'content-type': contentType('page.html'), ...headers }, body: pages[path] });
    if (!DEMO_SERVED.test(path) || path.includes('..')) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = await readFile(new URL(`.${path}`, root));
      return route.fulfill({ status: 200, headers: { 'content-type': contentType(path), ...headers }, body });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, context, errors };
}

/** Waits until every custom element on the page has rendered and settled (two frames, no pending update). */
export async function settle(page) {
  await page.evaluate(async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let round = 0; round < 3; round++) {
      await frames();
      const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-') && 'updateComplete' in e);
      await Promise.all(elements.map((e) => e.updateComplete));
    }
  });
}

/**
 * In the page: what a widget draws, for comparison across renderers: its caption and
 * source text, and every element of its chart SVG with its geometry and own text.
 * Passed to page.evaluate as a function source.
 */
export const DRAWING_SOURCE = `(host) => {
  const GEOMETRY = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'viewBox', 'font-size', 'text-anchor'];
  const root = host.shadowRoot;
  if (!root) return { error: 'no shadow root' };
  const text = (part) => [...root.querySelectorAll('[part~="' + part + '"]')].map((n) => n.textContent.replace(/\\s+/g, ' ').trim());
  const svg = root.querySelector('[part~="chart"] svg');
  const elements = [];
  if (svg) {
    for (const node of [svg, ...svg.querySelectorAll('*')]) {
      const attrs = {};
      for (const name of GEOMETRY) if (node.hasAttribute(name)) attrs[name] = node.getAttribute(name);
      const own = [...node.childNodes].filter((c) => c.nodeType === 3).map((c) => c.data).join('').replace(/\\s+/g, ' ').trim();
      elements.push([node.localName, attrs, own]);
    }
  }
  return { title: text('title'), takeaway: text('takeaway'), notes: text('notes'), source: text('source'), message: text('message'), figures: root.querySelectorAll('figure').length, elements };
}`;

/**
 * One page shared by the tests of a `describe`: a browser and page opened in `before`
 * (`openPage` options; then `ready(page)`, e.g. to navigate), closed in `after`. The
 * returned object gets `page`, `context` and `errors` once `before` has run.
 */
export function suitePage(options, ready) {
  const suite = {};
  before(async () => {
    suite.browser = await launch();
    Object.assign(suite, await openPage(suite.browser, options));
    await ready?.(suite.page);
  });
  after(async () => {
    await suite.context?.close();
    await suite.browser?.close();
  });
  return suite;
}
