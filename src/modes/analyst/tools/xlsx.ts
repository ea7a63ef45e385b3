/**
 * Excel export of what a table view shows (.xlsx, Office Open XML), written with fflate's zip: one
 * worksheet, the header row bold and frozen, numbers as numbers, dates as ISO text, everything
 * else as inline strings. An inline string is never a formula (a formula is a separate element),
 * so "=HYPERLINK(…)" from the data stays text here without the `'` the CSV writer adds; header
 * text is made inert the same way as in CSV, since people paste headers elsewhere.
 *
 * Demo data: a last column `data_note` holding "ข้อมูลสาธิต · Demo data" on every row, as in CSV.
 */
import { DataType, type Table } from 'apache-arrow';
import { strToU8, zipSync } from 'fflate';
import { jsonText } from '../../../data/formats/arrow-rows';
import { csvCell, DEMO_NOTE, DEMO_NOTE_COLUMN, neutraliseFormula, type CsvValueKind } from './csv';

/** The worksheet's name (Excel allows 31 characters, none of : \ / ? * [ ]). */
export const XLSX_SHEET_NAME = 'ข้อมูล';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Text for XML: the five entities escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
  );
}

/** "A", "B", … "Z", "AA" … for a zero-based column index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function textCell(ref: string, text: string, style = 0): string {
  const styled = style > 0 ? ` s="${String(style)}"` : '';
  return `<c r="${ref}" t="inlineStr"${styled}><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** One value as a cell: finite numbers as numbers, dates as ISO text, the rest as text. */
function valueCell(ref: string, value: unknown, kind: CsvValueKind): string {
  if (value === null || value === undefined) return '';
  if (kind !== 'value') return textCell(ref, csvCell(value, kind));
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<c r="${ref}"><v>${String(value)}</v></c>`;
  }
  if (typeof value === 'bigint') {
    // Beyond 2^53 Excel would round the digits: keep them exact as text.
    const exact =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
    return exact ? `<c r="${ref}"><v>${value.toString()}</v></c>` : textCell(ref, value.toString());
  }
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') return textCell(ref, value);
  if (value instanceof Date) return textCell(ref, csvCell(value));
  return textCell(ref, jsonText(value));
}

function sheetXml(table: Table, demo: boolean): string {
  const fields = table.schema.fields;
  const kinds: CsvValueKind[] = fields.map((field) => {
    if (DataType.isDate(field.type)) return 'date';
    return DataType.isTimestamp(field.type) ? 'timestamp' : 'value';
  });
  const headers = fields.map((field) => field.name);
  let note = DEMO_NOTE_COLUMN;
  while (headers.includes(note)) note += '_';
  const head = demo ? [...headers, note] : headers;
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: string[] = [
    `<row r="1">${head.map((h, c) => textCell(`${columnLetters(c)}1`, neutraliseFormula(h), 1)).join('')}</row>`,
  ];
  const noteColumn = columnLetters(headers.length);
  for (let row = 0; row < table.numRows; row += 1) {
    const r = row + 2;
    const cells = fields.map((_, c) =>
      valueCell(`${columnLetters(c)}${String(r)}`, vectors[c]?.get(row), kinds[c] ?? 'value'),
    );
    if (demo) cells.push(textCell(`${noteColumn}${String(r)}`, DEMO_NOTE));
    rows.push(`<row r="${String(r)}">${cells.join('')}</row>`);
  }
  const pane =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${pane}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${XLSX_SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
/** Style 0: normal; style 1: bold (the header row). */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Tahoma"/></font><font><b/><sz val="11"/><name val="Tahoma"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/** The .xlsx bytes of an Arrow table. */
export function xlsxFromArrow(table: Table, options: { readonly demo?: boolean } = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(table, options.demo === true)),
  });
}
