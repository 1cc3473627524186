// A static file server on 127.0.0.1 (a free port) for the bench pages: each URL prefix
// maps to one directory; nothing else is served. Every response says `no-store`, so no
// load reuses another's bytes (nor the compiled code Chromium keeps with cached scripts).
// With `gzip`, every body goes out gzip-compressed (level 9, compressed once and kept in
// memory, so the compression's time is in no load) to a client that accepts it: one
// policy for every page, ours and the peers' alike.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../http-headers.mjs';

/**
 * `mounts`: { '/peers/': '/tmp/dir', ... }; `pages`: { '/load/x.html': '<!doctype html>…' }, bodies
 * served from memory. Resolves to { origin, close() }.
 */
export async function serveStatic(mounts, { gzip = false, pages = {} } = {}) {
  const compressed = new Map();
  const body = async (path) => {
    if (path in pages) return Buffer.from(pages[path]);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix || path.includes('..')) return undefined;
    return readFile(join(mounts[prefix], path.slice(prefix.length))).catch(() => undefined);
  };
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const plain = await body(path);
    if (!plain) return response.writeHead(404).end('not found');
    const headers = { 'content-type': contentType(path), 'cache-control': 'no-store' };
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(path)) compressed.set(path, gzipSync(plain, { level: 9 }));
      return response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(compressed.get(path));
    }
    response.writeHead(200, headers).end(plain);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
