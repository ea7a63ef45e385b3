/**
 * Injection (issue 8), data values and the analyst's state: complaint categories and statuses
 * holding payloads (a changed complaints.parquet, made here with native DuckDB) in the filter
 * list, the breakdown chart and the SQL filter; payloads and `__proto__` keys in URL parameters
 * and in an imported saved-view file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PAYLOADS,
  engineSettled,
  expectNoInjection,
  expectPrototypesClean,
  fileBytes,
  nativeRows,
  parquetOf,
  probedPerTest,
} from './injection-helpers';
import { PANEL, exportCsv, parseCsv } from './injection-tools';
import { saveScreenshot } from './harness';
import { chartText, params, poll, settle } from './whole-helpers';

const open = probedPerTest(inject('baseUrl'));
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const CATEGORY = `ที่ดิน ${PAYLOADS.img}`;
const STATUS = PAYLOADS.script;
const CHANGED = `SELECT case_id, province_code,
    CASE WHEN province_code = 30 AND case_id % 3 = 0 THEN ${literal(CATEGORY)}
         WHEN province_code = 10 AND case_id % 5 = 0 THEN '__proto__'
         WHEN province_code = 50 AND case_id % 5 = 0 THEN 'constructor'
         ELSE category END AS category,
    CASE WHEN province_code = 40 AND status = 'closed' THEN ${literal(STATUS)} ELSE status END AS status,
    received, closed, security_sensitive
  FROM read_parquet('public/data/complaints.parquet')`;

let complaints: Uint8Array;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'injection-'));
  complaints = await parquetOf(CHANGED, path.join(dir, 'complaints.parquet'));
});

/** `code:received` lines of the current view's table (complaints by province). */
async function viewRows(page: Page): Promise<string[]> {
  await page.locator(`${PANEL} [data-table-source]`).selectOption('view');
  return parseCsv((await exportCsv(page)).text).map((r) => `${r.province_code}:${r.received}`);
}

