/**
 * Shared by the resilience journey and the soak benchmark: a data server played by request interception (a
 * manifest whose vaccination entry the test changes, and the files it names), and probes of the
 * page's engine state and memory through the Chrome DevTools Protocol.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { ProvincePreview } from '../../src/data/manifest/manifest-types';
import { CHROMIUM_ARGS, recordPage, throwOnCspViolations, type AppPage } from './harness';

type Entry = Record<string, unknown>;
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
  datasets: Entry[];
};
const preview = JSON.parse(
  readFileSync('public/data/vaccination-latest.json', 'utf8'),
) as ProvincePreview;

/** Week `n` after the demo's last week (2021-11-28), ISO. */
export const weekAfter = (n: number): string =>
  new Date(Date.UTC(2021, 10, 28 + 7 * n)).toISOString().slice(0, 10);

/** Vaccination for one week, everyone at `percent` % dose 2 (the KPI then reads that figure). */
export function vaccinationCsv(week: string, percent: number): string {
  const rows = preview.rows.map(
    (r) =>
      `${r.province_code},${week},${r.population},${r.population},${Math.round((r.population * percent) / 100)},0`,
  );
  return `province_code,week_end,population,dose1,dose2,dose3\n${rows.join('\n')}\n`;
}

/**
 * Serves the manifest (the shipped one until {@link publish}) and `vaccination-<n>.csv` files,
 * and counts every request for a data file.
 */
export class DataServer {
  private manifest: string | null = null;
  private readonly files = new Map<string, string>();
  /** Paths of every data file requested (manifest excluded), in order. */
  readonly dataRequests: string[] = [];
  manifestRequests = 0;

  async install(page: Page): Promise<void> {
    await page.route('**/data/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const name = path.split('/').pop() ?? '';
      if (name === 'manifest.json') {
        this.manifestRequests += 1;
        if (this.manifest === null) return route.fallback();
        return route.fulfill({ body: this.manifest, contentType: 'application/json' });
      }
      this.dataRequests.push(path);
      const body = this.files.get(name);
      if (body === undefined) return route.fallback();
      return route.fulfill({ body, contentType: 'text/csv' });
    });
  }

  /** The vaccination entry now names week `n` (file vaccination-<n>.csv, dose 2 at `percent` %). */
  publish(n: number, percent: number): void {
    const file = `vaccination-${n}.csv`;
    this.files.clear();
    this.files.set(file, vaccinationCsv(weekAfter(n), percent));
    this.manifest = JSON.stringify({
      ...manifest,
      datasets: manifest.datasets.map((d) =>
        d.id === 'vaccination'
          ? { ...d, file, format: 'csv', asOf: weekAfter(n), version: `v${n}`, rows: 77 }
          : d,
      ),
    });
  }
}

/** Records every value `<html data-engine>` takes from now on (read with {@link engineStates}). */
export async function recordEngineStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const html = document.documentElement;
    const seen: string[] = [];
    Object.assign(window, { engineStatesSeen: seen });
    new MutationObserver(() => {
      seen.push(html.dataset.engine ?? '');
    }).observe(html, { attributes: true, attributeFilter: ['data-engine'] });
  });
}

/** The values recorded by {@link recordEngineStates}. */
export function engineStates(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { engineStatesSeen?: string[] }).engineStatesSeen ?? [],
  );
}

/** The page's DuckDB worker (duckdb-browser-eh.worker.js). */
export function duckDbWorkers(page: Page): Worker[] {
  return page.workers().filter((worker) => /duckdb-browser[^/]*\.worker/.test(worker.url()));
}

/**
 * Kills the DuckDB worker from inside, as a crash would: it throws, then closes itself, so the page
 * gets the worker's 'error' event and no answer to anything it sent. Nothing in the app is needed
 * for this: Playwright evaluates in the worker.
 */
export async function crashDuckDbWorker(page: Page): Promise<void> {
  const [worker] = duckDbWorkers(page);
  if (!worker) throw new Error('no DuckDB worker on the page');
  // The error first, then the end: an exception thrown by a worker that is already closing is
  // not always reported to the page (seen in a CI run), and a crash must reach the app.
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated DuckDB worker crash');
    }, 0);
    setTimeout(() => {
      (globalThis as unknown as { close(): void }).close();
    }, 50);
  });
}

/** One sample of the page's memory: JS heap after a full GC, DOM nodes, event listeners. */
export interface MemorySample {
  readonly heapUsedBytes: number;
  readonly domNodes: number;
  readonly jsEventListeners: number;
  readonly documents: number;
}

/** Forces a full garbage collection, then reads the counters (CDP: HeapProfiler, Runtime, Memory). */
export async function sampleMemory(cdp: CDPSession): Promise<MemorySample> {
  // Twice: the first pass can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    heapUsedBytes: heap.usedSize,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

/**
 * Opens `url` in a Chromium that can be frozen. Playwright turns on focus emulation for every page
 * it opens, and a page with focus emulation is never frozen by `Page.setWebLifecycleState`
 * (measured: timers kept running, no freeze event). So this Chromium is started here and
 * Playwright attaches over CDP without its default overrides. Same recording as openApp
 * ({@link recordPage}), CSP violations included.
 */
export async function openFreezable(url: string): Promise<AppPage> {
  const profile = mkdtempSync(path.join(tmpdir(), 'war-room-freeze-'));
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1280,900',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => {
      reject(new Error(`Chromium exited before listening: ${text}`));
    });
  });
  // `noDefaults` (not in the public types): no focus emulation or other page overrides.
  const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true } as object);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  const record = await recordPage(page);
  await page.goto(url);
  return {
    browser,
    page,
    ...record,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // A browser reached over CDP only disconnects on close(): shut Chromium itself down.
      if (child.exitCode === null) {
        const session = await browser.newBrowserCDPSession().catch(() => null);
        await session?.send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await browser.close().catch(() => undefined);
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
      } catch {
        // Helper processes still writing: the operating system's temporary folder keeps it.
      }
      throwOnCspViolations(record.cspViolations);
    },
  };
}
