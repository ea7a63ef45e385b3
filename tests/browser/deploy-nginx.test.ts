/**
 * The deploy, tested: the headers and cache rules of scripts/deploy/security-headers.ts on real
 * responses of `npm start`'s server (vite preview) and of Debian's nginx running the repo's
 * scripts/deploy/nginx/war-room.conf with only `listen`, `root` and the password file changed
 * (what the README tells an admin to change; nginx-server.ts); the app served by that nginx draws its map, starts DuckDB, exports
 * a briefing with its charts, and breaks no Content-Security-Policy rule. Also checks that the
 * CSP recording every browser test relies on (harness.ts) does catch violations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS, cacheControlFor } from '../../scripts/deploy/security-headers';
import { openApp, waitForReady } from './harness';
import { startNginx, withoutRestrictedRefusal, type NginxServer } from './nginx-server';
import {
  appPerTest,
  countPixels,
  expectClean,
  isDrawnColour,
  legendColours,
  mapPixels,
  mapRect,
  poll,
  settle,
} from './whole-helpers';

const previewUrl = inject('baseUrl');
const distDir = inject('distDir');
const assets = readdirSync(path.join(distDir, 'assets'));

/** The one built file whose name matches. */
function asset(pattern: RegExp): string {
  const names = assets.filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`${names.length} files in dist/assets match ${pattern}`);
  return `assets/${names[0] ?? ''}`;
}

const ENTRY = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(
  readFileSync(path.join(distDir, 'index.html'), 'utf8'),
)?.[1];
/** Paths to check, with the Content-Type each must have (null: any). */
const CHECKED: readonly (readonly [string, RegExp | null])[] = [
  ['', /^text\/html/],
  [ENTRY ?? 'assets/index.js', /^(text|application)\/javascript/],
  ['data/manifest.json', /^application\/json/],
  ['geo/provinces.topo.json', /^application\/json/],
  [asset(/^duckdb-browser-eh\.worker-.+\.js$/), /^(text|application)\/javascript/],
  [asset(/^maplibre-gl-worker-.+\.mjs$/), /^(text|application)\/javascript/],
  [asset(/^duckdb-eh-.+\.wasm$/), /^application\/wasm$/],
  [asset(/^parquet_wasm_bg-.+\.wasm$/), /^application\/wasm$/],
];

/** Asserts the header set, cache rule and type of each checked path, and a 304 on revalidation. */
async function expectDeployHeaders(base: string): Promise<void> {
  for (const [file, type] of CHECKED) {
    const response = await fetch(`${base}${file}`, { method: 'HEAD' });
    expect(response.status, file).toBe(200);
    const got = Object.fromEntries(
      Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]),
    );
    expect(got, file).toEqual(SECURITY_HEADERS);
    expect([file, response.headers.get('cache-control')]).toEqual([
      file,
      cacheControlFor(`/${file}`),
    ]);
    if (type) expect(response.headers.get('content-type') ?? '', file).toMatch(type);
  }
  // no-cache means "ask again": the answer for an unchanged data file is 304 without a body.
  const manifest = await fetch(`${base}data/manifest.json`);
  await manifest.arrayBuffer();
  const etag = manifest.headers.get('etag');
  expect(etag).toBeTruthy();
  const again = await fetch(`${base}data/manifest.json`, {
    headers: { 'If-None-Match': etag ?? '' },
  });
  expect(again.status).toBe(304);
}

let nginx: NginxServer | undefined;
let nginxUrl = '';

/** Why nginx could not start (each test then fails with it rather than being skipped). */
let startFailure: Error | undefined;

function requireNginx(): void {
  if (startFailure) throw startFailure;
}

describe('served headers', () => {
  it('npm start (vite preview) sends the header set, cache rules and types', async () => {
    await expectDeployHeaders(previewUrl);
  });
});

describe('deploy on Debian nginx with scripts/deploy/nginx/war-room.conf', () => {
  // Opens full URLs: the app is served by nginx here, not by the preview.
  const open = appPerTest('');
  beforeAll(async () => {
    try {
      nginx = await startNginx(distDir);
      nginxUrl = nginx.url;
    } catch (error) {
      startFailure = error instanceof Error ? error : new Error(String(error));
    }
  });
  afterAll(() => nginx?.stop());

  it('sends the header set, cache rules and types', async () => {
    requireNginx();
    await expectDeployHeaders(nginxUrl);
    const parquet = await fetch(`${nginxUrl}data/vaccination.parquet`, { method: 'HEAD' });
    expect(parquet.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const gzipped = await fetch(`${nginxUrl}${asset(/^duckdb-eh-.+\.wasm$/)}`, {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${nginxUrl}.env`)).status).toBe(404);
  });

  it('runs the app: map drawn, DuckDB ready, a briefing with charts exported, no CSP violation', async () => {
    requireNginx();
    const app = await open(`${nginxUrl}?layers=vaccination`);
    const warnings: string[] = [];
    app.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await settle(app.page);
    const colours = await legendColours(app.page, 'vaccination');
    expect(colours.length).toBeGreaterThan(2);
    const drawn = async () => {
      const map = await mapRect(app.page);
      return countPixels(await mapPixels(app.page, map), map, (rgb) =>
        isDrawnColour(rgb, colours, 0.5),
      );
    };
    await poll(drawn).toBeGreaterThan(2000);

    // The time series on screen is what the export draws as a chart image.
    await app.page.locator('.side-panel .chart-frame svg.recharts-surface').first().waitFor();
    await app.page.click('[data-action="export"]');
    await app.page.check('input[name="export-scope"][value="current"]');
    await app.page.check('input[name="export-format"][value="png"]');
    await app.page.setChecked('input[name="export-charts"]', true);
    const download = app.page.waitForEvent('download', { timeout: 300_000 });
    await app.page.click('[data-action="export-start"]:not([disabled])', { timeout: 60_000 });
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    // A chart the CSP kept from loading is left out with this warning.
    expect(warnings.filter((text) => /chart left out/.test(text))).toEqual([]);
    // Without a password the restricted tier is refused once (restricted-tier.test.ts).
    expectClean({ ...app, consoleErrors: withoutRestrictedRefusal(app.consoleErrors) });
    expect(nginx?.log()).toBe('');
  }, 600_000);
});

describe('the CSP check of every browser test', () => {
  it('catches a violation in the page and one in a worker, and close() then fails', async () => {
    const app = await openApp(previewUrl);
    await waitForReady(app.page);
    const blocked = 'http://127.0.0.1:9/';
    await app.page.evaluate((url) => fetch(url).catch(() => null), `${blocked}page`);
    const [worker] = app.page.workers();
    await worker?.evaluate((url) => fetch(url).catch(() => null), `${blocked}worker`);
    await poll(() => app.cspViolations.join('\n')).toMatch(/worker[\s\S]*127\.0\.0\.1:9\/worker/);
    expect(app.cspViolations.join('\n')).toContain(`${blocked}page`);
    await expect(app.close()).rejects.toThrow(/Content-Security-Policy violations/);
  });
});
