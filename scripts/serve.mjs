// Serves the demo page and the built bundle on http://127.0.0.1:8000 — nothing else
// from the repository, and only on loopback.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';

const root = new URL('../', import.meta.url);
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml' };
const ALLOWED = /^\/(demo|dist|data)\/|^\/custom-elements\.json$/;

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const path = url.pathname === '/' ? '/demo/index.html' : normalize(decodeURIComponent(url.pathname));
  if (!ALLOWED.test(path) || path.includes('..')) {
    response.writeHead(404).end('not found');
    return;
  }
  try {
    const body = await readFile(new URL(`.${path}`, root));
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(port, host, () => console.log(`gba-widgets demo: http://${host}:${port}/`));
