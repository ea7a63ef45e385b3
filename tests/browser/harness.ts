import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Chromium flags for a machine with a closed network and no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
  close(): Promise<void>;
}

/** Launches a fresh Chromium (fresh profile) and opens `url` with request and error recording. */
export async function openApp(
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<AppPage> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.route('**/*', (route) => {
    const requestUrl = new URL(route.request().url());
    const local = ['127.0.0.1'].includes(requestUrl.hostname);
    if (local || ['data:', 'blob:'].includes(requestUrl.protocol)) return route.continue();
    foreignRequests.push(requestUrl.href);
    return route.abort();
  });
  await page.goto(url);
  return {
    browser,
    page,
    consoleErrors,
    pageErrors,
    foreignRequests,
    close: () => browser.close(),
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

/** Saves a full-page screenshot under test-results/ and returns the PNG bytes. */
export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  return page.screenshot({ path: path.join(ARTEFACT_DIR, `${name}.png`), timeout: 60_000 });
}
