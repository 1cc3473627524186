// What every local server of ours sends: the demo server (`npm start`), the test and bench
// servers, and the Chromium routes of the Node tests. One table, so a page that works in a
// test is served the same way to a person.
import { extname } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file by its extension. */
export function contentType(path) {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/** What the demo server serves of the repository: the page, the build, the data, the manifest and the plain-HTML example. */
export const DEMO_SERVED = /^\/(demo|dist|data|examples\/plain-html)\/|^\/custom-elements\.json$/;

/** The demo page's policy: the strict CSP an editor's CMS may set, with Trusted Types. */
export const DEMO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
