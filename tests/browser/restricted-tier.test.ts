/**
 * The restricted tier through Debian's nginx with scripts/deploy/nginx/war-room.conf and a
 * password file made here (salted SHA-1, see `htpasswdLine`): without credentials (refused with 403, so no
 * password prompt) the browser receives no
 * restricted file's body, the complaints breakdown says จำกัดสิทธิ์ · restricted where the security
 * cases' categories would be, and so does the province card's security complaints row, and the
 * public map is drawn with no error and no second request; after signing in (data/restricted/
 * opened, the prompt answered: httpCredentials) the security cases are back in their own
 * categories and the card's security row has the province's figure.
 */
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, recordPage, saveScreenshot, throwOnCspViolations } from './harness';
import {
  htpasswdLine,
  startNginx,
  withoutRestrictedRefusal,
  type NginxServer,
} from './nginx-server';
import {
  countPixels,
  expectClean,
  isDrawnColour,
  kpiValue,
  legendColours,
  mapPixels,
  mapRect,
  poll,
  settle,
} from './whole-helpers';

const distDir = inject('distDir');
const USER = 'analyst';
const PASSWORD = 'war-room-restricted-test';
const RESTRICTED = '/data/restricted/';
const LABEL = 'จำกัดสิทธิ์ · restricted';

let nginx: NginxServer | undefined;
let startFailure: Error | undefined;

beforeAll(async () => {
  try {
    nginx = await startNginx(distDir, htpasswdLine(USER, PASSWORD));
  } catch (error) {
    startFailure = error instanceof Error ? error : new Error(String(error));
  }
});
afterAll(() => nginx?.stop());

/** The complaints breakdown's bars as [key, label, value] rows, top to bottom. */
function bars(page: Page): Promise<string[][]> {
  return page
    .locator('[data-chart="breakdown"]:has(.chart-switch) .bars-line[data-key]')
    .evaluateAll((lines) =>
      lines.map((line) => [
        line.getAttribute('data-key') ?? '',
        line.querySelector<HTMLElement>('.bars-label')?.innerText ?? '',
        line.querySelector<HTMLElement>('.bars-value')?.innerText ?? '',
      ]),
    );
}

/** The bracketed security-sensitive count of a bar's value, "1,234 (56)" → 56. */
const sensitiveOf = (value: string) => Number(/\(([\d,]+)\)/.exec(value)?.[1]?.replace(/,/g, ''));

/** Opens the complaints view through nginx, as a visitor with or without a password. */
async function visit(credentials: boolean) {
  if (startFailure) throw startFailure;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    // The password the browser's prompt is answered with.
    ...(credentials ? { httpCredentials: { username: USER, password: PASSWORD } } : {}),
  });
  const page = await context.newPage();
  const record = await recordPage(page);
  /** Every response from the restricted folder: status and the bytes of its body. */
  const restricted: { status: number; bytes: number }[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.includes(RESTRICTED) || !pathname.endsWith('.parquet')) return;
    void response.body().then(
      (body) => restricted.push({ status: response.status(), bytes: body.length }),
      () => restricted.push({ status: response.status(), bytes: 0 }),
    );
  });
  if (credentials) {
    // Signing in as the README says: open data/restricted/ (a navigation gets the 401 and the
    // prompt); the browser then sends the password with the app's requests for its files.
    const signIn = await page.goto(`${nginx?.url ?? ''}data/restricted/`);
    // The folder has no page of its own: past the password, a 404 (and its console line).
    expect(signIn?.status()).toBe(404);
    record.consoleErrors.splice(0);
  }
  await page.goto(`${nginx?.url ?? ''}?layers=complaints`);
  await settle(page);
  const close = async () => {
    await browser.close();
    throwOnCspViolations(record.cspViolations);
  };
  return { browser, page, record, restricted, close };
}

/**
 * Selects the province at the top of the ranking (as a click on it does) and returns the text of
 * the card's security complaints row: [label, value].
 */
