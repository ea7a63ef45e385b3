import { createRequire } from 'node:module';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { jsonText, tableRows } from './arrow-rows';
import { createWasmNodeEngine } from '../testing/engines';

/** duckdb-wasm's Node bundle answers with its own (CommonJS) Arrow: brought over by IPC. */
const cjsArrow = createRequire(import.meta.url)('apache-arrow') as {
  tableToIPC(table: unknown): Uint8Array;
};

describe('jsonText of nested values from duckdb-wasm', () => {
  it('keeps a struct field called __proto__, lists, maps, big and small integers', async () => {
    const engine = await createWasmNodeEngine();
    try {
      const result = await engine.query({
        sql: `SELECT {'__proto__': 'x', 'name': 'ก'} AS s, [1, 2]::BIGINT[] AS l,
                MAP {'a': 1} AS m, [9007199254740993]::BIGINT[] AS big,
                [{'constructor': 1}] AS nested`,
        params: [],
      });
      const [row] = tableRows(tableFromIPC(cjsArrow.tableToIPC(result)));
      expect(jsonText(row?.s)).toBe('{"__proto__":"x","name":"ก"}');
      expect(jsonText(row?.l)).toBe('[1,2]');
      expect(JSON.parse(jsonText(row?.m))).toEqual({ a: 1 });
      expect(jsonText(row?.big)).toBe('["9007199254740993"]');
      expect(jsonText(row?.nested)).toBe('[{"constructor":1}]');
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    } finally {
      await engine.terminate();
    }
  });
});
