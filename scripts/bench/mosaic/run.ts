/**
 * `npm run bench:mosaic -- --incidents 1000000 [--out FILE.json]`: the same brush sweep (widths
 * 10/20/30 % of the time axis, 20 steps each) on a Mosaic linked view (vgplot, pre-aggregation on)
 * and on the War Room app, over the same generated incidents in the same headless Chromium.
 * Prints a Markdown table; builds go to temporary folders, never dist/.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import * as prettier from 'prettier';
import { build } from 'vite';
import { openPage, serveDist } from '../browser-session';
import { demoData } from './data';
import { USAGE, parseMosaicOptions } from './options';
import { INPUT_PROBE, mosaicSweep, oursSweep, oursWindow, type Sweep } from './sweep';
import { sweepTable, quantiles, type WidthResult } from './table';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Builds the Mosaic page into `outDir` and puts the raw incidents next to it. */
async function buildMosaicPage(outDir: string, dataDir: string): Promise<void> {
  await build({
    root: path.join(HERE, 'page'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000 },
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
    worker: { format: 'es' },
  });
  mkdirSync(path.join(outDir, 'data'));
  cpSync(path.join(dataDir, 'road_safety.parquet'), path.join(outDir, 'data/road_safety.parquet'));
}

/** Builds the War Room app (the repo's vite.config.ts) into `outDir` with the generated data. */
async function buildOurApp(outDir: string, dataDir: string): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  cpSync(dataDir, path.join(outDir, 'data'), { recursive: true });
}

/** Opens `url` in a fresh Chromium, fails on any request that leaves 127.0.0.1, runs `body`. */
async function withPage<T>(url: string, body: (page: Page) => Promise<T>): Promise<T> {
  const { browser, page } = await openPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(target.hostname) &&
      target.protocol.startsWith('http')
    ) {
      foreign.push(request.url());
    }
  });
  page.on('pageerror', (error) => {
    console.error('page error:', error.message);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) console.error(`page: ${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      console.error(`page ${message.type()}:`, message.text());
    }
  });
  try {
    await page.addInitScript(INPUT_PROBE);
    await page.goto(url);
    const result = await body(page);
    if (foreign.length > 0) throw new Error(`requests left localhost: ${foreign.join(', ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

async function sweepMosaic(
  outDir: string,
  widths: readonly number[],
  steps: number,
  screenshot: string | undefined,
): Promise<{ sweeps: Sweep[]; marks: Record<string, number> }> {
  const { server, url } = await serveDist(outDir);
  try {
    return await withPage(url, async (page) => {
      await page.waitForFunction(() => document.documentElement.dataset.state !== undefined, null, {
        timeout: 600_000,
      });
      const state = await page.evaluate(() => document.documentElement.dataset);
      if (state.state !== 'ready') throw new Error(`Mosaic page failed: ${state.error ?? '?'}`);
      const marks = await page.evaluate(() => window.__mosaic?.marks ?? {});
      const sweeps: Sweep[] = [];
      for (const width of widths) sweeps.push(await mosaicSweep(page, width, steps));
      if (screenshot) await page.screenshot({ path: screenshot, timeout: 120_000 });
      return { sweeps, marks };
    });
  } finally {
    await server.close();
  }
}

async function sweepOurs(
  outDir: string,
  widths: readonly number[],
  steps: number,
): Promise<Sweep[]> {
  const { server, url } = await serveDist(outDir);
  try {
    return await withPage(`${url}?layers=road_safety`, async (page) => {
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.engine === 'ready' &&
          document.documentElement.dataset.state === 'ready',
        null,
        { timeout: 600_000 },
      );
      const sweeps: Sweep[] = [];
      const track = await oursWindow(page);
      for (const width of widths) sweeps.push(await oursSweep(page, track, width, steps));
      return sweeps;
    });
  } finally {
    await server.close();
  }
}

function chromiumVersion(): string {
  const bin = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const stdio: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];
  return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio }).trim();
}

async function main(): Promise<void> {
  const options = parseMosaicOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const dataDir = demoData(options.incidents);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'war-room-mosaic-bench-'));
  try {
    const mosaicDir = path.join(scratch, 'mosaic');
    await buildMosaicPage(mosaicDir, dataDir);
    const mosaic = await sweepMosaic(mosaicDir, options.widths, options.steps, options.screenshot);
    let ours: Sweep[] | undefined;
    if (options.ours) {
      const oursDir = path.join(scratch, 'ours');
      await buildOurApp(oursDir, dataDir);
      ours = await sweepOurs(oursDir, options.widths, options.steps);
    }
    const results: WidthResult[] = options.widths.map((width, i) => ({
      width,
      mosaic: mosaic.sweeps[i] ?? { paintedMs: [], queryMs: [] },
      ours: ours?.[i],
    }));
    const cpus = os.cpus();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${chromiumVersion()} (headless, SwiftShader)`;
    const seconds = (performance.now() - started) / 1000;
    const summary = results.map((r) => ({
      width: r.width,
      mosaicPainted: quantiles(r.mosaic.paintedMs),
      mosaicQueries: quantiles(r.mosaic.queryMs),
      oursPainted: r.ours ? quantiles(r.ours.paintedMs) : undefined,
      oursQueries: r.ours ? quantiles(r.ours.queryMs) : undefined,
    }));
    if (options.out) {
      const json = {
        measuredAt: new Date().toISOString(),
        machine,
        incidents: options.incidents,
        steps: options.steps,
        mosaicPage: mosaic.marks,
        summary,
        results,
        seconds,
      };
      // Formatted as prettier would, so `npm run format:check` passes on a committed result.
      const config = (await prettier.resolveConfig(options.out)) ?? {};
      writeFileSync(
        options.out,
        await prettier.format(JSON.stringify(json), { ...config, parser: 'json' }),
      );
    }
    console.log(sweepTable(machine, options.incidents, results).join('\n'));
    console.log(`\nMosaic page: ${JSON.stringify(mosaic.marks)}; run time ${seconds.toFixed(0)} s`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
