/**
 * The browser side of the query benchmark: builds the page (page/) with Vite into a temp folder,
 * serves it and the data folder on 127.0.0.1, and opens it in headless Chromium.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { openPage } from '../browser-session';
import type { QueryBenchApi } from './page/api';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.parquet': 'application/octet-stream',
};

/** Builds the benchmark page into a new temp folder; returns the folder. */
export async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'war-room-query-bench-page-'));
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
    worker: { format: 'es' },
  });
  return outDir;
}

/** Resolves `urlPath` under `root`, or null if it escapes it or is not a file. */
function fileUnder(root: string, urlPath: string): string | null {
  const file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves `pageDir` at / and `dataDir` at /data/ on 127.0.0.1 (a free port). */
export async function serve(
  pageDir: string,
  dataDir: string,
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [root, rest] = pathname.startsWith('/data/')
      ? [dataDir, pathname.slice('/data'.length)]
      : [pageDir, pathname === '/' ? '/index.html' : pathname];
    const file = fileUnder(path.resolve(root), rest);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** The page, its browser, and the requests it tried to make off 127.0.0.1 (all blocked). */
export interface BenchBrowser {
  readonly browser: Browser;
  readonly page: Page;
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Builds and serves the page and opens it in a fresh headless Chromium. */
export async function openBenchBrowser(dataDir: string): Promise<BenchBrowser> {
  const pageDir = await buildPage();
  const { server, url } = await serve(pageDir, dataDir);
  const { browser, page } = await openPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(target.protocol)) {
      return route.continue();
    }
    foreignRequests.push(target.href);
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.bench === 'ready');
  return {
    browser,
    page,
    foreignRequests,
    pageErrors,
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      rmSync(pageDir, { recursive: true, force: true });
    },
  };
}

/** Calls one function of the page's window.warRoomQueryBench with a serialisable argument. */
export function callPage<K extends keyof QueryBenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<QueryBenchApi[K]>
): Promise<Awaited<ReturnType<QueryBenchApi[K]>>> {
  return page.evaluate(
    async ([fn, fnArgs]) => {
      const api = window.warRoomQueryBench;
      if (!api) throw new Error('the benchmark page did not start');
      const method = api[fn] as (...a: unknown[]) => Promise<unknown>;
      return method.apply(api, fnArgs);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<QueryBenchApi[K]>>>;
}
