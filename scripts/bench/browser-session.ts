/** Helpers the benchmarks share: serve a dist folder, open Chromium, read memory. */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS } from '../../tests/browser/harness';

/** Serves `outDir` (a built app) on 127.0.0.1; returns the server and its URL. */
export async function serveDist(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

/** A fresh headless Chromium (fresh profile) and a 1280x900 page. */
export async function openPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return { browser, page };
}

/**
 * Resident memory (bytes) of every process this script started (the browser it launched, with
 * its renderer, GPU and DuckDB worker), not counting this Node process itself.
 */
export function browserMemoryBytes(): number {
  const root = process.pid;
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of table) {
      if (pid !== undefined && ppid !== undefined && tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  tree.delete(root);
  return table.reduce(
    (sum, [pid, , rss]) => sum + (tree.has(pid ?? -1) ? (rss ?? 0) * 1024 : 0),
    0,
  );
}

/** p-th percentile (0-100) of `values`, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank] ?? NaN;
}
