import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { appShared, expectClean, poll, settle, showOnly } from './whole-helpers';

const open = appShared(inject('baseUrl'));
const PANEL = '[data-panel="data-tools"]';
const K = 10;

/** Columns that would identify a household or place it closer than a published hexagon. */
const RECORD_COLUMNS = ['household_id', 'lon', 'lat', 'longitude', 'latitude', 'name', 'address'];

interface ParquetSummary {
  readonly columns: string[];
  readonly rows: number;
  readonly minHouseholds: number | null;
}

/** Reads a Parquet file the app fetched with native DuckDB: its columns, rows and smallest group. */
async function summarise(bytes: Buffer): Promise<ParquetSummary> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'privacy-')), 'fetched.parquet');
  writeFileSync(file, bytes);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const literal = `'${file.replaceAll("'", "''")}'`;
    const described = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal})`);
    const columns = described.getRowObjects().map((row) => String(row.column_name));
    const hasCount = columns.includes('households');
    const counted = await conn.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, ${hasCount ? 'min(households)::INTEGER' : 'NULL'} AS m FROM read_parquet(${literal})`,
    );
    const row = counted.getRowObjects()[0] ?? {};
    return {
      columns,
      rows: Number(row.n),
      minHouseholds: row.m === null || row.m === undefined ? null : Number(row.m),
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Types a query into the console, runs it and waits for the answer. */
async function runSql(page: Page, sql: string): Promise<void> {
  const box = page.locator(`${PANEL} [data-console] textarea`);
  await box.fill(sql);
  await box.press('Control+Enter');
  await page.locator(`${PANEL} [data-console-run]:not([disabled])`).waitFor();
}

/** Exports what the table view shows as CSV and parses it (after its BOM). */
async function exportedRows(page: Page): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${PANEL} [data-export="csv"]`).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

describe('privacy: household records never leave DuckDB un-aggregated', () => {
  it('every file the app fetches holds groups of at least k households and no record columns', async () => {
    const fetched: Response[] = [];
    const app = await open('?layers=households&lang=en');
    app.page.on('response', (response) => {
      if (/\.(parquet|csv|json)(\?|$)/.test(response.url())) fetched.push(response);
    });
    const { page } = app;
    await page.reload();
    await settle(page);
    await showOnly(page, 'households');
    const parquet = fetched.filter((r) => /\.parquet(\?|$)/.test(r.url()));
    const households = parquet.filter((r) => /households/.test(new URL(r.url()).pathname));
    // The layer's own files were fetched (the test would prove nothing otherwise).
    expect(households.length).toBeGreaterThanOrEqual(1);
    for (const response of parquet) {
      const summary = await summarise(await response.body());
      const name = new URL(response.url()).pathname;
      expect
        .soft(
          summary.columns.filter((c) => RECORD_COLUMNS.includes(c)),
          name,
        )
        .toEqual([]);
      if (households.includes(response)) {
        expect(summary.rows, name).toBeGreaterThan(0);
        expect(summary.minHouseholds, name).not.toBeNull();
        expect(summary.minHouseholds ?? 0, name).toBeGreaterThanOrEqual(K);
      }
    }
    // The legend's lowest class starts at k or more: no class describes a smaller cell.
    const legend = page.locator('.legend[data-layer="households"]');
    await poll(() => legend.innerText()).toContain(`${K}`);
    const labels = await legend.locator('.legend-class span').allInnerTexts();
    // Class labels are ranges ("10 – 24"); the notes (no data, hidden cells) are not.
    const lowerBounds = labels
      .map((label) => /^\s*([\d,]+)\s*[–-]/.exec(label)?.[1])
      .filter((bound): bound is string => bound !== undefined)
      .map((bound) => Number(bound.replaceAll(',', '')));
    expect(lowerBounds.length).toBeGreaterThan(0);
    for (const bound of lowerBounds) expect(bound).toBeGreaterThanOrEqual(K);
    expectClean(app);
  });

  it('the console, its table and its CSV export show no group under k; DuckDB is locked down', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const message = page.locator(`${PANEL} [data-console-message]`);
    const rows = page.locator(`${PANEL} [data-console-rows]`);

    for (const table of ['households', 'households_cells']) {
      await runSql(page, `SELECT * FROM ${table} ORDER BY households`);
      await expect.poll(() => message.count()).toBe(0);
      const shown = Number(await rows.getAttribute('data-console-rows'));
      expect(shown, table).toBeGreaterThan(0);
      const exported = await exportedRows(page);
      expect(exported.length, table).toBe(shown);
      const smallest = Math.min(...exported.map((row) => Number(row.households)));
      expect(smallest, table).toBeGreaterThanOrEqual(K);
      for (const column of RECORD_COLUMNS) expect(exported[0], table).not.toHaveProperty(column);
    }

    // Grouping the published cells further can only add groups up: still nothing under k.
    await runSql(
      page,
      'SELECT q, sum(households) AS n FROM households_cells GROUP BY q ORDER BY n',
    );
    await expect.poll(() => message.count()).toBe(0);
    const grouped = await exportedRows(page);
    expect(Math.min(...grouped.map((row) => Number(row.n)))).toBeGreaterThanOrEqual(K);

    // Under the console's own checks, DuckDB itself reads no file and lets no setting change.
    await runSql(
      page,
      "SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked",
    );
    await expect.poll(() => message.count()).toBe(0);
    const [settings] = await exportedRows(page);
    expect(settings).toMatchObject({ external: 'false', locked: 'true' });
    expectClean(app);
  });
});
