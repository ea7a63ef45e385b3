/**
 * Imports off the page's thread (issue 16): a large CSV shows its progress and Cancel stops it,
 * leaving the layers and tables as they were; a workbook that would inflate to 300 MB is refused
 * with its expanded size and the limit before anything is inflated; a good file then imports as
 * before. Timings (long tasks, seconds to refusal) are measured by scripts/bench/import, not here.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { csvInPage, thaiProvinceNames, xlsxBomb } from '../../scripts/bench/import/inputs';
import { ARTEFACT_DIR, saveScreenshot } from './harness';
import { appPerTest, expectClean, poll, settle } from './whole-helpers';

const open = appPerTest(inject('baseUrl'));
const PANEL = '[data-panel="data-tools"]';

/** Picks a file through the panel's file input. */
async function pick(page: Page, name: string, bytes: Uint8Array | string): Promise<void> {
  const buffer = Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  await page
    .locator(`${PANEL} [data-file-input]`)
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/**
 * Makes a CSV of `rows` rows in the page and picks it: the text never crosses from Node. Sent as
 * an expression (DevTools evaluates it; the page's CSP allows no eval of its own).
 */
async function pickCsvMadeInPage(page: Page, rows: number, name: string): Promise<void> {
  const args = JSON.stringify([rows, thaiProvinceNames(), name]);
  await page.evaluate(`(() => {
    const file = (${csvInPage.toString()})(${args});
    const input = document.querySelector('${PANEL} [data-file-input]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
}

/** The user layers' names, newest first, as the panel lists them. */
const layerNames = (page: Page) =>
  page
    .locator(`${PANEL} [data-user-layer]`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-user-layer') ?? ''));

describe('imports in a worker', () => {
  it('shows a large CSV’s progress, cancels it, refuses a workbook bomb, then imports a file', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);

    await pick(page, 'before.csv', 'จังหวัด,ค่า\nเชียงใหม่,12\nขอนแก่น,7\n');
    await page.locator(`${PANEL} [data-import-summary][data-file="before.csv"]`).waitFor();
    const layersBefore = await layerNames(page);
    expect(layersBefore).toHaveLength(1);

    await pickCsvMadeInPage(page, 1_000_000, 'one-million.csv');
    const bar = page.locator(`${PANEL} [data-import-state="reading"]`);
    await bar.waitFor();
    expect(await bar.getAttribute('data-file')).toBe('one-million.csv');
    // The bar alone, and before the race to Cancel: a full-page screenshot while splitting took
    // long enough here for the import to end first.
    await bar.screenshot({ path: path.join(ARTEFACT_DIR, 'import-worker-progress.png') });
    // Rows being split: the bar past the reading fifth, and the line saying how far.
    await poll(async () => Number((await bar.locator('progress').getAttribute('value')) ?? 0), {
      timeout: 60_000,
    }).toBeGreaterThan(0.2);
    expect(await bar.getAttribute('data-import-phase')).toBe('parse');
    expect(await bar.locator('[role="status"]').innerText()).toMatch(
      /^Splitting one-million\.csv into rows: \d+%$/,
    );

    await bar.locator('[data-import-cancel]').click();
    const cancelled = page.locator(`${PANEL} [data-import-cancelled]`);
    await cancelled.waitFor();
    await saveScreenshot(page, 'import-worker-cancelled');
    expect(await cancelled.innerText()).toContain('ยกเลิกการนำเข้าแล้ว · import cancelled');
    expect(await cancelled.innerText()).toContain(
      'Import cancelled: "one-million.csv" was not added; the layers and tables are as they were',
    );
    expect(await bar.count()).toBe(0);
    expect(await layerNames(page)).toEqual(layersBefore);

    await pick(page, 'bomb.xlsx', xlsxBomb(300));
    const refusal = page.locator(`${PANEL} [data-import-error][data-file="bomb.xlsx"]`);
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(
      'The Excel workbook "bomb.xlsx" would expand to 300 MB, over the 200 MB limit, so it was not opened',
    );
    await refusal.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'import-worker-bomb-refused');
    expect(await layerNames(page)).toEqual(layersBefore);

    await pick(page, 'after.csv', 'จังหวัด,ค่า\nสงขลา,3\nภูเก็ต,4\n');
    await page.locator(`${PANEL} [data-import-summary][data-file="after.csv"]`).waitFor();
    const layersAfter = await layerNames(page);
    expect(layersAfter).toHaveLength(2);
    expect(layersAfter.slice(1)).toEqual(layersBefore);
    expectClean(app);
  });
});
