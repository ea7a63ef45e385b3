import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import type { DataEngine } from '../engine/engine';
import { limitedQuery, runConsoleQuery } from './sql-guard';
import { createWasmNodeEngine } from '../testing/engines';
import { bytesOf, testDataset, VACCINATION_CSV } from '../testing/fixtures';

const KNOWN = ['vaccination'];

describe('console results on duckdb-wasm (the browser build)', () => {
  let engine: DataEngine;
  beforeAll(async () => {
    engine = await createWasmNodeEngine();
    await engine.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
  });
  afterAll(async () => {
    await engine.terminate();
  });

  it('gives DECIMAL and HUGEINT columns as numbers, not unscaled big numbers', async () => {
    const result = await runConsoleQuery(
      engine,
      'SELECT -1.25 AS d, 12345678.125 AS big, sum(dose1) AS total, count(*) AS n FROM vaccination',
      KNOWN,
    );
    if (!result.ok) throw new Error(result.message.en);
    const [row] = tableRows(result.table);
    const total = await engine.query({
      sql: 'SELECT CAST(sum(dose1) AS DOUBLE) AS total FROM vaccination',
      params: [],
    });
    expect(row).toEqual({
      d: -1.25,
      big: 12345678.125,
      total: tableRows(total)[0]?.total,
      n: 7n,
    });
  });

  it('keeps payload names and values as they are, duplicate names apart', async () => {
    const result = await runConsoleQuery(
      engine,
      `SELECT '<img src=x onerror="x()">' AS "<svg onload=""x()"">", 1.5 AS "a""; DROP TABLE vaccination; --", 2.5 AS "a""; DROP TABLE vaccination; --", 1 AS "__proto__"`,
      KNOWN,
    );
    if (!result.ok) throw new Error(result.message.en);
    expect(result.table.schema.fields.map((f) => f.name)).toEqual([
      '<svg onload="x()">',
      'a"; DROP TABLE vaccination; --',
      'a"; DROP TABLE vaccination; --_1',
      '__proto__',
    ]);
    const row = tableRows(result.table)[0] ?? {};
    expect(Object.values(row)).toEqual(['<img src=x onerror="x()">', 1.5, 2.5, 1]);
    const count = await engine.query({ sql: 'SELECT count(*) AS n FROM vaccination', params: [] });
    expect(tableRows(count)[0]?.n).toBe(7n);
  });

  it('casts by quoted names in the row cap', () => {
    expect(limitedQuery('SELECT 1.5 AS "a""b"', 5, ['a"b']).sql).toBe(
      'SELECT * REPLACE (CAST("a""b" AS DOUBLE) AS "a""b") FROM (\nSELECT 1.5 AS "a""b"\n) AS console_result LIMIT CAST(? AS BIGINT)',
    );
  });
});
