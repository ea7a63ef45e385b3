/**
 * Parquet files, decoded by the app's own parquet-wasm decoder (the one the data engine uses)
 * into Arrow, then read column by column. Rows are numbered from 1 in file order.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import type { ParquetDecoder } from '../engine/engine';
import { jsonText } from '../formats/arrow-rows';
import { messageOf } from '../error-message';
import { msg } from './import-messages';
import { columnNames, type RawCell, type ReadOutcome } from './raw-table';

/** A JavaScript cell of an Arrow value: 64-bit integers as numbers, dates as Dates. */
function toCell(value: unknown, typeName: string): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeName.startsWith('Date') || typeName.startsWith('Timestamp')) {
    return typeof value === 'number' ? new Date(value) : value instanceof Date ? value : null;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  return jsonText(value);
}

function rowsOf(table: Table): RawCell[][] {
  const columns = table.schema.fields.map((field) => {
    const vector = table.getChild(field.name);
    const typeName = String(field.type);
    return vector ? Array.from(vector, (value: unknown) => toCell(value, typeName)) : [];
  });
  return Array.from({ length: table.numRows }, (_, r) => columns.map((col) => col[r] ?? null));
}

/**
 * Reads a Parquet file with `decodeParquet` (see `createParquetDecoder`). Without a decoder, or
 * when the bytes are not Parquet, the outcome is a failure message naming the file.
 */
export async function readParquetFile(
  fileName: string,
  bytes: Uint8Array,
  decodeParquet: ParquetDecoder | undefined,
): Promise<ReadOutcome> {
  if (decodeParquet === undefined) return { ok: false, error: msg.parquetUnavailable(fileName) };
  let table: Table;
  try {
    table = tableFromIPC(await decodeParquet(bytes));
  } catch (error) {
    return { ok: false, error: msg.unreadableParquet(fileName, messageOf(error)) };
  }
  const headers = table.schema.fields.map((field) => field.name);
  if (table.numRows === 0) {
    return { ok: false, error: msg.noParquetRows(fileName) };
  }
  return {
    ok: true,
    table: {
      format: 'parquet',
      encoding: null,
      sheet: null,
      unit: 'row',
      headers,
      names: columnNames(headers),
      rows: rowsOf(table),
      locations: Array.from({ length: table.numRows }, (_, i) => i + 1),
      rejected: [],
      warnings: [],
    },
  };
}
