/**
 * Start-up benchmark: the built assets (raw, gzip, brotli) and, in fresh headless Chromium
 * profiles (cold cache), the time to `data-state=ready` (map painted with data) and to
 * `data-engine=ready` (DuckDB loaded every dataset and every view has its first results).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { openPage, percentile, serveDist } from './browser-session';

/** Size of one built file. */
export interface AssetSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Start-up results. */
export interface StartupResult {
  readonly runs: readonly { readonly readyMs: number; readonly engineReadyMs: number }[];
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

/** Measures `runs` cold loads of the app built in `distDir`. */
export async function measureStartup(distDir: string, runs: number): Promise<StartupResult> {
  const assets = measureAssets(distDir);
  const { server, url } = await serveDist(distDir);
  const loads: { readyMs: number; engineReadyMs: number }[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const { browser, page } = await openPage();
      await page.addInitScript(MARK_SCRIPT);
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
        timeout: 180_000,
      });
      const marks = await page.evaluate<Record<string, number>>('window.__marks');
      loads.push({
        readyMs: Math.round(marks['data-state:ready'] ?? NaN),
        engineReadyMs: Math.round(marks['data-engine:ready'] ?? NaN),
      });
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
  return { runs: loads, totals, assets };
}

/** Markdown lines for start-up results. */
export function startupTables(result: StartupResult): string[] {
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
  const ready = result.runs.map((r) => r.readyMs);
  const engine = result.runs.map((r) => r.engineReadyMs);
  return [
    '| run | data-state=ready (map painted with data) | data-engine=ready (all datasets loaded, views filled) |',
    '| --- | --- | --- |',
    ...result.runs.map((r, i) => `| ${i + 1} | ${r.readyMs} ms | ${r.engineReadyMs} ms |`),
    `| median | ${percentile(ready, 50)} ms | ${percentile(engine, 50)} ms |`,
    '',
    '| built files (dist/) | raw | gzip -9 | brotli |',
    '| --- | --- | --- | --- |',
    ...Object.entries(result.totals).map(
      ([name, t]) => `| ${name} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`,
    ),
  ];
}
