/**
 * Injection (issue 8), SQL: payloads in the analyst's URL filters select exactly what a value
 * matching nothing selects (or are refused as a whole), valid values select the right rows (as
 * native DuckDB computes them from the same files), the SQL console refuses every write, file,
 * URL and settings statement, and no table loses or gains a row.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  PAYLOADS,
  expectNoInjection,
  expectPrototypesClean,
  nativeRows,
  probedShared,
} from './injection-helpers';
import {
  PANEL,
  consoleTables,
  exportCsv,
  parseCsv,
  refusalOf,
  runQuery,
  tableCounts,
} from './injection-tools';
import { poll, settle } from './whole-helpers';

const open = probedShared(inject('baseUrl'));
const COMPLAINTS = "read_parquet('public/data/complaints.parquet')";

/** Applies a query string as back/forward would (one DuckDB session for every step). */
async function go(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** The current view's table (complaints by province) as `code:received` lines, via its CSV export. */
async function viewRows(page: Page): Promise<string[]> {
  await page.locator(`${PANEL} [data-table-source]`).selectOption('view');
  return parseCsv((await exportCsv(page)).text).map((r) => `${r.province_code}:${r.received}`);
}

/** The same lines computed by native DuckDB from the committed file. */
async function expectedRows(where: string): Promise<string[]> {
  const rows = await nativeRows(
    `SELECT province_code, count(*) AS n FROM ${COMPLAINTS} ${where} GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => `${String(r.province_code)}:${String(r.n)}`);
}

/** The committed manifest's file and format of each dataset. */
const SHIPPED_FILES = new Map(
  (
    JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
      datasets: { id: string; file: string; format: string }[];
    }
  ).datasets.map((d) => [d.id, d]),
);

/** Row counts of the committed data files (Parquet or CSV), for the tables the console lists. */
async function fileCounts(tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of tables) {
    const entry = SHIPPED_FILES.get(name);
    if (!entry) throw new Error(`the console lists ${name}, which the manifest does not`);
    const reader = entry.format === 'csv' ? 'read_csv' : 'read_parquet';
    const [row] = await nativeRows(
      `SELECT count(*) AS n FROM ${reader}('public/data/${entry.file}')`,
    );
    counts[name] = Number(row?.n);
  }
  return counts;
}

const q = (params: Record<string, string>): string =>
  `?${new URLSearchParams({ mode: 'analyst', layers: 'complaints', lang: 'en', ...params }).toString()}`;

describe('injection: SQL in URL filters', () => {
  it('refuses bad values whole, treats quotes in category values as data, and changes no table', async () => {
    const rejected = {
      provinces: '10);DROP TABLE vaccination;--',
      threshold: 'received:gt:1 OR 1=1',
      from: "2021-01-01'--",
      to: '2025-12-31;DELETE FROM complaints',
      dimension: "any' OR 1=1",
    };
    const app = await open(q(rejected));
    const { page } = app;
    await settle(page);
    const notices = await page.locator('.notices').innerText();
    expect(notices).toContain(
      'provinces: unknown province "10);DROP TABLE vaccination;--" ignored',
    );
    expect(notices).toContain('threshold: "received:gt:1 OR 1=1" not understood');
    expect(notices).toContain("from=2021-01-01'--: not understood");
    expect(notices).toContain('to=2025-12-31;DELETE FROM complaints: not understood');
    expect(notices).toContain("dimension=any' OR 1=1: not understood");
    const all = await expectedRows('');
    expect(all.length).toBe(77);
    await poll(() => viewRows(page)).toEqual(all);

    // Each payload beside a real value, then back to no filter: the payload matches no case (and,
    // the data lacking it, is then dropped with a notice), so the real value alone selects; a
    // payload run as SQL would select every row.
    const payloads: (readonly [Record<string, string>, string])[] = [
      [{ category: "land,x' OR '1'='1" }, "WHERE category = 'land'"],
      [{ category: "land,land' OR 'a'='a" }, "WHERE category = 'land'"],
      [{ category: "land,land') OR (1=1" }, "WHERE category = 'land'"],
      [{ category: "land,land'; DROP TABLE complaints; --" }, "WHERE category = 'land'"],
      [{ status: "closed,closed' --" }, "WHERE status = 'closed'"],
      [{ status: "closed,closed\\' OR 1=1 --" }, "WHERE status = 'closed'"],
    ];
    for (const [payload, where] of payloads) {
      await go(page, q(payload));
      await poll(() => viewRows(page)).toEqual(await expectedRows(where));
      await go(page, q({}));
      await poll(() => viewRows(page)).toEqual(all);
    }
    // Real values select the right rows, alone and with provinces.
    await go(page, q({ category: 'land' }));
    await poll(() => viewRows(page)).toEqual(await expectedRows("WHERE category = 'land'"));
    await go(page, q({ category: 'land,debt', status: 'closed', provinces: '10,30,50' }));
    await poll(() => viewRows(page)).toEqual(
      await expectedRows(
        "WHERE category IN ('land', 'debt') AND status = 'closed' AND province_code IN (10, 30, 50)",
      ),
    );
    const tables = await consoleTables(page);
    expect(tables).toContain('complaints');
    expect(tables).toContain('vaccination');
    expect(await tableCounts(page, tables)).toEqual(await fileCounts(tables));
    await expectNoInjection(app);
  });
});

describe('injection: the SQL console stays read-only', () => {
  it('refuses writes, files, URLs, settings and stacked statements; DuckDB itself is locked', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    await poll(() => consoleTables(page).then((t) => t.length)).toBeGreaterThan(3);
    const tables = await consoleTables(page);
    const before = await tableCounts(page, tables);
    expect(before).toEqual(await fileCounts(tables));
    const refused: [string, RegExp][] = [
      ["COPY vaccination TO '/tmp/x.csv'", /read-only: COPY is not allowed/],
      ['CREATE TABLE copy AS SELECT * FROM vaccination', /read-only: CREATE is not allowed/],
      ['INSERT INTO vaccination SELECT * FROM vaccination', /read-only: INSERT/],
      ['UPDATE vaccination SET dose1 = 0', /read-only: UPDATE/],
      ['DELETE FROM vaccination', /read-only: DELETE/],
      ['DROP TABLE vaccination', /read-only: DROP/],
      ["ATTACH '/tmp/x.db' AS x", /read-only: ATTACH/],
      ['SELECT * FROM vaccination; DROP TABLE vaccination', /One statement at a time/],
      ['SELECT 1 /* ; */ ; DROP TABLE vaccination', /One statement at a time/],
      ['SELECT 1 -- ;\n; DELETE FROM vaccination', /One statement at a time/],
      ["SELECT ';' ; DROP TABLE vaccination", /One statement at a time/],
      ['SELECT $$;$$; DROP TABLE vaccination', /One statement at a time/],
      ['WITH x AS (DELETE FROM vaccination RETURNING *) SELECT * FROM x', /DELETE is not allowed/],
      ['SET enable_external_access = true', /read-only: SET is not allowed/],
      ['SELECT 1; SET enable_external_access = true', /One statement at a time/],
      ['SELECT * FROM vaccination WHERE 1 = (SELECT 1 FROM (SET x = 1))', /SET is not allowed/],
      ["SELECT * FROM read_csv('/etc/passwd')", /read_csv\(\) is not allowed/],
      ["SELECT * FROM '/etc/passwd'", /Reading the file or URL '\/etc\/passwd'/],
      ["SELECT * FROM 'http://127.0.0.1:9/x.csv'", /Reading the file or URL 'http:/],
      ['SELECT * FROM "https://example.com/x.parquet"', /Reading the file or URL/],
      ["SELECT * FROM glob('/*')", /glob\(\) is not allowed/],
      [
        "SELECT * FROM query('DROP TABLE vaccination')",
        /DROP is not allowed|query\(\) is not allowed/,
      ],
      ['INSTALL httpfs', /read-only: INSTALL/],
      ['LOAD httpfs', /read-only: LOAD/],
      ["EXPORT DATABASE '/tmp/x'", /read-only: EXPORT/],
      ['PRAGMA enable_external_access', /read-only: PRAGMA/],
      ['CALL pragma_version()', /read-only: CALL/],
      ['SELECT * FROM main.vaccination', /without a database or schema/],
    ];
    for (const [sql, expected] of refused) {
      expect(await refusalOf(page, sql), sql).toMatch(expected);
    }
    // Had anything reached DuckDB, it would still refuse files and settings.
    await runQuery(
      page,
      "SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked",
      'locked',
    );
    expect(parseCsv((await exportCsv(page)).text)[0]).toMatchObject({
      external: 'false',
      locked: 'true',
    });
    expect(await tableCounts(page, tables)).toEqual(before);
    await expectNoInjection(app);
  });
});

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The header line of an exported CSV, split (no quoted commas in these names). */
const headerOf = (text: string): string[] => (text.slice(1).split('\r\n')[0] ?? '').split(',');

describe('injection: console results on screen and in CSV', () => {
  it('shows payload names and values as text and exports formula cells made inert', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const columns: [string, string][] = [
      [PAYLOADS.svg, literal(PAYLOADS.img)],
      ["=cmd|' /C calc'!A0", literal('=HYPERLINK("http://127.0.0.1/","x")')],
      ['plus', literal('+1+2')],
      ['minus', literal('-2+3')],
      ['at', literal('@SUM(1)')],
      ['tab', "chr(9) || '=1+1'"],
      ['cr', "chr(13) || '=1+1'"],
      ['neg_text', literal('-5')],
      ['neg_number', '-5'],
      ['neg_decimal', '-1.25'],
      ['thai', literal('ข้อมูล =1+1')],
      ['script', literal(PAYLOADS.script)],
      ['__proto__', '1'],
      ['constructor', '2'],
      ['struct', "{'__proto__': {'polluted': 'yes'}, 'constructor': {'prototype': 'x'}}"],
      ['row', 'range'],
    ];
    await runQuery(
      page,
      `SELECT ${columns.map(([name, value]) => `${value} AS ${ident(name)}`).join(', ')} FROM range(2)`,
      'row',
    );
    const table = page.locator(`${PANEL} [data-table-view]`);
    const shown = await table.innerText();
    for (const part of ['<svg onload=', '<img src=x onerror=', '"><script>', '__proto__']) {
      expect(shown).toContain(part);
    }
    const file = await exportCsv(page);
    expect(file.name).toMatch(/^war-room_sql\.csv$/);
    expect(headerOf(file.text).slice(0, 3)).toEqual([
      `"${PAYLOADS.svg.replaceAll('"', '""')}"`,
      `'=cmd|' /C calc'!A0`,
      'plus',
    ]);
    const [first] = parseCsv(file.text);
    expect(first).toMatchObject({
      [PAYLOADS.svg]: PAYLOADS.img,
      "'=cmd|' /C calc'!A0": `'=HYPERLINK("http://127.0.0.1/","x")`,
      plus: "'+1+2",
      minus: "'-2+3",
      at: "'@SUM(1)",
      tab: "'\t=1+1",
      cr: "'\r=1+1",
      neg_text: '-5',
      neg_number: '-5',
      neg_decimal: '-1.25',
      thai: 'ข้อมูล =1+1',
      script: PAYLOADS.script,
    });
    expect(headerOf(file.text)).toContain('__proto__');
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });
});

describe('injection: a sorted console result exports every column', () => {
  it('keeps a __proto__ column and list values when the rows are sorted', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    await runQuery(
      page,
      'SELECT 7 AS "__proto__", [range, 5] AS list, CAST(range AS INTEGER) AS k FROM range(2)',
      'k',
    );
    const lines = async () => (await exportCsv(page)).text.slice(1).split('\r\n');
    const [header, first, second, end] = await lines();
    expect(header).toBe('__proto__,list,k');
    expect(first).toMatch(/^7,".*0.*5.*",0$/);
    // Sorted by k, descending: the same lines, the other way round.
    const table = page.locator(`${PANEL} [data-table-view]`);
    await page.locator(`${PANEL} [data-sort-column="k"]`).click();
    await page.locator(`${PANEL} [data-sort-column="k"]`).click();
    await poll(() => table.locator('[data-row-index="0"]').innerText()).toMatch(/1\s*$/);
    expect(await lines()).toEqual([header, second, first, end]);
    await expectNoInjection(app);
    await expectPrototypesClean(page);
  });
});
