import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersMiddleware, pathOf, productionHeaders } from './vite-plugin';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from './security-headers';

let server: Server;
let base = '';

beforeAll(async () => {
  const middleware = headersMiddleware(productionHeaders);
  // Plays what Vite's static server does after the middleware: its own Cache-Control, set
  // both ways (setHeader, and a header object given to writeHead, which would normally win).
  server = createServer((req, res) => {
    middleware(req, res, () => {
      res.setHeader('Cache-Control', 'no-store');
      if (req.url?.startsWith('/plain')) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.writeHead(200, { 'cache-control': 'max-age=5', 'Content-Type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('headersMiddleware', () => {
  it('sends the security headers and the path’s cache rule over what the server sets later', async () => {
    for (const [path, cache] of [
      ['/assets/index-tEebW_3u.js', CACHE_IMMUTABLE],
      ['/data/manifest.json?t=1', CACHE_REVALIDATE],
      ['/plain/missing', CACHE_REVALIDATE],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('cache-control')).toBe(cache);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name)).toBe(value);
      }
    }
    const plain = await fetch(`${base}/assets/x.js`);
    expect(plain.headers.get('content-type')).toBe('text/plain');
  });

  it('answers a path starting with // instead of failing on it (a 500 before)', async () => {
    const response = await fetch(`${base}//`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
    expect(pathOf('//')).toBe('//');
    expect(pathOf('//evil.example/assets/a.js')).toBe('//evil.example/assets/a.js');
    expect(pathOf('*')).toBe('/');
    expect(pathOf(undefined)).toBe('/');
  });
});
