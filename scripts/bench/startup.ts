/**
 * Start-up benchmark: the built assets (raw, gzip, brotli) and, in fresh headless Chromium
 * profiles (cold cache), the time to `data-state=ready` (map painted with data) and to
 * `data-engine=ready` (DuckDB loaded every dataset and every view has its first results).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openPage, percentile, serveDist } from './browser-session';

/** Size of one built file. */
export interface AssetSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** One load of the app. */
export interface StartupRun {
  /** `data-state=ready`: the first choropleth painted with data. */
  readonly readyMs: number;
  /** `data-engine=ready`: DuckDB loaded every dataset and every view has its first results. */
  readonly engineReadyMs: number;
  /** Worker, wasm fetch and compile, open, connect (the app's `duckdb start` measure). */
  readonly duckdbStartMs: number;
  /** Built files fetched before the first paint, at their brotli size (what a brotli server sends). */
  readonly brotliBeforePaint: number;
  /** Files fetched before the first paint (relative to dist/). */
  readonly filesBeforePaint: readonly string[];
}

/** Start-up results. */
export interface StartupResult {
  readonly runs: readonly StartupRun[];
  /** The same page loaded again in the same browser (HTTP cache warm). */
  readonly warmRuns: readonly StartupRun[];
  readonly totals: Readonly<Record<string, { raw: number; gzip: number; brotli: number }>>;
  readonly assets: readonly AssetSize[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function measureAssets(distDir: string): AssetSize[] {
  return listFiles(distDir)
    .map((full) => {
      const bytes = readFileSync(full);
      return {
        file: path.relative(distDir, full),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

const MARK_SCRIPT = `
  window.__marks = {};
  new MutationObserver(() => {
    const el = document.documentElement;
    if (!el) return;
    for (const attr of ['data-state', 'data-engine']) {
      const key = attr + ':' + el.getAttribute(attr);
      if (!(key in window.__marks)) window.__marks[key] = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state', 'data-engine'] });
`;

/** Loads `url` in `page` and reads the marks, the DuckDB start measure and the files fetched. */
async function loadOnce(
  page: Page,
  url: string,
  brotliByFile: ReadonlyMap<string, number>,
): Promise<StartupRun> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
    timeout: 180_000,
  });
  const seen = await page.evaluate<{
    marks: Record<string, number>;
    duckdb: number;
    before: string[];
  }>(`(() => {
    const ready = window.__marks['data-state:ready'] ?? Infinity;
    const duckdb = performance.getEntriesByName('duckdb start')[0];
    const before = performance.getEntriesByType('resource')
      .filter((e) => e.responseEnd <= ready)
      .map((e) => new URL(e.name).pathname);
    return { marks: window.__marks, duckdb: duckdb ? duckdb.duration : NaN, before };
  })()`);
  const base = new URL(url).pathname;
  const files = ['index.html', ...seen.before.map((p) => decodeURIComponent(p.slice(base.length)))];
  return {
    readyMs: Math.round(seen.marks['data-state:ready'] ?? NaN),
    engineReadyMs: Math.round(seen.marks['data-engine:ready'] ?? NaN),
    duckdbStartMs: Math.round(seen.duckdb),
    brotliBeforePaint: files.reduce((sum, file) => sum + (brotliByFile.get(file) ?? 0), 0),
    filesBeforePaint: files,
  };
}

/** Measures `runs` cold loads (fresh profile) and one warm reload each of the app in `distDir`. */
export async function measureStartup(distDir: string, runs: number): Promise<StartupResult> {
  const assets = measureAssets(distDir);
  const brotliByFile = new Map(assets.map((a) => [a.file.split(path.sep).join('/'), a.brotli]));
  const { server, url } = await serveDist(distDir);
  const loads: StartupRun[] = [];
  const warmLoads: StartupRun[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const { browser, page } = await openPage();
      await page.addInitScript(MARK_SCRIPT);
      loads.push(await loadOnce(page, url, brotliByFile));
      warmLoads.push(await loadOnce(page, url, brotliByFile));
      await browser.close();
    }
  } finally {
    await server.close();
  }
  const isDuckdb = (a: AssetSize) => /duckdb|parquet_wasm/.test(a.file);
  const isData = (a: AssetSize) => a.file.startsWith('data/') || a.file.startsWith('geo/');
  const groups: Record<string, (a: AssetSize) => boolean> = {
    all: () => true,
    'DuckDB + parquet-wasm (after first paint)': isDuckdb,
    'data and geography': isData,
    'app code, styles, fonts': (a) => !isDuckdb(a) && !isData(a),
  };
  const totals = Object.fromEntries(
    Object.entries(groups).map(([name, test]) => {
      const chosen = assets.filter(test);
      const sum = (key: 'raw' | 'gzip' | 'brotli') => chosen.reduce((s, a) => s + a[key], 0);
      return [name, { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') }];
    }),
  );
  return { runs: loads, warmRuns: warmLoads, totals, assets };
}

/** Markdown lines for start-up results. */
export function startupTables(result: StartupResult): string[] {
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
  const median = (
    runs: readonly StartupRun[],
    key: 'readyMs' | 'engineReadyMs' | 'duckdbStartMs',
  ) =>
    `${percentile(
      runs.map((r) => r[key]),
      50,
    )} ms`;
  const row = (name: string, r: StartupRun) =>
    `| ${name} | ${r.readyMs} ms | ${r.engineReadyMs} ms | ${r.duckdbStartMs} ms | ${kb(r.brotliBeforePaint)} (${r.filesBeforePaint.length} files) |`;
  const before = result.runs[0]?.brotliBeforePaint ?? NaN;
  return [
    '| load | first choropleth painted (data-state=ready) | all data loaded, views filled (data-engine=ready) | DuckDB start (worker, wasm, open) | fetched before the first paint, brotli |',
    '| --- | --- | --- | --- | --- |',
    ...result.runs.map((r, i) => row(`cold ${i + 1}`, r)),
    ...result.warmRuns.map((r, i) => row(`warm ${i + 1}`, r)),
    `| median cold | ${median(result.runs, 'readyMs')} | ${median(result.runs, 'engineReadyMs')} | ${median(result.runs, 'duckdbStartMs')} | ${kb(before)} |`,
    `| median warm | ${median(result.warmRuns, 'readyMs')} | ${median(result.warmRuns, 'engineReadyMs')} | ${median(result.warmRuns, 'duckdbStartMs')} | |`,
    '',
    '| built files (dist/) | raw | gzip -9 | brotli |',
    '| --- | --- | --- | --- |',
    ...Object.entries(result.totals).map(
      ([name, t]) => `| ${name} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`,
    ),
  ];
}
