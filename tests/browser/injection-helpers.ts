/**
 * Shared pieces of the injection suites (issue 8): payloads, a page opened with the
 * Content-Security-Policy bypassed (so what is proved is the app's escaping, not only the CSP),
 * probes for executed or injected markup, prototype checks, request interception of the app's
 * JSON and data files, and native DuckDB over the committed data files. The data tools' console
 * and export: injection-tools.ts.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { CHROMIUM_ARGS, pollOnTimer, saveScreenshot } from './harness';
import { PAYLOADS, RUN } from '../../src/testing-dom/payloads';
import { sharedPage } from './whole-helpers';

// The payloads are the component tier's too: one list, kept in src/testing-dom/payloads.ts.
export { PAYLOADS, RUN };

/** All payloads in one Thai text (as a real title with a payload inside it would read). */
export const THAI_PAYLOAD = `วัคซีน ${PAYLOADS.img} ทดสอบ ${PAYLOADS.script} ${PAYLOADS.svg} ${PAYLOADS.template}`;

/** Bits of {@link THAI_PAYLOAD} that must show as text wherever the field is shown. */
export const VISIBLE_PARTS = ['<img src=x onerror=', '<script>', '<svg onload=', '{{constructor'];

/** A page of the app opened with bypassCSP and the probes installed. */
export interface ProbedPage {
  readonly browser: Browser;
  readonly page: Page;
  readonly pageErrors: string[];
  readonly foreignRequests: string[];
  /** Messages of alert/confirm/prompt dialogs (none may open). */
  readonly dialogs: string[];
  /** Requests for a payload's `src=x` (an injected image would ask for it). */
  readonly payloadRequests: string[];
  close(): Promise<void>;
}

/** Answers a request the test intercepts (e.g. a changed manifest). */
export type RouteHandler = (route: Route) => Promise<void>;

declare global {
  interface Window {
    __xss?: number;
    __injected?: string[];
    __protoKeys?: Record<string, string[]>;
  }
}

/**
 * Runs in the page before its own scripts: keeps the names on the built-in prototypes, and
 * records every element added later that a payload would bring (script, iframe, object, embed,
 * an `on…` attribute, an image of `x`, a javascript: link), even one removed again at once.
 */
function installProbes(): void {
  const protos: Record<string, object> = {
    Object: Object.prototype,
    Array: Array.prototype,
    Function: Function.prototype,
    String: String.prototype,
  };
  window.__protoKeys = Object.fromEntries(
    Object.entries(protos).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto)]),
  );
  const injected: string[] = [];
  window.__injected = injected;
  const suspicious = (element: Element): string | null => {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame'].includes(tag)) return tag;
    if (tag === 'script' && !(element as HTMLScriptElement).src.startsWith(location.origin)) {
      return `script ${element.outerHTML.slice(0, 120)}`;
    }
    if (tag === 'img' && element.getAttribute('src') === 'x') return 'img src=x';
    if (element.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')) {
      return `${tag} href=javascript:`;
    }
    const handler = element.getAttributeNames().find((name) => name.toLowerCase().startsWith('on'));
    return handler ? `${tag} ${handler}=` : null;
  };
  const check = (node: Node): void => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      const found = suspicious(element);
      if (found) injected.push(found);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(check);
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Opens `url` in a fresh Chromium whose context bypasses the page's CSP. `routes` maps a path
 * ending (e.g. `/data/manifest.json`) to a handler; every other request to 127.0.0.1 goes
 * through and every other host is refused and recorded.
 */
export async function openProbed(
  url: string,
  routes: Readonly<Record<string, RouteHandler>> = {},
  viewport = { width: 1280, height: 900 },
): Promise<ProbedPage> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport, bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  pollOnTimer(page);
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  const payloadRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(installProbes);
  await page.route('**/*', async (route) => {
    const requestUrl = new URL(route.request().url());
    if (['data:', 'blob:'].includes(requestUrl.protocol)) return route.continue();
    if (requestUrl.hostname !== '127.0.0.1') {
      foreignRequests.push(requestUrl.href);
      return route.abort();
    }
    if (/\/x$/.test(requestUrl.pathname)) payloadRequests.push(requestUrl.href);
    const handler = Object.entries(routes).find(([ending]) =>
      requestUrl.pathname.endsWith(ending),
    )?.[1];
    return handler ? handler(route) : route.continue();
  });
  await page.goto(url);
  return {
    browser,
    page,
    pageErrors,
    foreignRequests,
    dialogs,
    payloadRequests,
    close: () => browser.close(),
  };
}

/**
 * One fresh browser per test (as whole-helpers' appPerTest, with the probes): returns the opener
 * and registers the afterEach that screenshots a failed test and closes the browser.
 */
