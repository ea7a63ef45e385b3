/**
 * Excel workbooks (.xlsx) with read-excel-file: cells come back as text, numbers, booleans and
 * Dates (for date-formatted cells). Rows keep Excel's numbering, so row 2 in a message is row 2
 * on screen in Excel.
 */
import readXlsxFile from 'read-excel-file/universal';
import { messageOf } from '../error-message';
import { msg } from './import-messages';
import { cellText, tableFromGrid, type RawCell, type ReadOutcome } from './raw-table';

const hasData = (rows: readonly (readonly unknown[])[]): boolean =>
  rows.some((row) => row.some((cell) => cellText(toCell(cell)) !== ''));

function toCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  return JSON.stringify(value);
}

/**
 * Reads one worksheet of an .xlsx workbook: `sheet` by name, else the first worksheet with data
 * (a warning names the other worksheets with data). Never throws.
 */
export async function readXlsx(
  fileName: string,
  bytes: Uint8Array,
  sheet: string | undefined,
): Promise<ReadOutcome> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = await readXlsxFile(buffer as ArrayBuffer);
  } catch (error) {
    return { ok: false, error: msg.unreadableXlsx(fileName, messageOf(error)) };
  }
  const withData = sheets.filter((s) => hasData(s.data));
  const chosen = sheet === undefined ? withData[0] : sheets.find((s) => s.sheet === sheet.trim());
  if (chosen === undefined) return { ok: false, error: msg.noSheet(fileName, sheet ?? null) };
  const others = withData.filter((s) => s !== chosen).map((s) => s.sheet);
  const rows = chosen.data.map((row) => row.map(toCell));
  return tableFromGrid(fileName, {
    format: 'xlsx',
    encoding: null,
    sheet: chosen.sheet,
    unit: 'row',
    rows,
    locations: rows.map((_, i) => i + 1),
    warnings: others.length > 0 ? [msg.otherSheets(fileName, chosen.sheet, others)] : [],
  });
}
