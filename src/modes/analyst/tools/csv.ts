/**
 * CSV export of what a table view shows: UTF-8 with a BOM (Excel then reads Thai correctly),
 * CRLF line ends, RFC 4180 quoting, ISO dates, numbers as plain digits, and text cells that a
 * spreadsheet would run as a formula made inert.
 *
 * Demo data: a last column `data_note` holding "ข้อมูลสาธิต · Demo data" on every row. A comment
 * line above the header would break every CSV reader's header detection (Excel, DuckDB, pandas,
 * papaparse); a column keeps the file a plain table and the label stays with each row when rows
 * are filtered, sorted or pasted elsewhere.
 */
import { DataType, type Table } from 'apache-arrow';
import { jsonText } from '../../../data/formats/arrow-rows';

/** The byte order mark written first. */
export const BOM = '\uFEFF';
/** Name of the demo-data column (a suffix is added if the table has one already). */
export const DEMO_NOTE_COLUMN = 'data_note';
/** The demo-data label, Thai first. */
export const DEMO_NOTE = 'ข้อมูลสาธิต · Demo data';

/** How a column's values are written. */
export type CsvValueKind = 'date' | 'timestamp' | 'value';

/** One column of {@link csvFromRows}. */
export interface CsvColumn {
  /** Key in each row object. */
  readonly key: string;
  /** Header text (defaults to the key). */
  readonly header?: string;
  /** 'date': YYYY-MM-DD; 'timestamp': YYYY-MM-DD HH:MM:SS (UTC); else by the value's JS type. */
  readonly kind?: CsvValueKind;
}

/** Options of both writers. */
export interface CsvOptions {
  /** Is any exported dataset generated demo data? Adds the {@link DEMO_NOTE_COLUMN}. */
  readonly demo?: boolean;
  /** The exported datasets' caveats (manifest `caveats`): in the same note column, after the label. */
  readonly caveats?: readonly string[];
}

/** The note every row carries (demo label, then "⚠ caveat"s), or null when there is none. */
export function rowNote(options: CsvOptions): string | null {
  const parts = [
    ...(options.demo === true ? [DEMO_NOTE] : []),
    ...(options.caveats ?? []).map((caveat) => `⚠ ${caveat}`),
  ];
  return parts.length === 0 ? null : parts.join(' | ');
}

const CRLF = '\r\n';
/** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as -5, +3.5, -1e5, -1,234.50 or -12%: data, not a formula. */
const PLAIN_NUMBER =
  /^[+-]?(?:\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?:[eE][+-]?\d+)?%?$/;

/**
 * Makes a text cell inert in a spreadsheet: a leading = + - @ TAB or CR gets a `'` in front,
 * unless the whole text is a plain number ("-5" stays "-5"). A lone "-" or "+" stays too: it
 * cannot start a formula and "-" is how many sources write "no value".
 */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text) || text === '-' || text === '+') {
    return text;
  }
  return `'${text}`;
}

/** Quotes a field when it holds a quote, comma, CR or LF (RFC 4180). */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function isoTimestamp(date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${isoDate(date)} ${time}`;
}

/** One value as CSV text, before quoting. Null and undefined are empty cells. */
export function csvCell(value: unknown, kind: CsvValueKind = 'value'): string {
  if (value === null || value === undefined) return '';
  if (kind === 'date' || kind === 'timestamp') {
    const date = value instanceof Date ? value : new Date(Number(value));
    if (Number.isNaN(date.getTime())) return '';
    return kind === 'date' ? isoDate(date) : isoTimestamp(date);
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoTimestamp(value);
  if (typeof value === 'string') return neutraliseFormula(value);
  // Lists and structs (e.g. from the SQL console) as JSON.
  return neutraliseFormula(jsonText(value));
}

function demoColumnName(headers: readonly string[]): string {
  let name = DEMO_NOTE_COLUMN;
  while (headers.includes(name)) name += '_';
  return name;
}

function writeCsv(
  headers: readonly string[],
  rowCount: number,
  cell: (row: number, column: number) => string,
  options: CsvOptions,
): string {
  const noteText = rowNote(options);
  const head = noteText !== null ? [...headers, demoColumnName(headers)] : headers;
  const lines = [head.map((h) => quoteField(neutraliseFormula(h))).join(',')];
  const note = noteText === null ? null : quoteField(neutraliseFormula(noteText));
  for (let row = 0; row < rowCount; row++) {
    const fields = headers.map((_, column) => quoteField(cell(row, column)));
    if (note !== null) fields.push(note);
    lines.push(fields.join(','));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** The CSV text (BOM first) of an Arrow table; DATE columns as YYYY-MM-DD. */
export function csvFromArrow(table: Table, options: CsvOptions = {}): string {
  const fields = table.schema.fields;
  const kinds: CsvValueKind[] = fields.map((field) => {
    if (DataType.isDate(field.type)) return 'date';
    return DataType.isTimestamp(field.type) ? 'timestamp' : 'value';
  });
  const columns = fields.map((_, i) => {
    const vector = table.getChildAt(i);
    return vector ? Array.from(vector as Iterable<unknown>) : [];
  });
  return writeCsv(
    fields.map((f) => f.name),
    table.numRows,
    (row, column) => csvCell(columns[column]?.[row], kinds[column]),
    options,
  );
}

/** The CSV text (BOM first) of plain rows. */
export function csvFromRows(
  columns: readonly CsvColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
  options: CsvOptions = {},
): string {
  return writeCsv(
    columns.map((c) => c.header ?? c.key),
    rows.length,
    (row, column) => {
      const def = columns[column];
      return def ? csvCell(rows[row]?.[def.key], def.kind) : '';
    },
    options,
  );
}