export function probedPerTest(
  baseUrl: string,
): (query: string, routes?: Readonly<Record<string, RouteHandler>>) => Promise<ProbedPage> {
  let current: ProbedPage | undefined;
  afterEach(async (context) => {
    if (current && context.task.result?.state === 'fail') {
      const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await saveScreenshot(current.page, `injection-failed-${slug}`).catch(() => undefined);
    }
    await current?.close();
    current = undefined;
  });
  return async (query, routes = {}) => {
    current = await openProbed(`${baseUrl}${query}`, routes);
    return current;
  };
}

/**
 * One probed page for a whole file (whole-helpers' {@link sharedPage}), for tests that route
 * nothing of their own.
 */
export function probedShared(baseUrl: string): (query: string) => Promise<ProbedPage> {
  return sharedPage((query) => openProbed(`${baseUrl}${query}`, {}), 'injection');
}

/** Waits until DuckDB has answered every view (`data-engine=ready`, no query running). */
export async function engineSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () =>
      ['ready', 'partial', 'error'].includes(document.documentElement.dataset.engine ?? '') &&
      document.documentElement.dataset.queries === 'idle',
    null,
    { timeout },
  );
  expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('ready');
}

/** Elements in the DOM now that no app element has: `on…` handlers, scripts from elsewhere, frames. */
function scanDom(): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(tag);
    if (tag === 'script' && !(element as HTMLScriptElement).src.startsWith(location.origin)) {
      found.push('inline script');
    }
    if (tag === 'img' && element.getAttribute('src') === 'x') found.push('img src=x');
    for (const name of element.getAttributeNames()) {
      if (name.toLowerCase().startsWith('on')) found.push(`${tag} ${name}=`);
    }
  }
  return found;
}

/**
 * Asserts that no payload ran or was turned into markup: window.__xss unset, no dialog, no
 * suspicious element added at any time or present now, no request for a payload's image, no
 * page error, no request off 127.0.0.1.
 */
export async function expectNoInjection(app: ProbedPage): Promise<void> {
  const report = await app.page.evaluate(scanDom);
  const state = await app.page.evaluate(() => ({
    xss: window.__xss,
    injected: window.__injected ?? null,
  }));
  expect(state.xss).toBeUndefined();
  expect(state.injected).toEqual([]);
  expect(report).toEqual([]);
  expect(app.dialogs).toEqual([]);
  expect(app.payloadRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
}

/** Asserts that the built-in prototypes have only the names they had before the app ran. */
export async function expectPrototypesClean(page: Page): Promise<void> {
  const result = await page.evaluate(() => {
    const protos: Record<string, object> = {
      Object: Object.prototype,
      Array: Array.prototype,
      Function: Function.prototype,
      String: String.prototype,
    };
    const added = Object.entries(protos).flatMap(([name, proto]) => {
      const before = new Set(window.__protoKeys?.[name] ?? []);
      return Object.getOwnPropertyNames(proto)
        .filter((key) => !before.has(key))
        .map((key) => `${name}.prototype.${key}`);
    });
    const probe = {} as Record<string, unknown>;
    return {
      recorded: window.__protoKeys !== undefined,
      added,
      polluted: [
        probe.polluted,
        probe.x,
        probe.isAdmin,
        ([] as unknown as Record<string, unknown>).polluted,
      ],
      prototypeOfPlain: Object.getPrototypeOf({}) === Object.prototype,
    };
  });
  expect(result.recorded).toBe(true);
  expect(result.added).toEqual([]);
  expect(result.polluted).toEqual([undefined, undefined, undefined, undefined]);
  expect(result.prototypeOfPlain).toBe(true);
}

/** A route answering with the real file's JSON changed by `change`. */
export function changedJson(change: (json: Record<string, unknown>) => unknown): RouteHandler {
  return async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, body: JSON.stringify(change(json)) });
  };
}

/** A route answering with `text` as JSON (any text: a test may send raw `__proto__` keys). */
export function jsonText(text: string): RouteHandler {
  return (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text });
}

/** A route answering with file bytes. */
export function fileBytes(
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
): RouteHandler {
  return (route) => route.fulfill({ status: 200, contentType, body: Buffer.from(bytes) });
}

/**
 * Runs `sql` on native DuckDB over the committed demo files (public/data/*.parquet, read by
 * name) and returns the rows; used to make changed data files and to know the true counts.
 */
export async function nativeRows(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run('SET autoinstall_known_extensions = false');
    await conn.run('SET autoload_known_extensions = false');
    const reader = await conn.runAndReadAll(sql);
    return reader.getRowObjects();
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Writes the result of `select` (over the demo files) as a Parquet file and returns its bytes. */
export async function parquetOf(select: string, path: string): Promise<Uint8Array> {
  await nativeRows(`COPY (${select}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`);
  return new Uint8Array(readFileSync(path));
}
