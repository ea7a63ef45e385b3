/**
 * Excel export of what a table view shows (.xlsx, Office Open XML), written by
 * src/data/formats/xlsx-writer.ts: one worksheet, the header row bold and frozen, numbers as
 * numbers, dates as ISO text, everything else as inline strings. An inline string is never a
 * formula (a formula is a separate element), so "=HYPERLINK(…)" from the data stays text here
 * without the `'` the CSV writer adds; header text is made inert the same way as in CSV, since
 * people paste headers elsewhere.
 *
 * Demo data: a last column `data_note` holding "ข้อมูลสาธิต · Demo data" on every row, as in CSV;
 * the datasets' caveats follow in the same column ("⚠ …").
 */
import { DataType, type Table } from 'apache-arrow';
import { jsonText } from '../../../data/formats/arrow-rows';
import { writeXlsx, type XlsxCell } from '../../../data/formats/xlsx-writer';
import {
  csvCell,
  DEMO_NOTE_COLUMN,
  neutraliseFormula,
  rowNote,
  type CsvOptions,
  type CsvValueKind,
} from './csv';

export { columnLetters, xmlText } from '../../../data/formats/xlsx-writer';

/** The worksheet's name (Excel allows 31 characters, none of : \ / ? * [ ]). */
export const XLSX_SHEET_NAME = 'ข้อมูล';

/** One value as a cell: finite numbers as numbers, dates as ISO text, the rest as text. */
function valueCell(value: unknown, kind: CsvValueKind): XlsxCell {
  if (value === null || value === undefined) return null;
  if (kind !== 'value') return csvCell(value, kind);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') {
    // Beyond 2^53 Excel would round the digits: keep them exact as text.
    const exact =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
    return exact ? Number(value) : value.toString();
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date) return csvCell(value);
  return jsonText(value);
}

function sheetRows(table: Table, noteText: string | null): XlsxCell[][] {
  const fields = table.schema.fields;
  const kinds: CsvValueKind[] = fields.map((field) => {
    if (DataType.isDate(field.type)) return 'date';
    return DataType.isTimestamp(field.type) ? 'timestamp' : 'value';
  });
  const headers = fields.map((field) => field.name);
  let note = DEMO_NOTE_COLUMN;
  while (headers.includes(note)) note += '_';
  const head = noteText !== null ? [...headers, note] : headers;
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: XlsxCell[][] = [
    head.map((h) => ({ value: neutraliseFormula(h), style: 'bold' as const })),
  ];
  for (let row = 0; row < table.numRows; row += 1) {
    const cells = fields.map((_, c) => valueCell(vectors[c]?.get(row), kinds[c] ?? 'value'));
    if (noteText !== null) cells.push(noteText);
    rows.push(cells);
  }
  return rows;
}

/** The .xlsx bytes of an Arrow table. */
export function xlsxFromArrow(table: Table, options: CsvOptions = {}): Uint8Array {
  const rows = sheetRows(table, rowNote(options));
  return writeXlsx({ sheets: [{ name: XLSX_SHEET_NAME, rows, frozenRows: 1 }] });
}
