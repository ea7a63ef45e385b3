/**
 * The bad-input corpus (tests/fixtures/bad-input) dropped on the analyst's data tools one file
 * after another, in one page, after a good file: each shows the message its manifest entry
 * lists, naming the file; no page or console error; a refused file leaves the layer list as it
 * was; and at the end every table the SQL console can read (the datasets and the good file's
 * table) has the same row count and content hash as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { corpusPath, readCorpus, type CorpusEntry } from '../fixtures/bad-input/corpus';
import { ARTEFACT_DIR } from './harness';
import { appPerTest, expectClean, poll, settle } from './whole-helpers';

const open = appPerTest(inject('baseUrl'));
// The data tools and the table's own pane (issue 16: the table left the tools' column).
const PANEL = ':is([data-panel="data-tools"], [data-pane="analyst-table"])';
const corpus = readCorpus();
const tmp = mkdtempSync(path.join(tmpdir(), 'war-room-bad-input-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A good user file, loaded first: the "data loaded before" that no bad file may change. */
const GOOD_FILE = path.join(tmp, 'good-before.csv');
const GOOD_CSV = 'จังหวัด,ผู้ป่วย\nเชียงใหม่,12\nขอนแก่น,7\nสงขลา,"1,234"\nกรุงเทพมหานคร,40\n';
const GOOD_TABLE = 'user_good_before';

/** Messages saved as pictures for people to look at (test-results/). */
const SCREENSHOTS = new Map([
  ['chart-screenshot.csv', 'bad-input-refused'],
  ['points-bad-coordinates.csv', 'bad-input-unmatched'],
]);

/** The user layers' ids, oldest first (the panel lists the newest first). */
async function layerIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator(`${PANEL} [data-user-layer]`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-user-layer') ?? ''));
  return ids.reverse();
}

/** Runs one query in the SQL console, as a user types it, and waits for it to finish. */
async function runSql(page: Page, sql: string): Promise<void> {
  const box = page.locator(`${PANEL} [data-console] textarea`);
  await box.fill(sql);
  await box.press('Control+Enter');
  await page.locator(`${PANEL} [data-console-run]:not([disabled])`).waitFor();
}

/**
 * Row count and content hash of each table, read through the console: the sum of DuckDB's hash
 * of every whole row (order-free, and changed by any changed, added or removed row).
 */
async function snapshot(page: Page, tables: readonly string[]): Promise<string[][]> {
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS table_name, CAST(count(*) AS VARCHAR) AS row_count, ` +
        `CAST(sum(hash(t)::HUGEINT) AS VARCHAR) AS row_hash FROM ${table} AS t`,
    )
    .join('\nUNION ALL\n');
  await runSql(page, `${sql}\nORDER BY table_name`);
  const rows = page.locator(`${PANEL} [data-table-view] [data-row-index]`);
  const read = () =>
    rows.evaluateAll((list) =>
      list.map((row) =>
        Array.from(row.querySelectorAll('[role="cell"]'), (cell) => cell.textContent),
      ),
    );
  await poll(async () => (await read()).map((row) => row[0])).toEqual(tables);
  expect(await page.locator(`${PANEL} [data-console-message]`).count()).toBe(0);
  return read();
}

/** What was shown for `entry` once its import finished: refused (with the message) or loaded. */
async function outcomeOf(
  page: Page,
  entry: CorpusEntry,
): Promise<{ outcome: 'refused' | 'loaded'; text: string }> {
  const file = `[data-file="${entry.file}"]`;
  const shown = page.locator(
    `${PANEL} [data-import-error]${file}, ${PANEL} [data-import-summary]${file}`,
  );
  await shown.first().waitFor({ timeout: 30_000 });
  const refused = (await shown.first().getAttribute('data-import-error')) !== null;
  return {
    outcome: refused ? 'refused' : 'loaded',
    text: (await shown.first().textContent()) ?? '',
  };
}

async function checkLoaded(page: Page, entry: CorpusEntry, before: string[]): Promise<void> {
  if (entry.expect.outcome !== 'loaded') return;
  const summary = page.locator(`${PANEL} [data-import-summary][data-file="${entry.file}"]`);
  const matched = summary.locator('[data-rows-matched]');
  expect(await matched.getAttribute('data-rows-matched')).toBe(String(entry.expect.rows));
  const list = summary.locator('[data-unmatched]');
  const unmatched = (await list.count()) > 0 ? await list.getAttribute('data-unmatched') : '0';
  expect(Number(unmatched), entry.file).toBe(entry.expect.unmatched);
  const after = await layerIds(page);
  expect(after.slice(0, -1)).toEqual(before);
  const id = after.at(-1) ?? '';
  const card = page.locator(`${PANEL} [data-user-layer="${id}"]`);
  expect(await card.getAttribute('data-kind')).toBe(entry.expect.kind);
  // Its own table reaches DuckDB; then it is removed, so the map stays light.
  await card.locator('[data-table-state="ready"]').waitFor({ timeout: 30_000 });
  await page.locator(`${PANEL} [data-remove-layer="${id}"]`).click();
  await poll(() => layerIds(page)).toEqual(before);
}

describe('bad-input corpus in the data tools', () => {
  it('shows each file its message, keeps earlier layers and tables unchanged, and never errors', async () => {
    const app = await open('?mode=analyst&refresh=0');
    const { page } = app;
    await settle(page);
    await page.locator(PANEL).first().waitFor();

    writeFileSync(GOOD_FILE, GOOD_CSV);
    await page.locator(`${PANEL} [data-file-input]`).setInputFiles(GOOD_FILE);
    const goodCard = page.locator(`${PANEL} [data-user-layer="u1"]`);
    await goodCard.locator('[data-table-state="ready"]').waitFor({ timeout: 30_000 });
    const tablesAttr = page.locator(`${PANEL} [data-console-tables]`);
    await poll(async () => (await tablesAttr.getAttribute('data-console-tables')) ?? '').toContain(
      GOOD_TABLE,
    );
    const tables = ((await tablesAttr.getAttribute('data-console-tables')) ?? '').split(',');
    expect(tables.length).toBeGreaterThan(1);
    const before = await snapshot(page, [...tables].sort());
    expect(before.find((row) => row[0] === GOOD_TABLE)?.[1]).toBe('4');
    const layersBefore = await layerIds(page);
    expect(layersBefore).toEqual(['u1']);

    for (const entry of corpus) {
      await page.locator(`${PANEL} [data-file-input]`).setInputFiles(corpusPath(entry, tmp));
      const { outcome, text } = await outcomeOf(page, entry);
      expect(outcome, `${entry.file}: ${text}`).toBe(entry.expect.outcome);
      expect(text, entry.file).toContain(entry.file);
      for (const fragment of entry.message.th) expect(text, entry.file).toContain(fragment);
      if (entry.expect.outcome === 'refused') {
        expect(await layerIds(page), entry.file).toEqual(layersBefore);
      }
      const shot = SCREENSHOTS.get(entry.file);
      if (shot) {
        mkdirSync(ARTEFACT_DIR, { recursive: true });
        const target = path.join(ARTEFACT_DIR, `${shot}.png`);
        await page.locator(`${PANEL} .dt-files`).screenshot({ path: target });
      }
      if (entry.expect.outcome === 'loaded') await checkLoaded(page, entry, layersBefore);
      expect(app.pageErrors, entry.file).toEqual([]);
      expect(app.consoleErrors, entry.file).toEqual([]);
    }

    expect(await snapshot(page, [...tables].sort())).toEqual(before);
    expect(await layerIds(page)).toEqual(layersBefore);
    expectClean(app);
  });
});
