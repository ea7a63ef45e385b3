/**
 * The deploy, tested: the headers and cache rules of scripts/deploy/security-headers.ts on real
 * responses of `npm start`'s server (vite preview) and of Debian's nginx running the repo's
 * scripts/deploy/nginx/war-room.conf with only `listen` and `root` changed (what the README
 * tells an admin to change); the app served by that nginx draws its map, starts DuckDB, exports
 * a briefing with its charts, and breaks no Content-Security-Policy rule. Also checks that the
 * CSP recording every browser test relies on (harness.ts) does catch violations.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS, cacheControlFor } from '../../scripts/deploy/security-headers';
import { openApp, waitForReady } from './harness';
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

/** Debian's nginx, or a failure saying how to get it. */
function nginxBinary(): string {
  const dirs = ['/usr/sbin', ...(process.env.PATH ?? '').split(':')];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(
    'nginx is not installed: run .ci/run, or `apt-get install -y --no-install-recommends nginx` (Debian)',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

let nginx: ChildProcess | undefined;
let nginxLog = '';
let prefix = '';
let nginxUrl = '';

/**
 * Writes a main config for a private nginx (pid, logs and temporary files in a temporary folder)
 * that includes the repo's site config with `listen` and `root` set, tests it (`nginx -t`) and
 * starts it in the foreground.
 */
async function startNginx(): Promise<void> {
  const binary = nginxBinary();
  prefix = mkdtempSync(path.join(tmpdir(), 'war-room-nginx-'));
  // nginx's workers run as nobody when started by root: the build must be readable by others.
  chmodSync(distDir, 0o755);
  const port = await freePort();
  const site = readFileSync('scripts/deploy/nginx/war-room.conf', 'utf8');
  const edited = site
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/war-room\/dist;$/m, `$1root ${distDir};`);
  const changed = edited.split('\n').filter((line, i) => line !== site.split('\n')[i]);
  if (changed.length !== 2) throw new Error('war-room.conf no longer has `listen 80;` and `root`');
  writeFileSync(path.join(prefix, 'war-room.conf'), edited);
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  const main = [
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')};`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  include ${path.join(prefix, 'war-room.conf')};`,
    '}',
  ].join('\n');
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, main);
  const base = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', config];
  const check = spawnSync(binary, [...base, '-t'], { encoding: 'utf8' });
  if (!check.stderr.includes('test is successful')) throw new Error(`nginx -t: ${check.stderr}`);
  nginx = spawn(binary, [...base, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr?.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
  nginxUrl = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 150; attempt++) {
    const status = await fetch(nginxUrl, { method: 'HEAD' }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (nginx.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${nginxUrl}: ${nginxLog}`);
}

/** Why nginx could not start (each test then fails with it rather than being skipped). */
let startFailure: Error | undefined;

function requireNginx(): void {
  if (startFailure) throw startFailure;
}

async function stopNginx(): Promise<void> {
  const child = nginx;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
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
    await startNginx().catch((error: unknown) => {
      startFailure = error instanceof Error ? error : new Error(String(error));
    });
  });
  afterAll(stopNginx);

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
    const drawn = async () =>
      countPixels(await mapPixels(app.page), await mapRect(app.page), (rgb) =>
        isDrawnColour(rgb, colours, 0.5),
      );
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
    expectClean(app);
    expect(nginxLog).toBe('');
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
