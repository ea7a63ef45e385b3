/**
 * The analyst's data tools for the injection suites (issue 8): picking a file, running console
 * queries (and reading refusals), row counts of the loaded tables, and the table view's CSV export.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The data tools panel of analyst mode. */
// The data tools and the table's own pane (issue 16: the table left the tools' column).
export const PANEL = ':is([data-panel="data-tools"], [data-pane="analyst-table"])';

/** Picks a file through the data tools' file input. */
export async function pickFile(page: Page, name: string, content: string | Uint8Array) {
  const buffer = Buffer.from(
    typeof content === 'string' ? new TextEncoder().encode(content) : content,
  );
  await page.locator(`${PANEL} [data-file-input]`).setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer,
  });
}

/** Types a query into the console and runs it with Ctrl+Enter (does not wait). */
async function typeSql(page: Page, sql: string): Promise<void> {
  const box = page.locator(`${PANEL} [data-console] textarea`);
  await box.fill(sql);
  await box.press('Control+Enter');
}

const message = (page: Page) => page.locator(`${PANEL} [data-console-message]`);

/**
 * Runs a query that must succeed and waits until the table view shows its result: the result
 * must have a column named `marker` (a name no earlier result had).
 */
export async function runQuery(page: Page, sql: string, marker: string): Promise<void> {
  await typeSql(page, sql);
  const header = page.locator(
    `${PANEL} [data-table-view] [data-sort-column="${marker.replaceAll('"', '\\"')}"]`,
  );
  await expect
    .poll(async () => [await header.count(), await message(page).count()], { timeout: 30_000 })
    .toEqual([1, 0]);
}

let runs = 0;

/**
 * Runs a query the console must refuse (or DuckDB must fail) and returns the message shown.
 * A query that succeeds first clears any earlier message, so the message read is this one's.
 */
export async function refusalOf(page: Page, sql: string): Promise<string> {
  runs += 1;
  await runQuery(page, `SELECT ${runs} AS "probe ${runs}"`, `probe ${runs}`);
  await typeSql(page, sql);
  await expect.poll(() => message(page).count(), { timeout: 30_000 }).toBe(1);
  return message(page).innerText();
}

/** The tables the console may read, as it lists them. */
export async function consoleTables(page: Page): Promise<string[]> {
  const list = await page
    .locator(`${PANEL} [data-console-tables]`)
    .getAttribute('data-console-tables');
  return (list ?? '').split(',').filter((name) => name !== '');
}

/** Row counts of `tables` read through the console (one UNION ALL query, exported as CSV). */
export async function tableCounts(
  page: Page,
  tables: readonly string[],
): Promise<Record<string, number>> {
  runs += 1;
  const marker = `rows ${runs}`;
  const sql = tables
    .map((name) => `SELECT '${name}' AS table_name, count(*) AS "${marker}" FROM "${name}"`)
    .join(' UNION ALL ');
  await runQuery(page, sql, marker);
  const rows = parseCsv((await exportCsv(page)).text);
  return Object.fromEntries(rows.map((row) => [row.table_name ?? '', Number(row[marker])]));
}

/** Clicks the table view's CSV export and returns the file's name and text. */
export async function exportCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${PANEL} [data-export="csv"]`).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** An exported CSV's rows keyed by header (after checking its BOM). */
export function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}
