import { createRequire } from 'node:module';
import { tableFromIPC, type Table } from 'apache-arrow';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reorderedVector, tableOfColumns, utf8Vector } from './arrow-vectors';
import { tableRows } from './arrow-rows';
import type { DataEngine } from '../engine/engine';
import { createWasmNodeEngine } from '../testing/engines';

/** duckdb-wasm's Node bundle answers with its own (CommonJS) Arrow: brought over by IPC. */
const cjsArrow = createRequire(import.meta.url)('apache-arrow') as {
  tableToIPC(table: unknown): Uint8Array;
};

function child(table: Table, name: string) {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`no column ${name}`);
  return vector;
}

/** Every Arrow builder compiles its null check with `new Function`: the CSP forbids it. */
function forbidEval() {
  return vi.spyOn(globalThis, 'Function').mockImplementation(() => {
    throw new Error('new Function called: the CSP would refuse it');
  });
}

describe('reorderedVector and tableOfColumns', () => {
  let engine: DataEngine;
  let table: Table;
  beforeAll(async () => {
    engine = await createWasmNodeEngine();
    // 5,000 rows: duckdb-wasm answers in several record batches (chunks).
    const result = await engine.query({
      sql: `SELECT i::INTEGER AS n, CAST(i * 1.5 AS DOUBLE) AS x, CAST(i * 0.25 AS DECIMAL(12, 2)) AS dec, (i * 10000000000)::BIGINT AS big,
              DATE '2024-01-01' + i::INTEGER AS day, TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i) AS at,
              i % 2 = 0 AS even, CASE WHEN i % 7 = 0 THEN NULL ELSE 'แถว ' || i END AS label,
              [i, i + 1] AS pair
            FROM range(5000) t(i)`,
      params: [],
    });
    table = tableFromIPC(cjsArrow.tableToIPC(result));
    await engine.terminate();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reorders rows of every column type across chunks without a builder', () => {
    expect(table.batches.length).toBeGreaterThan(1);
    const order = Uint32Array.from([4999, 0, 2048, 7, 2047, 3333]);
    const spy = forbidEval();
    const columns = table.schema.fields.map(
      (field) => [field.name, reorderedVector(child(table, field.name), order)] as const,
    );
    const reordered = tableOfColumns(columns);
    spy.mockRestore();
    const before = tableRows(table);
    const expected = Array.from(order, (row) => before[row]);
    const rows = tableRows(reordered);
    for (const [i, row] of rows.entries()) {
      const want = expected[i] ?? {};
      expect(row.n).toBe(want.n);
      expect(row.x).toBe(want.x);
      expect(String(row.dec)).toBe(String(want.dec));
      expect(row.big).toBe(want.big);
      expect(row.day).toBe(want.day);
      expect(row.at).toBe(want.at);
      expect(row.even).toBe(want.even);
      expect(row.label).toBe(want.label);
      // Nested values become JSON text (64-bit integers as numbers while exact).
      expect(JSON.parse(String(row.pair))).toEqual(
        Array.from(want.pair as Iterable<bigint>, Number),
      );
    }
    expect(rows[3]?.label).toBeNull();
    expect(reordered.schema.fields.map((f) => String(f.type))).toEqual(
      table.schema.fields.map((f) => (f.name === 'pair' ? 'Utf8' : String(f.type))),
    );
  });

  it('keeps names exactly and in order: __proto__, numbers, repeats', () => {
    const spy = forbidEval();
    const made = tableOfColumns([
      ['2565', utf8Vector(['b', null])],
      ['__proto__', utf8Vector(['x', 'y'])],
      ['2564', utf8Vector(['a', 'c'])],
      ['2564', utf8Vector(['d', 'e'])],
    ]);
    spy.mockRestore();
    expect(made.schema.fields.map((f) => f.name)).toEqual(['2565', '__proto__', '2564', '2564']);
    expect(made.numRows).toBe(2);
    expect(Array.from(made.getChildAt(3) ?? [])).toEqual(['d', 'e']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('joins columns chunked differently into one table', () => {
    const chunked = child(table, 'n');
    const single = utf8Vector(Array.from({ length: table.numRows }, (_, i) => `#${i}`));
    const made = tableOfColumns([
      ['n', chunked],
      ['tag', single],
    ]);
    expect(made.numRows).toBe(table.numRows);
    expect(made.getChild('n')?.get(4321)).toBe(4321);
    expect(made.getChild('tag')?.get(4321)).toBe('#4321');
  });
});
