import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataEngine } from '../engine/engine';
import { checkReadOnlySqlText, limitedQuery, runConsoleQuery } from './sql-guard';
import { TEST_ENGINES } from '../testing/engines';
import { bytesOf, testDataset, VACCINATION_CSV } from '../testing/fixtures';
import { COMPLAINTS_CSV } from '../testing/query-fixtures';
import { columnValues } from '../engine/table-loader';

const KNOWN = ['vaccination', 'complaints'];
/** A real file, so a guard that let a file read through would make DuckDB read it. */
const secretDir = mkdtempSync(join(tmpdir(), 'sql-guard-'));
const SECRET = join(secretDir, 'secret.csv');
writeFileSync(SECRET, 'secret\n42\n');

/** [sql, a word the English message must name] */
const REFUSED: readonly (readonly [string, string])[] = [
  ["INSERT INTO vaccination VALUES (1, '2024-01-01', 1, 1, 1, 1)", 'INSERT'],
  ['UPDATE vaccination SET dose1 = 0', 'UPDATE'],
  ['DELETE FROM vaccination', 'DELETE'],
  ['CREATE TABLE x AS SELECT 1', 'CREATE'],
  ['DROP TABLE vaccination', 'DROP'],
  ['ALTER TABLE vaccination RENAME TO v2', 'ALTER'],
  [`COPY vaccination TO '${secretDir}/out.csv'`, 'COPY'],
  ["ATTACH ':memory:' AS other", 'ATTACH'],
  ['DETACH other', 'DETACH'],
  ['INSTALL httpfs', 'INSTALL'],
  ['LOAD httpfs', 'LOAD'],
  ['SET enable_external_access = true', 'SET'],
  ['RESET memory_limit', 'RESET'],
  ['PRAGMA version', 'PRAGMA'],
  ['CALL pragma_version()', 'CALL'],
  [`EXPORT DATABASE '${secretDir}/db'`, 'EXPORT'],
  [`IMPORT DATABASE '${secretDir}/db'`, 'IMPORT'],
  ['PIVOT vaccination ON province_code USING sum(dose1)', 'PIVOT'],
  ['  -- a comment first\n  TRUNCATE vaccination', 'TRUNCATE'],
  ['WITH x AS (SELECT 1) DELETE FROM vaccination', 'DELETE'],
  ['WITH x AS (DELETE FROM vaccination RETURNING *) SELECT * FROM x', 'DELETE'],
  [`SELECT * FROM read_csv('${SECRET}')`, 'read_csv'],
  [`SELECT * FROM '${SECRET}'`, SECRET],
  [`FROM '${SECRET}'`, SECRET],
  [`SELECT * FROM "${SECRET}"`, SECRET],
  ["SELECT * FROM 'x.parquet'", 'x.parquet'],
  ["SELECT * FROM 'https://example.org/x.csv'", 'https://example.org/x.csv'],
  ["FROM glob('*')", 'glob'],
  [`SELECT * FROM vaccination, read_text('${SECRET}')`, 'read_text'],
  [`SELECT * FROM vaccination JOIN read_csv('${SECRET}') ON true`, 'read_csv'],
  [`SELECT * FROM vaccination v, LATERAL read_csv('${SECRET}')`, 'read_csv'],
  [`SELECT (SELECT count(*) FROM read_csv('${SECRET}')) AS n`, 'read_csv'],
  [`SELECT * FROM vaccination WHERE dose1 IN (FROM '${SECRET}')`, SECRET],
  [`WITH s AS (SELECT * FROM read_csv('${SECRET}')) SELECT * FROM s`, 'read_csv'],
  [`WITH s AS (FROM (FROM ('${SECRET}'))) SELECT * FROM s`, SECRET],
  ["SELECT * FROM query('SELECT 1')", 'query'],
  ["SELECT * FROM query_table('vaccination')", 'query_table'],
  ['SELECT * FROM duckdb_settings()', 'duckdb_settings'],
  ['SELECT 1; SELECT 2', ';'],
  ['SELECT 1; DROP TABLE vaccination', ';'],
  ['SELECT 1 /* hide; */ ; DROP TABLE vaccination -- ;', ';'],
  ['SELECT 1 -- \n; DELETE FROM vaccination', ';'],
  ["SELECT 'a;b' AS s; SELECT 2", ';'],
  ['SELECT * FROM households', 'households'],
  ['SELECT * FROM main.households', 'main.households'],
  ['SELECT * FROM information_schema.tables', 'information_schema.tables'],
  ['WITH households AS (SELECT * FROM households) SELECT * FROM households', 'households'],
  ['WITH RECURSIVE households AS (FROM households) FROM households', 'households'],
  ['WITH "a.csv" AS (SELECT 1) SELECT * FROM "a.csv"', 'a.csv'],
  ['DESCRIBE households', 'households'],
  [`SUMMARIZE '${SECRET}'`, SECRET],
  ['SELECT 1) AS r; DROP TABLE vaccination; SELECT * FROM (SELECT 1', ';'],
  ["SELECT E'\\'' ; SELECT 2", ';'],
  ['SELECT $$ ; $$ AS s; DROP TABLE vaccination', ';'],
  ["SELECT 'unclosed", "'"],
  ['SELECT 1 /* /* */', '/*'],
  ['SELECT (1', 'brackets'],
  ['', 'query'],
];