/** The same from native DuckDB over the changed file. */
async function expectedRows(category: string): Promise<string[]> {
  const rows = await nativeRows(
    `SELECT province_code, count(*) AS n FROM (${CHANGED}) WHERE category = ${literal(category)} GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => `${String(r.province_code)}:${String(r.n)}`);
}

/** Opens every category filter's list (they start closed unless a value is kept). */
async function openFilters(page: Page): Promise<void> {
  await page.locator('.analyst-categories details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
}

const checkbox = (page: Page, filter: string, value: string) =>
  page.locator(`[data-filter="${filter}"] input[value="${value.replaceAll('"', '\\"')}"]`);

describe('injection: values inside the data', () => {
  it('lists, charts and filters complaint categories and statuses holding payloads as text', async () => {
    const app = await open('?mode=analyst&layers=complaints&lang=en', {
      '/data/complaints.parquet': fileBytes(complaints),
    });
    const { page } = app;
    await settle(page);
    await openFilters(page);
    const categories = page.locator('[data-filter="categories"]');
    await poll(() => categories.innerText()).toContain('<img src=x onerror=');
    expect(await checkbox(page, 'categories', CATEGORY).count()).toBe(1);
    expect(await checkbox(page, 'categories', '__proto__').count()).toBe(1);
    expect(await checkbox(page, 'categories', 'constructor').count()).toBe(1);
    expect(await page.locator('[data-filter="statuses"]').innerText()).toContain('"><script>');
    await poll(() => chartText(page, 'breakdown')).toContain('<img src=x onerror=');
    await page.click('[data-breakdown="status"]');
    await poll(() => chartText(page, 'breakdown')).toContain('"><script>');
    await saveScreenshot(page, 'injection-category-payloads');

    // Ticking the payload filters the SQL by it, as a value: exactly its cases.
    await checkbox(page, 'categories', CATEGORY).check();
    await poll(() => params(page).get('category')).toBe(CATEGORY);
    await poll(() => viewRows(page)).toEqual(await expectedRows(CATEGORY));
    await checkbox(page, 'categories', CATEGORY).uncheck();
    await openFilters(page);
    await checkbox(page, 'categories', '__proto__').check();
    await poll(() => params(page).get('category')).toBe('__proto__');
    await poll(() => viewRows(page)).toEqual(await expectedRows('__proto__'));
    expect(await expectedRows('__proto__')).not.toEqual([]);
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });
});

describe('injection: URL parameters and saved views', () => {
  it('shows payloads in URL values as text, refuses the bad ones and ignores __proto__ parameters', async () => {
    const query = new URLSearchParams({
      mode: 'analyst',
      lang: 'en',
      layers: 'complaints',
      category: PAYLOADS.img,
      status: PAYLOADS.svg,
      provinces: PAYLOADS.script,
      threshold: `received:gt:${PAYLOADS.img}`,
      from: PAYLOADS.js,
      view: PAYLOADS.template,
      region: PAYLOADS.iframe,
      '__proto__[polluted]': 'yes',
      'constructor[prototype][polluted]': 'yes',
      '__proto__.polluted': 'yes',
    });
    const app = await open(`?${query.toString()}`);
    const { page } = app;
    // The complaints layer is filtered down to nothing: the page must still report ready.
    await settle(page);
    await engineSettled(page);
    await openFilters(page);
    const notices = await page.locator('.notices').innerText();
    expect(notices).toContain(`provinces: unknown province "${PAYLOADS.script}" ignored`);
    expect(notices).toContain(`threshold: "received:gt:${PAYLOADS.img}" not understood`);
    expect(notices).toContain(`from=${PAYLOADS.js}: not understood`);
    expect(notices).toContain(`view=${PAYLOADS.template}: not understood`);
    expect(notices).toContain(`region=${PAYLOADS.iframe}: not understood`);
    // Accepted filter values the data lacks are dropped with a notice showing them as text.
    await poll(() => page.locator('.notices').innerText()).toContain('<svg onload=');
    expect(await page.locator('.notices').innerText()).toContain('<img src=x onerror=');
    expect(await page.locator('.analyst-categories input:checked').count()).toBe(0);
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });

  it('imports a saved-view file with payload names and __proto__ keys; opens a view as text', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const name = `ดู ${PAYLOADS.svg}`;
    const opened = `?mode=analyst&lang=en&layers=complaints&category=${encodeURIComponent(PAYLOADS.img)}`;
    const text = `{"format": "war-room-views", "version": 1, "__proto__": {"polluted": "yes"},
      "constructor": {"prototype": {"polluted": "yes"}}, "views": [
      {"name": ${JSON.stringify(name)}, "query": ${JSON.stringify(opened)},
       "savedAt": "2026-01-01T00:00:00Z", "__proto__": {"polluted": "yes"}},
      {"name": ${JSON.stringify(PAYLOADS.script)}, "query": "?provinces=10);DROP TABLE vaccination;--"},
      {"name": "link", "query": ${JSON.stringify(`javascript:${PAYLOADS.js}`)}},
      {"__proto__": {"name": "inherited", "query": "?mode=wall"}}
    ]}`;
    const fileName = `views ${PAYLOADS.img}.json`;
    const views = page.locator('.analyst-views');
    await views.locator('input[type="file"]').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await poll(() => views.locator('.analyst-view-list [data-view]').count()).toBe(2);
    expect(await views.locator('.analyst-view-open').allInnerTexts()).toEqual([
      name,
      PAYLOADS.script,
    ]);
    const messages = await views.locator('.analyst-messages').innerText();
    expect(messages).toContain(`Imported 2 views from ${fileName}`);
    expect(messages).toContain(`${fileName}: views[2] ("link"): "query" must be a URL query`);
    expect(messages).toContain(`${fileName}: views[3]: "name" must be text`);

    await views.locator('.analyst-view-open', { hasText: '<svg onload=' }).click();
    // Its category is not in the data: dropped, and shown as text in a notice.
    await poll(() => params(page).get('layers')).toBe('complaints');
    await poll(() => page.locator('.notices').innerText()).toContain('<img src=x onerror=');
    await poll(() => params(page).get('category')).toBeNull();
    // Stored and read back on a new page: still two views, still text.
    await page.reload();
    await settle(page);
    await engineSettled(page);
    await poll(() => views.locator('.analyst-view-open').allInnerTexts()).toEqual([
      name,
      PAYLOADS.script,
    ]);
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });
});
