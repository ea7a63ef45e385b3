/**
 * Parquet export of what a table view shows, with parquet-wasm (already the app's Parquet
 * reader), so DuckDB stays in src/data and nothing is fetched. Demo data gets the same
 * `data_note` column as the CSV export and a `war_room_note` key in the file's metadata.
 */
import { Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import {
  Compression,
  Table as WasmTable,
  WriterPropertiesBuilder,
  writeParquet,
} from 'parquet-wasm/esm';
import { tableOfColumns } from '../../../data/formats/arrow-vectors';
import { DEMO_NOTE, DEMO_NOTE_COLUMN, type CsvOptions } from './csv';

/** Turns an Arrow table into Parquet file bytes. */
export type ParquetEncoder = (table: Table, options?: CsvOptions) => Promise<Uint8Array>;

/** Adds the demo-data column (named like the CSV export's) to every row. */
export function withDemoNote(table: Table): Table {
  const names = table.schema.fields.map((f) => f.name);
  let name = DEMO_NOTE_COLUMN;
  while (names.includes(name)) name += '_';
  const columns: [string, Vector][] = [];
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i);
    if (vector) columns.push([field.name, vector]);
  });
  columns.push([name, repeatedText(DEMO_NOTE, table.numRows)]);
  return tableOfColumns(columns);
}

/**
 * A text column holding `text` on each of `length` rows, written straight into Arrow's buffers.
 * apache-arrow's builders (vectorFromArray) compile a null check with `new Function`, which the
 * app's Content-Security-Policy forbids (no 'unsafe-eval').
 */
function repeatedText(text: string, length: number): Vector {
  const bytes = new TextEncoder().encode(text);
  const data = new Uint8Array(bytes.length * length);
  const valueOffsets = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    data.set(bytes, i * bytes.length);
    valueOffsets[i + 1] = (i + 1) * bytes.length;
  }
  return makeVector(makeData({ type: new Utf8(), length, nullCount: 0, valueOffsets, data }));
}

/**
 * An encoder using parquet-wasm's ESM build, initialised on first use (and again after a failed
 * start): in the browser `init({ module_or_path: url })`, in Node tests `initSync({ module })`.
 * Columns keep their Arrow types; ZSTD compression.
 */
export function createParquetEncoder(init: () => Promise<unknown>): ParquetEncoder {
  let ready: Promise<unknown> | undefined;
  return async (table, options = {}) => {
    ready ??= init().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
    const demo = options.demo === true;
    const source = demo ? withDemoNote(table) : table;
    let builder = new WriterPropertiesBuilder().setCompression(Compression.ZSTD);
    if (demo) builder = builder.setKeyValueMetadata(new Map([['war_room_note', DEMO_NOTE]]));
    return writeParquet(WasmTable.fromIPCStream(tableToIPC(source, 'stream')), builder.build());
  };
}
