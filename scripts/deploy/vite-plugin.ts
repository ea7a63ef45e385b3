import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import {
  DEV_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  cacheControlFor,
} from './security-headers.js';

/**
 * The path of a request target. Read as a path on a fixed origin: `new URL('//x', base)` would
 * take "//…" as a host (and throw on "//"), turning a stray request into a 500.
 */
export function pathOf(target: string | undefined): string {
  try {
    return new URL(`http://localhost${target?.startsWith('/') ? target : '/'}`).pathname;
  } catch {
    return '/';
  }
}

/**
 * Returns a middleware that gives every response `headers(pathname)`. They are applied when the
 * response head is written, so they win over what Vite's static server and compression set on
 * the way (sirv sets its own Cache-Control, and a header object passed to writeHead would
 * otherwise override earlier setHeader calls).
 */
export function headersMiddleware(
  headers: (pathname: string) => Readonly<Record<string, string>>,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const pathname = pathOf(req.url);
    const own = headers(pathname);
    const lowerNames = new Set(Object.keys(own).map((name) => name.toLowerCase()));
    const withoutOwn = (given: OutgoingHttpHeaders): OutgoingHttpHeaders =>
      Object.fromEntries(
        Object.entries(given).filter(([name]) => !lowerNames.has(name.toLowerCase())),
      );
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (...args: unknown[]) => {
      if (!res.headersSent) {
        for (const [name, value] of Object.entries(own)) res.setHeader(name, value);
      }
      const rest = args.map((arg) =>
        arg && typeof arg === 'object' && !Array.isArray(arg)
          ? withoutOwn(arg as OutgoingHttpHeaders)
          : arg,
      );
      return Reflect.apply(writeHead, undefined, rest) as ServerResponse;
    };
    next();
  };
}

/** The production headers and cache rule of one path. */
export function productionHeaders(pathname: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(pathname) };
}

/**
 * Serves the security headers and cache rules of scripts/deploy/security-headers.ts from
 * `vite preview` (what `npm start` and the browser tests use), exactly as nginx and Apache do.
 * The dev server gets the same headers with a looser CSP (inline scripts and styles, the HMR
 * WebSocket) and keeps Vite's own caching, which hot reload depends on.
 *
 * Vite answers cross-origin requests from any localhost origin by default (its `cors` option):
 * another local page could then read the data files. nginx and Apache send no CORS header, so
 * neither does `npm start`: the browser's same-origin rule keeps other pages out.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'war-room-security-headers',
    config: () => ({ server: { cors: false }, preview: { cors: false } }),
    configurePreviewServer(server) {
      server.middlewares.use(headersMiddleware(productionHeaders));
    },
    configureServer(server) {
      const dev = { ...SECURITY_HEADERS, 'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY };
      server.middlewares.use(headersMiddleware(() => dev));
    },
  };
}
