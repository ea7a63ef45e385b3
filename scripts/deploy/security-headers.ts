/**
 * The one source of the HTTP headers the app is served with: `npm start` (vite preview, through
 * ./vite-plugin.ts), the browser tests, and the ready-made nginx and Apache configs beside this
 * file (server-configs.test.ts fails when those configs drift from the values here).
 */

/** A Content-Security-Policy as directives in the order they are written, each with its sources. */
export type CspDirectives = readonly (readonly [directive: string, sources: readonly string[]])[];

/**
 * The production policy. Everything is served from the app's own origin: no CDN, no inline
 * script, no eval. Each addition beyond 'self' names the code that needs it.
 */
export const CSP_DIRECTIVES: CspDirectives = [
  ['default-src', ["'self'"]],
  // DuckDB and parquet-wasm compile WebAssembly; that is all 'wasm-unsafe-eval' allows (no JS eval).
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  // MapLibre's and DuckDB's workers are files of our own. blob: is what duckdb-wasm's own
  // createWorker() starts (a Blob that imports the worker file); the app does not take that path
  // today (measured: no blob: worker), but the issue keeps it open for DuckDB's bundles.
  ['worker-src', ["'self'", 'blob:']],
  // The briefing export draws each chart's SVG as an image from a blob: URL it has just made
  // (src/export/briefing/charts-capture.ts); browsers offer no other way to rasterise an SVG.
  ['img-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Writes directives as a header value: `name source source; name source`. */
export function serializeCsp(directives: CspDirectives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The production Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

/**
 * Headers sent with every response of the built app (and by nginx and Apache with `always`, so on
 * error pages too). Not here: HSTS (an intranet may serve plain HTTP; add it where TLS is set up)
 * and Cross-Origin-Embedder-Policy (nothing needs cross-origin isolation, and it would change how
 * workers and WebAssembly may load).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors does the same for browsers that know CSP 2; this is for the ones that do not.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Cache-Control of files whose name carries a hash of their content (dist/assets/). */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control of everything else: index.html, data/ (manifest.json and the files it names),
 * geo/, wall/playlist.json, favicon. Browsers keep a copy but ask the server (ETag /
 * Last-Modified) before each use, so a data refresh is seen at the next manifest poll.
 */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Cache-Control of the restricted tier (data/restricted/, behind the web server's sign-in): kept
 * by the signed-in visitor's browser alone, never by a shared cache, and asked again each use.
 */
export const CACHE_PRIVATE = 'private, no-cache';

/** True for a URL path inside the restricted data folder (`…/data/restricted/…`). */
export function isRestrictedData(pathname: string): boolean {
  return /(^|\/)data\/restricted\//.test(pathname);
}

/** True for a URL path inside the build's hashed-asset folder (`…/assets/…`). */
export function isHashedAsset(pathname: string): boolean {
  return /(^|\/)assets\//.test(pathname);
}

/** The Cache-Control a response for `pathname` gets. */
export function cacheControlFor(pathname: string): string {
  if (isRestrictedData(pathname)) return CACHE_PRIVATE;
  return isHashedAsset(pathname) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * The looser policy of the dev server only (`npm run dev`): Vite injects the React refresh
 * preamble as an inline script and CSS as `<style>` elements, and hot reload talks over a
 * WebSocket. Never served by `npm start` or a deploy.
 */
export const DEV_CONTENT_SECURITY_POLICY = serializeCsp(
  CSP_DIRECTIVES.map(([name, sources]): readonly [string, readonly string[]] => {
    if (name === 'script-src') return [name, [...sources, "'unsafe-inline'"]];
    return [name, sources];
  }).concat([
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['connect-src', ["'self'", 'ws:']],
  ]),
);
