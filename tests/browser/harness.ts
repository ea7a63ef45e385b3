import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args';

export { CHROMIUM_ARGS };

/** Folder for screenshots the tests save for people to look at. */
export const ARTEFACT_DIR = path.resolve('test-results');

/** A page of the app with what the test needs to check that nothing went wrong. */
export interface AppPage {
  readonly browser: Browser;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Every request to a host other than 127.0.0.1 (they are blocked). */
  readonly foreignRequests: string[];
  /**
   * Content-Security-Policy violations of the page and its workers, as the browser reported them.
   * `close()` throws when there is any, so every test that opens the app checks the policy.
   */
  readonly cspViolations: string[];
  /** Closes the browser, then throws if the page violated the Content-Security-Policy. */
  close(): Promise<void>;
}

/** What {@link recordPage} keeps of a page's life. */
export type PageRecord = Pick<
  AppPage,
  'consoleErrors' | 'pageErrors' | 'foreignRequests' | 'cspViolations'
>;

/** How often `waitForFunction` checks its condition in the tests' pages. */
export const POLL_MS = 100;

/**
 * Makes `page.waitForFunction` poll every {@link POLL_MS} unless a call says otherwise. Playwright
 * polls on animation frames by default, and a page asked for a frame 60 times a second keeps
 * SwiftShader compositing: measured a third of a core while a test waited (2.8 CPU s in 8 s
 * against 0.13 s polling every 200 ms), which every journey paid on every wait.
 */
export function pollOnTimer(page: Page): void {
  type Options = { polling?: number | 'raf'; timeout?: number };
  const waitForFunction = page.waitForFunction.bind(page) as (
    fn: unknown,
    arg?: unknown,
    options?: Options,
  ) => Promise<unknown>;
  Object.assign(page, {
    waitForFunction: (fn: unknown, arg?: unknown, options?: Options) =>
      waitForFunction(fn, arg, { polling: POLL_MS, ...options }),
  });
}

/** True for the console text Chromium writes when the CSP blocks something. */
export function isCspMessage(text: string): boolean {
  return /Content[- ]Security[- ]Policy/i.test(text);
}

/** Throws the violations of {@link AppPage.cspViolations}, one a line, if there is any. */
export function throwOnCspViolations(violations: readonly string[]): void {
  if (violations.length === 0) return;
  throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`);
}

/**
 * Starts recording on a page before it navigates: console errors, page errors, requests that
 * would leave 127.0.0.1 (blocked), and CSP violations: the browser's log of the page and its
 * workers, `securitypolicyviolation` events of every document (an init script, so from before
 * the app's first script) and of each worker from when it appears.
 */
export async function recordPage(page: Page): Promise<PageRecord> {
  pollOnTimer(page);
  const record: PageRecord = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  // The browser's log reaches the page's DevTools session from its dedicated workers too (source
  // "worker"), from their first line: Playwright's console events carry neither.
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (isCspMessage(entry.text)) {
      record.cspViolations.push(`${entry.source} ${entry.url ?? ''}`.trim() + `: ${entry.text}`);
    }
  });
  await cdp.send('Log.enable');
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  await page.exposeBinding('warRoomCspViolation', (_source, text: unknown) => {
    record.cspViolations.push(`securitypolicyviolation: ${String(text)}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const page = window as unknown as { warRoomCspViolation: (text: string) => void };
      page.warRoomCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('worker', (worker) => {
    // A worker has no bindings: it reports through its console, which the browser's log carries.
    worker
      .evaluate(() => {
        self.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content Security Policy violation in a worker: ${event.effectiveDirective} blocked ${event.blockedURI}`,
          );
        });
      })
      .catch(() => undefined);
  });
  await page.route('**/*', (route) => {
    const requestUrl = new URL(route.request().url());
    const local = ['127.0.0.1'].includes(requestUrl.hostname);
    if (local || ['data:', 'blob:'].includes(requestUrl.protocol)) return route.continue();
    record.foreignRequests.push(requestUrl.href);
    return route.abort();
  });
  return record;
}

/**
 * Launches a fresh Chromium (fresh profile) and opens `url` with request, error and CSP recording
 * ({@link recordPage}).
 */
export async function openApp(
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<AppPage> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport });
  const record = await recordPage(page);
  await page.goto(url);
  return {
    browser,
    page,
    ...record,
    close: async () => {
      await browser.close();
      throwOnCspViolations(record.cspViolations);
    },
  };
}

/**
 * Waits until `<html data-state>` is ready (or error, which fails the wait with its message), then
 * until deck.gl has taken over the map's layers (it loads after the first paint), so hover works.
 */
export async function waitForReady(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''),
    null,
    { timeout },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== 'ready') {
    const message = await page
      .locator('[role=alert]')
      .innerText()
      .catch(() => '');
    throw new Error(`page reached data-state=${state}: ${message}`);
  }
  await page.waitForSelector('.war-map[data-layers="deck"]', { timeout });
}

/**
 * Hides the elements matching `selector` (e.g. labels drawn over the map before reading its
 * pixels) and returns the function that shows them again. It sets each element's own style
 * through the CSSOM, which the app's Content-Security-Policy allows; a `<style>` element added
 * by the test (Playwright's addStyleTag) is inline style, and the policy blocks it.
 */
export async function hideElements(page: Page, selector: string): Promise<() => Promise<void>> {
  const saved = await page.evaluateHandle((css) => {
    return [...document.querySelectorAll<HTMLElement>(css)].map((element) => {
      const before = {
        element,
        value: element.style.getPropertyValue('visibility'),
        priority: element.style.getPropertyPriority('visibility'),
      };
      element.style.setProperty('visibility', 'hidden', 'important');
      return before;
    });
  }, selector);
  return async () => {
    await saved.evaluate((entries) => {
      for (const { element, value, priority } of entries) {
        if (value) element.style.setProperty('visibility', value, priority);
        else element.style.removeProperty('visibility');
      }
    });
    await saved.dispose();
  };
}

/** Saves a full-page screenshot under test-results/ and returns the PNG bytes. */
export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  return page.screenshot({ path: path.join(ARTEFACT_DIR, `${name}.png`), timeout: 60_000 });
}
