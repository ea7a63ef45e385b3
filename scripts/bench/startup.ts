/**
 * Start-up benchmark: builds the app, measures the built assets (raw, gzip, brotli), then opens
 * the page in fresh headless Chromium profiles and records the time to `data-state=ready` (map
 * painted with data) and `data-engine=ready` (DuckDB loaded every dataset).
 * Writes bench/startup.json and BENCHMARKS.md. Run: `npx tsx scripts/bench/startup.ts [runs]`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../../tests/browser/harness';

interface AssetSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
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
    for (const [attr, key] of [['data-state', 'state'], ['data-engine', 'engine']]) {
      const value = el.getAttribute(attr);
      const name = key + ':' + value;
      if (value && !(name in window.__marks)) window.__marks[name] = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state', 'data-engine'] });
`;

async function measureLoads(url: string, runs: number) {
  const results: { readyMs: number; engineReadyMs: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(MARK_SCRIPT);
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
      timeout: 180_000,
    });
    const marks = await page.evaluate<Record<string, number>>('window.__marks');
    results.push({
      readyMs: Math.round(marks['state:ready'] ?? NaN),
      engineReadyMs: Math.round(marks['engine:ready'] ?? NaN),
    });
    await browser.close();
  }
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  await build({ logLevel: 'warn' });
  const assets = measureAssets('dist');
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const loads = await measureLoads(url, runs);
  await server.close();

  const total = (key: 'raw' | 'gzip' | 'brotli', filter: (a: AssetSize) => boolean = () => true) =>
    assets.filter(filter).reduce((sum, a) => sum + a[key], 0);
  const isDuckdb = (a: AssetSize) => /duckdb|parquet_wasm/.test(a.file);
  const isData = (a: AssetSize) => a.file.startsWith('data/') || a.file.startsWith('geo/');
  const summary = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    browser: 'Debian Chromium, headless, SwiftShader (no GPU), fresh profile per run, cold cache',
    runs: loads,
    medianReadyMs: median(loads.map((l) => l.readyMs)),
    medianEngineReadyMs: median(loads.map((l) => l.engineReadyMs)),
    totals: {
      all: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
      duckdbAndParquetWasm: {
        raw: total('raw', isDuckdb),
        gzip: total('gzip', isDuckdb),
        brotli: total('brotli', isDuckdb),
      },
      data: {
        raw: total('raw', isData),
        gzip: total('gzip', isData),
        brotli: total('brotli', isData),
      },
      appCode: {
        raw: total('raw', (a) => !isDuckdb(a) && !isData(a)),
        gzip: total('gzip', (a) => !isDuckdb(a) && !isData(a)),
        brotli: total('brotli', (a) => !isDuckdb(a) && !isData(a)),
      },
    },
    assets,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/startup.json', `${JSON.stringify(summary, null, 2)}\n`);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench/startup.ts); raw numbers in bench/startup.json.',
    '',
    '## Start-up',
    '',
    `Measured ${summary.measuredAt} on ${summary.machine}; ${summary.browser}.`,
    '',
    `| run | data-state=ready (map painted with data) | data-engine=ready (DuckDB loaded all datasets) |`,
    '| --- | --- | --- |',
    ...loads.map((l, i) => `| ${i + 1} | ${l.readyMs} ms | ${l.engineReadyMs} ms |`),
    `| median | ${summary.medianReadyMs} ms | ${summary.medianEngineReadyMs} ms |`,
    '',
    '## Built assets (dist/)',
    '',
    '| part | raw | gzip -9 | brotli |',
    '| --- | --- | --- | --- |',
    ...Object.entries(summary.totals).map(
      ([name, t]) => `| ${name} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`,
    ),
    '',
    'The DuckDB and parquet-wasm files load after the first paint; the map paints from the small',
    'preview file and the app code.',
    '',
  ];
  writeFileSync('BENCHMARKS.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
