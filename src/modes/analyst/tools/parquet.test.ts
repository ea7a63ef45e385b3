import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  DataType,
  DateDay,
  Float64,
  Int64,
  Table,
  Utf8,
  tableFromIPC,
  vectorFromArray,
} from 'apache-arrow';
import { initSync, readParquet } from 'parquet-wasm/esm';
import { describe, expect, it } from 'vitest';
import { DEMO_NOTE } from './csv';
import { createParquetEncoder } from './parquet';

const require = createRequire(import.meta.url);
const init = (): Promise<void> => {
  initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
  return Promise.resolve();
};
const encode = createParquetEncoder(init);
const DAY = 86_400_000;

const table = new Table({
  province: vectorFromArray(['กรุงเทพมหานคร', '=HYPERLINK("x")', null], new Utf8()),
  deaths: vectorFromArray([-5, 0.25, null], new Float64()),
  cases: vectorFromArray([1n, -2n, 3n], new Int64()),
  week_end: vectorFromArray([Date.UTC(2024, 0, 7), null, Date.UTC(2024, 0, 21)], new DateDay()),
});

const readBack = (bytes: Uint8Array): Table => tableFromIPC(readParquet(bytes).intoIPCStream());

describe('createParquetEncoder', () => {
  it('round-trips values, nulls and column types', async () => {
    const back = readBack(await encode(table));
    expect(back.schema.fields.map((f) => f.name)).toEqual([
      'province',
      'deaths',
      'cases',
      'week_end',
    ]);
    expect(DataType.isDate(back.schema.fields[3]?.type)).toBe(true);
    expect(back.getChild('province')?.toArray()).toEqual(['กรุงเทพมหานคร', '=HYPERLINK("x")', null]);
    expect([...(back.getChild('deaths') ?? [])]).toEqual([-5, 0.25, null]);
    expect([...(back.getChild('cases') ?? [])]).toEqual([1n, -2n, 3n]);
    expect([...(back.getChild('week_end') ?? [])]).toEqual([
      Date.UTC(2024, 0, 7),
      null,
      Date.UTC(2024, 0, 7) + 14 * DAY,
    ]);
  });

  it('labels demo data in a column and in the file metadata', async () => {
    const plain = readBack(await encode(table));
    expect(plain.getChild('data_note')).toBeNull();
    const demo = readBack(await encode(table, { demo: true }));
    expect([...(demo.getChild('data_note') ?? [])]).toEqual([DEMO_NOTE, DEMO_NOTE, DEMO_NOTE]);
    expect(demo.schema.metadata.get('war_room_note')).toBe(DEMO_NOTE);
  });
});
