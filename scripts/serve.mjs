// Serves the start page (demo/: the embed builder and every widget), the built bundle, the
// data, the manifest and the plain-HTML example on http://127.0.0.1:8000 — nothing else of
// the repository, and only on loopback. PORT and HOST change where it listens.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { contentType, DEMO_CSP, DEMO_SERVED } from './http-headers.mjs';

const root = new URL('../', import.meta.url);
const port = Number(process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  // Browsers ask for /favicon.ico on any page that names none (the examples): answer with
  // nothing rather than a 404 in the console.
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
    return;
  }
  let path = url.pathname === '/' ? '/demo/index.html' : normalize(decodeURIComponent(url.pathname));
  if (path.endsWith('/')) path += 'index.html';
  if (!DEMO_SERVED.test(path) || path.includes('..')) {
    response.writeHead(404).end('not found');
    return;
  }
  try {
    const body = await readFile(new URL(`.${path}`, root));
    response.writeHead(200, {
      'content-type': contentType(path),
      'content-security-policy': DEMO_CSP,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(port, host, () => {
  const origin = `http://${host}:${port}`;
  console.log(`gba-widgets: ${origin}/  (embed builder and every widget)`);
  console.log(`             ${origin}/examples/plain-html/  (the web editor's example page)`);
});
