// Serves the demo page and the built bundle on http://127.0.0.1:8000 — nothing else
// from the repository, and only on loopback.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { contentType, DEMO_CSP, DEMO_SERVED } from './http-headers.mjs';

const root = new URL('../', import.meta.url);
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const path = url.pathname === '/' ? '/demo/index.html' : normalize(decodeURIComponent(url.pathname));
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
}).listen(port, host, () => console.log(`gba-widgets demo: http://${host}:${port}/`));