const ACCEPTED: readonly string[] = [
  'SELECT * FROM vaccination',
  'select province_code, CAST(sum(dose2) AS BIGINT) AS d2 FROM Vaccination GROUP BY ALL ORDER BY 1',
  'FROM vaccination SELECT province_code, dose1 WHERE dose1 > 500;',
  'SELECT v.province_code, count(c.case_id) AS cases FROM vaccination v LEFT JOIN complaints c ON c.province_code = v.province_code GROUP BY 1',
  'SELECT * FROM vaccination, complaints WHERE vaccination.province_code = complaints.province_code',
  'WITH latest AS (SELECT province_code, max(week_end) AS w FROM vaccination GROUP BY 1), joined AS (SELECT * FROM latest JOIN vaccination USING (province_code)) SELECT * FROM joined',
  'SELECT province_code, dose2, rank() OVER (PARTITION BY week_end ORDER BY dose2 DESC) AS r FROM vaccination QUALIFY r <= 3',
  'SELECT extract(year FROM week_end) AS y, substring(CAST(week_end AS VARCHAR) FROM 1 FOR 4) AS s FROM vaccination',
  'SELECT dose1 IS DISTINCT FROM dose2 AS d FROM vaccination',
  'SELECT \'read_csv(x.csv); DROP\' AS text, "from" FROM (SELECT 1 AS "from")',
  'SELECT * FROM (SELECT * FROM vaccination) AS v WHERE v.dose1 IN (SELECT dose1 FROM vaccination)',
  'SELECT * FROM range(3) AS r(i)',
  "SELECT * FROM (VALUES (1, 'ก'), (2, 'ข')) AS t(n, ชื่อ)",
  "SELECT category, count(*) FILTER (WHERE status = 'open') AS open FROM complaints GROUP BY category",
  '(SELECT province_code FROM vaccination) UNION (SELECT province_code FROM complaints)',
  'DESCRIBE vaccination',
  "SELECT CAST([1, 2] AS VARCHAR) AS l, CAST({'a': 1} AS VARCHAR) AS s FROM vaccination JOIN complaints ON complaints.province_code = [10, 50][1]",
  '/* ok */ SELECT 1 AS one -- done',
];

describe('checkReadOnlySqlText (no engine)', () => {
  it.each(REFUSED)('refuses %j naming %j', (sql, named) => {
    const result = checkReadOnlySqlText(
      sql,
      KNOWN,
      new Set(['read_csv', 'read_text', 'glob', 'query', 'query_table', 'duckdb_settings']),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.en.toLowerCase()).toContain(named.toLowerCase());
    expect(result.message.th.length).toBeGreaterThan(10);
  });

  it.each(ACCEPTED)('accepts %j', (sql) => {
    expect(checkReadOnlySqlText(sql, KNOWN)).toMatchObject({ ok: true });
  });

  it('returns the statement without trailing semicolons or comments', () => {
    expect(checkReadOnlySqlText('  SELECT 1 AS x ; ; -- bye\n', KNOWN)).toEqual({
      ok: true,
      sql: 'SELECT 1 AS x',
    });
  });

  it('wraps an accepted query in a row cap that keeps a trailing comment inside its line', () => {
    const q = limitedQuery('SELECT 1 -- note', 11);
    expect(q.sql).toBe(
      'SELECT * FROM (\nSELECT 1 -- note\n) AS console_result LIMIT CAST(? AS BIGINT)',
    );
    expect(q.params).toEqual([11]);
  });
});