async function securityCardRow(page: Page): Promise<string[]> {
  await page.locator('[data-chart="ranking"] button[data-code]').first().click();
  const row = page.locator('.province-card tr[data-dataset="complaints_security"]');
  await row.waitFor();
  return [
    await row.locator('th').innerText(),
    await row.locator('.province-card-value').innerText(),
  ];
}

/** True once complaint symbols cover a good part of the map (the public tier is drawn). */
async function symbolsDrawn(page: Page): Promise<number> {
  const colours = await legendColours(page, 'complaints');
  return countPixels(await mapPixels(page), await mapRect(page), (rgb) =>
    isDrawnColour(rgb, colours, 0.5),
  );
}

describe('the restricted tier behind nginx basic auth', () => {
  let withheld = 0;

  it('without a password: no restricted body, จำกัดสิทธิ์ shown, the public map drawn', async () => {
    const visitor = await visit(false);
    try {
      const { page } = visitor;
      await poll(() => bars(page)).toContainEqual(['restricted', LABEL, expect.any(String)]);
      const row = (await bars(page)).find(([key]) => key === 'restricted');
      withheld = sensitiveOf(row?.[2] ?? '');
      expect(withheld).toBeGreaterThan(0);
      // Every other category shows no security case: their categories are withheld.
      for (const [key, , value] of await bars(page)) {
        if (key !== 'restricted') expect([key, sensitiveOf(value ?? '')]).toEqual([key, 0]);
      }
      await poll(() => symbolsDrawn(page)).toBeGreaterThan(300);
      expect(await kpiValue(page, 'complaints')).toMatch(/^[\d,]+$/);
      expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('ready');
      // The province card: its security row stands in for the figure it may not show.
      const [label, value] = await securityCardRow(page);
      expect(label).toMatch(/^เรื่องร้องเรียนด้านความมั่นคง · security complaints/);
      expect(value).toBe(LABEL);
      // One ask, refused (403: no password prompt), and no body of the file received.
      expect(visitor.restricted.map((r) => r.status)).toEqual([403]);
      expect(visitor.restricted.every((r) => r.bytes < 1000)).toBe(true);
      await page.locator('[data-chart="breakdown"]:has(.chart-switch)').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'restricted-tier-without-password');
      expectClean({
        ...visitor.record,
        consoleErrors: withoutRestrictedRefusal(visitor.record.consoleErrors),
      } as Parameters<typeof expectClean>[0]);
      expect(nginx?.log()).toBe('');
    } finally {
      await visitor.close();
    }
  }, 180_000);

  it('with the password: the security cases are back in their own categories', async () => {
    const visitor = await visit(true);
    try {
      const { page } = visitor;
      await poll(async () => (await bars(page)).map(([key]) => key)).not.toContain('restricted');
      const shown = await bars(page);
      expect(shown.map(([key]) => key).sort()).toEqual([
        'debt',
        'fraud',
        'land',
        'officials_conduct',
        'other',
        'public_nuisance',
        'utilities',
      ]);
      // The cases withheld from the public are all here, each under its category.
      expect(shown.reduce((sum, [, , value]) => sum + sensitiveOf(value ?? ''), 0)).toBe(withheld);
      // The card's security row: the province's open security cases per 100,000.
      expect((await securityCardRow(page))[1]).toMatch(/^[\d,]+(\.\d)?$/);
      expect(visitor.restricted.map((r) => r.status)).toContain(200);
      expect(Math.max(...visitor.restricted.map((r) => r.bytes))).toBeGreaterThan(1000);
      await page.locator('[data-chart="breakdown"]:has(.chart-switch)').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'restricted-tier-with-password');
      expectClean({
        ...visitor.record,
        consoleErrors: withoutRestrictedRefusal(visitor.record.consoleErrors),
      } as Parameters<typeof expectClean>[0]);
    } finally {
      await visitor.close();
    }
  }, 180_000);
});
