// A static file server on 127.0.0.1 (a free port) for the bench pages: each URL prefix
// maps to one directory; nothing else is served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { contentType } from '../http-headers.mjs';


/** `mounts`: { '/peers/': '/tmp/dir', ... }. Resolves to { origin, close() }. */
export async function serveStatic(mounts) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix || path.includes('..')) return response.writeHead(404).end('not found');
    try {
      const body = await readFile(join(mounts[prefix], path.slice(prefix.length)));
      response.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
