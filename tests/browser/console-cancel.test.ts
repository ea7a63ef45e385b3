/**
 * Issue 19 item 6 on the whole app: a console query that never ends is cancelled from its Cancel
 * button; while it runs the dashboard's own queries are answered (duckdb-wasm polls the console's
 * query in slices); afterwards the console runs the next query and DuckDB was never restarted.
 */
import { describe, expect, inject, it } from 'vitest';
import { saveScreenshot } from './harness';
import { engineStates, recordEngineStates } from './resilience-helpers';
import { appPerTest, chartText, expectClean, kpiValue, poll, settle } from './whole-helpers';

const open = appPerTest(inject('baseUrl'));
const PANEL = '[data-panel="data-tools"]';
/** About 10^14 rows on the demo data: only a stop ends it. */
const ENDLESS =
  'SELECT count(*) AS n FROM vaccination a, vaccination b, vaccination c, vaccination d';

describe('the SQL console never blocks the dashboard', () => {
  it('cancels a never-ending query while the map, KPIs and charts go on answering', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    await recordEngineStates(page);
    const limit = page.locator(`${PANEL} [data-console-limit]`);
    expect(await limit.innerText()).toBe(
      'A query running longer than 30 s is stopped; Cancel stops it sooner.',
    );
    const cancel = page.locator(`${PANEL} [data-console-cancel]`);
    expect(await cancel.isDisabled()).toBe(true);
    const ranking = await chartText(page, 'ranking');
    const kpi = await kpiValue(page, 'vaccination');

    await page.locator(`${PANEL} [data-console] textarea`).fill(ENDLESS);
    await page.locator(`${PANEL} [data-console-run]`).click();
    await page.locator(`${PANEL} [data-console-cancel]:not([disabled])`).waitFor();
    // The dashboard's own queries are answered while the console's query runs.
    await page.locator('.region-filter select').selectOption('northeast');
    await poll(() => chartText(page, 'ranking')).not.toBe(ranking);
    await poll(() => kpiValue(page, 'vaccination')).not.toBe(kpi);
    expect(await cancel.isEnabled()).toBe(true);
    expect(await page.locator(`${PANEL} [data-console-run]`).innerText()).toBe('Running …');

    await cancel.click();
    const message = page.locator(`${PANEL} [data-console-message]`);
    await poll(() => message.innerText()).toBe(
      'The query was cancelled; edit it and run it again when ready.',
    );
    await saveScreenshot(page, 'console-cancelled');
    expect(await cancel.isDisabled()).toBe(true);

    // The next query runs on the same database.
    const box = page.locator(`${PANEL} [data-console] textarea`);
    await box.fill('SELECT count(DISTINCT province_code) AS n FROM vaccination');
    await box.press('Control+Enter');
    await poll(() => message.count()).toBe(0);
    await poll(() =>
      page.locator(`${PANEL} [data-console-rows]`).getAttribute('data-console-rows'),
    ).toBe('1');
    expect(await page.locator(`${PANEL} [data-table-view]`).innerText()).toContain('77');
    await page.locator('.region-filter select').selectOption('');
    await poll(() => chartText(page, 'ranking')).toBe(ranking);
    // No restart of DuckDB at any point.
    expect(await engineStates(page)).toEqual([]);
    expectClean(app);
  });
});
