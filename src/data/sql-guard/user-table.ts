/**
 * Tables the user brings (issue 6: a dropped file, a console result): their DuckDB names, the
 * Arrow table of an imported file, and the CSV text plus definition that the engine's loader
 * (table-loader.ts: stage, check, swap) takes, so a user table goes through the same checked
 * path as a dataset and never touches the datasets' tables.
 */
import { DataType, Float64, Int32, Utf8, type Table, type Vector } from 'apache-arrow';
import { jsonText } from '../formats/arrow-rows';
import { boolVector, dateDayVector, tableOfColumns, vectorOf } from '../formats/arrow-vectors';
import type { ImportSuccess } from '../import/import-types';
import type { ColumnDef, ColumnType, DatasetDef } from '../manifest/manifest-types';

/** A user table's name: `user_`, then lower-case letters, digits and single `_` (no `__`). */
export const USER_TABLE_PATTERN = /^user_(?!.*__)[a-z0-9_]{1,40}$/;

const MAX_NAME_PART = 40;

/**
 * Refuses a name that is not a user table's, or that a dataset already uses.
 * @throws Error naming the table and the rule.
 */
export function checkUserTableName(name: string, datasetIds: Iterable<string> = []): void {
  if (!USER_TABLE_PATTERN.test(name)) {
    throw new Error(
      `user table '${name}': a name must be user_ followed by 1-40 lower-case letters, digits or single _`,
    );
  }
  if ([...datasetIds].includes(name)) {
    throw new Error(`user table '${name}': a dataset already has this name`);
  }
}

/**
 * A free user table name for a file: `user_` + the ASCII letters and digits of its name without
 * the extension (`user_file` when none are left), with `_2`, `_3` ... when taken.
 */
export function userTableName(fileName: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = `user_${(stem || 'file').slice(0, MAX_NAME_PART - 4).replace(/_+$/, '')}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** `name`, or `name_2`, `name_3` ... so that no two names are equal ignoring case (DuckDB's rule). */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${name}_${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The Arrow table of an imported file: the key columns first (`province_code`, or `lon` and
 * `lat`), then the file's columns typed as the importer typed them (numbers as DOUBLE, dates as
 * DATE). A file column whose name clashes (ignoring case) with another gets `_2`.
 */
export function userTableFromImport(result: ImportSuccess): Table {
  const columns: [string, Vector][] = [];
  const used = new Set<string>();
  const add = (name: string, vector: Vector): void => {
    columns.push([uniqueName(name, used), vector]);
  };
  if (result.key.kind === 'province') {
    add('province_code', vectorOf(Array.from(result.key.codes), new Int32()));
  } else {
    add('lon', vectorOf(Array.from(result.key.lon), new Float64()));
    add('lat', vectorOf(Array.from(result.key.lat), new Float64()));
  }
  for (const column of result.columns) {
    switch (column.type) {
      case 'number':
        add(column.name, vectorOf(column.values, new Float64()));
        break;
      case 'date':
        add(column.name, dateDayVector(column.values));
        break;
      case 'boolean':
        add(column.name, boolVector(column.values));
        break;
      case 'text':
        add(column.name, vectorOf(column.values, new Utf8()));
        break;
    }
  }
  return tableOfColumns(columns);
}

/** The contract type a column of an Arrow table is stored as. */
export function columnTypeOf(type: DataType): ColumnType {
  if (DataType.isInt(type)) return type.bitWidth === 64 ? 'BIGINT' : 'INTEGER';
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'DOUBLE';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return 'TIMESTAMP';
  return 'VARCHAR';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** One value as text for DuckDB's CSV reader ('' = NULL). Text is always quoted. */
function loaderCell(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'DATE' || type === 'TIMESTAMP') {
    const date = value instanceof Date ? value : new Date(Number(value));
    if (Number.isNaN(date.getTime())) return '';
    const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    if (type === 'DATE') return day;
    return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : jsonText(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * What the engine's loader needs to load `table` as user table `name`: a definition (format
 * CSV, every column nullable, types from the Arrow schema) and the table as CSV bytes with a
 * quoted header.
 */
export function userTableLoad(name: string, table: Table): { def: DatasetDef; bytes: Uint8Array } {
  const fields = table.schema.fields;
  const columns: ColumnDef[] = fields.map((field) => ({
    name: field.name,
    type: columnTypeOf(field.type as DataType),
    nullable: true,
  }));
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const lines = [columns.map((c) => `"${c.name.replaceAll('"', '""')}"`).join(',')];
  for (let row = 0; row < table.numRows; row += 1) {
    lines.push(
      columns.map((c, i) => loaderCell(vectors[i]?.get(row) as unknown, c.type)).join(','),
    );
  }
  const text = { th: name, en: name };
  const def: DatasetDef = {
    id: name,
    title: text,
    unit: { th: '', en: '' },
    source: text,
    licence: '',
    asOf: '',
    period: { from: '', to: '' },
    cadence: 'once',
    demo: false,
    file: `${name}.csv`,
    format: 'csv',
    columns,
  };
  return { def, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}
