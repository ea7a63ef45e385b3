/**
 * The bytes of an ingested table: Parquet (the demo files' writer, so real and demo files are
 * typed alike) for `format: 'parquet'` entries, CSV for `format: 'csv'` entries (indicators).
 */
import type { ColumnDef } from '../../src/data/manifest/manifest-types';
import type { IngestRow, IngestValue } from '../../src/data/ingest/ingest-types';
import type { IngestedTable } from '../../src/data/ingest/ingest-types';
import { csvText } from '../../src/data/ingest/pack/pack-csv';
import { writeParquetBytes, type ColumnValues } from '../demo-data/parquet-writer';

const DAY_MS = 86_400_000;

function fail(column: ColumnDef, r: number, value: IngestValue, what: string): never {
  throw new Error(`row ${r + 1}, column ${column.name}: ${JSON.stringify(value)} is not ${what}`);
}

function daysOf(column: ColumnDef, r: number, value: IngestValue): number {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return fail(column, r, value, 'a date YYYY-MM-DD');
  }
  return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
}

// Timestamps hold Thai local time as written, stored as if UTC (the contract's convention).
function millisOf(column: ColumnDef, r: number, value: IngestValue): number {
  if (typeof value !== 'string') return fail(column, r, value, 'a timestamp');
  const ms = Date.parse(`${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? fail(column, r, value, 'a timestamp') : ms;
}

function numberOf(column: ColumnDef, r: number, value: IngestValue): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(column, r, value, 'a number');
}

function columnValues(column: ColumnDef, rows: readonly IngestRow[]): ColumnValues {
  const values = rows.map((row) => row[column.name] ?? null);
  const nullable = <T>(read: (value: IngestValue, r: number) => T): (T | null)[] =>
    values.map((value, r) => (value === null ? null : read(value, r)));
  switch (column.type) {
    case 'INTEGER':
    case 'BIGINT':
      return nullable((v, r) => numberOf(column, r, v));
    case 'DATE':
      return nullable((v, r) => daysOf(column, r, v));
    case 'DOUBLE':
      return Float64Array.from(values, (v, r) => numberOf(column, r, v));
    case 'TIMESTAMP':
      return Float64Array.from(values, (v, r) => millisOf(column, r, v));
    case 'VARCHAR':
      return nullable((v) => String(v));
    case 'BOOLEAN':
      return values.map((v) => v === true);
  }
}

/** Parquet bytes of `rows` laid out as `columns`. */
export function parquetOf(columns: readonly ColumnDef[], rows: readonly IngestRow[]): Uint8Array {
  const store: Record<string, ColumnValues> = {};
  for (const column of columns) store[column.name] = columnValues(column, rows);
  return writeParquetBytes(columns, store);
}

/** The file bytes of `table` in its entry's format. */
export function tableBytes(table: IngestedTable): Uint8Array {
  const { def, rows } = table;
  return def.format === 'parquet'
    ? parquetOf(def.columns, rows)
    : new TextEncoder().encode(csvText(def.columns, rows));
}