describe('the guard splits statements where DuckDB does', () => {
  // A differential check of the lexer against DuckDB's own parser (native).
  const tricky = [
    "SELECT E'\\'' ; SELECT 2",
    "SELECT 'a\\' ; SELECT 2",
    'SELECT 1 /* a /* b */ ; */ ; SELECT 2',
    'SELECT 1 -- x\r; SELECT 2',
    'SELECT $t$ ; $$ ; $t$ ; SELECT 2',
    'SELECT 1 AS a$$b ; SELECT 2 AS $$c$$',
    'SELECT "a;""b" ; SELECT 2',
    "SELECT e'x\\\\' ; SELECT 'y'",
    'SELECT 1 AS x--;\n; SELECT 2',
    'SELECT 1-- ;\n',
    "SELECT 'ก;ข' AS ชื่อ ; SELECT 2",
  ];
  let conn: Awaited<ReturnType<DuckDBInstance['connect']>>;
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(':memory:')).connect();
  });

  it.each(tricky)('%j', async (sql) => {
    const count = (await conn.extractStatements(sql)).count;
    const result = checkReadOnlySqlText(sql, KNOWN);
    expect(count).toBeGreaterThan(0);
    expect(result.ok).toBe(count === 1);
  });
});

describe.each(TEST_ENGINES)('runConsoleQuery on %s', (_name, createEngine) => {
  let engine: DataEngine;
  const count = async (table: string): Promise<number> =>
    Number(
      columnValues(
        await engine.query({ sql: `SELECT count(*)::INTEGER AS n FROM ${table}`, params: [] }),
        'n',
      )[0],
    );

  beforeAll(async () => {
    engine = await createEngine();
    await engine.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
    await engine.loadTable(testDataset('complaints'), bytesOf(COMPLAINTS_CSV));
    // Loaded but not offered to the console (personal records).
    await engine.query({ sql: 'CREATE TABLE households AS SELECT 1 AS household_id', params: [] });
  });
  afterAll(async () => {
    await engine.terminate();
  });

  it.each(REFUSED)('refuses %j and changes nothing', async (sql, named) => {
    const result = await runConsoleQuery(engine, sql, KNOWN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en.toLowerCase()).toContain(named.toLowerCase());
    expect(await count('vaccination')).toBe(7);
    expect(await count('households')).toBe(1);
  });

  it.each(ACCEPTED)('runs %j', async (sql) => {
    const result = await runConsoleQuery(engine, sql, KNOWN);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.table.numRows).toBeGreaterThan(0);
  });

  it('caps the rows and says so', async () => {
    const capped = await runConsoleQuery(
      engine,
      'SELECT * FROM vaccination ORDER BY province_code DESC, week_end',
      KNOWN,
      3,
    );
    if (!capped.ok) throw new Error(capped.message.en);
    expect(capped.truncated).toBe(true);
    expect(columnValues(capped.table, 'province_code')).toEqual([95, 90, 50]);
    const whole = await runConsoleQuery(engine, 'SELECT * FROM vaccination', KNOWN, 7);
    expect(whole).toMatchObject({ ok: true, truncated: false });
    if (whole.ok) expect(whole.table.numRows).toBe(7);
  });

  it("passes DuckDB's own errors on as a message", async () => {
    const result = await runConsoleQuery(engine, 'SELECT no_such_column FROM vaccination', KNOWN);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.en).toContain('no_such_column');
      expect(result.message.th).toContain('DuckDB');
    }
  });

  it('refuses table functions by the engine catalog, e.g. duckdb_tables()', async () => {
    const result = await runConsoleQuery(
      engine,
      'SELECT 1 AS x WHERE EXISTS (SELECT * FROM vaccination, duckdb_tables())',
      KNOWN,
    );
    expect(result).toMatchObject({ ok: false });
  });
});
