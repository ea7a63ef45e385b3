/**
 * An ingested table as the CSV the app's loader reads (src/data/engine/table-loader.ts: DuckDB
 * read_csv with a header, every field as text, typed by the entry's columns). The builder in the
 * browser writes CSV because the browser has no Parquet writer; DuckDB types it on load.
 */
import type { ColumnDef } from '../../manifest/manifest-types';
import type { IngestRow, IngestValue } from '../ingest-types';

// A field is quoted when DuckDB's reader could otherwise split, join or trim it.
const NEEDS_QUOTES = /[",\r\n;\t|]|^\s|\s$/;

function csvField(value: IngestValue): string {
  // An empty field is NULL to the loader; an empty text would be read as NULL too (DuckDB's
  // default), which is why nullable: false text columns must hold a value.
  if (value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Number's own text (1e+21) casts in DuckDB too, but the plain form is what a person checks by eye.
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** CSV text (UTF-8, header row, RFC 4180 quoting, LF line ends) of `rows` in `columns`' order. */
export function csvText(columns: readonly ColumnDef[], rows: readonly IngestRow[]): string {
  const lines = [columns.map((column) => csvField(column.name)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(row[column.name] ?? null)).join(','));
  }
  return `${lines.join('\n')}\n`;
}
