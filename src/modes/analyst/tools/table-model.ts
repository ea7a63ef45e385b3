/**
 * Pure pieces of the table view: sorting an Arrow table by a column (as an index order, so 1M
 * rows are never copied to sort), cell text for the screen, the sorted table for export, and
 * province names beside province codes.
 */
import { DataType, Table, type Vector } from 'apache-arrow';
import { addProvinceNames } from '../../../data/import/province-name-columns';
import { jsonText } from '../../../data/formats/arrow-rows';
import { reorderedVector, tableOfColumns } from '../../../data/formats/arrow-vectors';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';

/** A sort: column name and direction. */
export interface SortState {
  readonly column: string;
  readonly descending: boolean;
}

const collator = new Intl.Collator('th', { numeric: true });

/** A non-number cell as text (lists and structs as JSON). */
function plainText(value: unknown): string {
  return typeof value === 'string' ? value : jsonText(value);
}

/** Compares two cells: numbers by value, text by Thai collation; missing values always last. */
function compareCells(a: unknown, b: unknown): number {
  const missingA = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a));
  const missingB = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b));
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(plainText(a), plainText(b));
}

/**
 * The row order of `table` sorted by `sort` (stable; missing values last in both directions), or
 * null for the file's own order when `sort` is null or names no column: no array of a million
 * row numbers is made (and collected) just to show a table nobody has sorted.
 */
export function sortOrder(table: Table, sort: SortState | null): Uint32Array | null {
  const vector = sort ? table.getChild(sort.column) : null;
  if (!sort || !vector) return null;
  const order = new Uint32Array(table.numRows);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  const values: unknown[] = Array.from({ length: table.numRows }, (_, i): unknown => vector.get(i));
  const sign = sort.descending ? -1 : 1;
  const missing = (v: unknown) => v === null || v === undefined || Number.isNaN(v);
  return order.sort((i, j) => {
    const a = values[i];
    const b = values[j];
    if (missing(a) || missing(b)) return compareCells(a, b) || i - j;
    return sign * compareCells(a, b) || i - j;
  });
}

/** How a column's cells are shown. */
export type CellKind = 'date' | 'timestamp' | 'number' | 'other';

/** The display kind of each column of `table`. */
export function cellKinds(table: Table): CellKind[] {
  return table.schema.fields.map((field) => {
    if (DataType.isDate(field.type)) return 'date';
    if (DataType.isTimestamp(field.type)) return 'timestamp';
    if (
      DataType.isInt(field.type) ||
      DataType.isFloat(field.type) ||
      DataType.isDecimal(field.type)
    )
      return 'number';
    return 'other';
  });
}

/**
 * A cell as screen text: numbers with separators (codes and years without), dates in the
 * Buddhist era, everything else as plain text (never HTML: React sets it as a text node).
 */
export function cellText(value: unknown, kind: CellKind, lang: Lang, column = ''): string {
  if (value === null || value === undefined) return '';
  if (kind === 'date' || kind === 'timestamp') {
    const date = value instanceof Date ? value : new Date(Number(value));
    if (Number.isNaN(date.getTime())) return '';
    const iso = date.toISOString();
    const day = formatDate(iso.slice(0, 10), lang);
    return kind === 'date' ? day : `${day} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    const plain = /code|_id$|^id$|year|^q$|^r$/i.test(column);
    if (plain || typeof value === 'bigint') return String(value);
    return Number.isFinite(value) ? formatNumber(value, lang, 4) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return plainText(value);
}

/** `table` with its rows in `order` (for exporting what is shown, sorted; null: as it is). */
export function orderedTable(table: Table, order: Uint32Array | null): Table {
  const identity = order === null || order.every((row, i) => row === i);
  if (identity) return table;
  const columns: [string, Vector][] = [];
  table.schema.fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    if (vector) columns.push([field.name, reorderedVector(vector, order)]);
  });
  return tableOfColumns(columns);
}

/**
 * `table` with `province_th` and `province_en` after its `province_code` column (unchanged when
 * it has none or already has the names: an imported file's table comes with them from the
 * import worker); the same object for the same table.
 */
export function withProvinceNames(table: Table): Table {
  let named = namedTables.get(table);
  if (!named) {
    named = addProvinceNames(table);
    namedTables.set(table, named);
  }
  return named;
}

const namedTables = new WeakMap<Table, Table>();
