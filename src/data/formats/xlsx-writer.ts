/**
 * A small .xlsx (Office Open XML) writer on fflate's zip: several worksheets (some hidden), frozen
 * header rows, column widths, hidden columns, a few fixed cell styles, data validation and
 * workbook-level defined names. Text is always written as an inline string, which Excel never
 * evaluates as a formula (a formula is a separate element), so text from data stays inert.
 * Used by the analyst's table export and by the province report template.
 */
import { strToU8, zipSync } from 'fflate';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const SHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * The styles a cell may have: `normal`; `bold` (a plain bold header); `header` (bold on a
 * light fill, wrapped); `key` (grey fill: cells the reader must not change); `date` (an Excel
 * date, shown as d/m/yyyy); `wrap` (wrapped text, for instructions); `title` (bold, larger).
 */
export type XlsxStyle = 'normal' | 'bold' | 'header' | 'key' | 'date' | 'wrap' | 'title';

const STYLE_INDEX: Readonly<Record<XlsxStyle, number>> = {
  normal: 0,
  bold: 1,
  header: 2,
  key: 3,
  date: 4,
  wrap: 5,
  title: 6,
};

/** A cell's value: finite numbers as numbers, text as inline strings; null leaves it empty. */
export type XlsxValue = string | number | boolean | null;

/** A cell with a style, or a bare value (style `normal`). */
export type XlsxCell = XlsxValue | { readonly value: XlsxValue; readonly style: XlsxStyle };

/** A rule Excel checks when someone types into a range of one column. */
export interface XlsxValidation {
  /** Zero-based column index. */
  readonly column: number;
  /** One-based first and last row, inclusive. */
  readonly fromRow: number;
  readonly toRow: number;
  /** `whole`/`decimal`/`date`: at least `min` (a date as an Excel serial day); `list`: one of `list`. */
  readonly type: 'whole' | 'decimal' | 'date' | 'list';
  readonly min?: number;
  readonly list?: readonly string[];
  /** Shown when the cell is selected. */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** Shown when a value breaks the rule (Excel then refuses it). */
  readonly error: { readonly title: string; readonly text: string };
}

/** One worksheet. */
export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Width of each column in characters (left out: Excel's default). */
  readonly widths?: readonly number[];
  /** Zero-based indexes of columns to hide. */
  readonly hiddenColumns?: readonly number[];
  /** Rows kept in view while scrolling (e.g. 1 for the header row). */
  readonly frozenRows?: number;
  readonly validations?: readonly XlsxValidation[];
  /** A sheet people do not see (Excel's "Unhide" shows it). */
  readonly hidden?: boolean;
}

/** A workbook: its sheets in tab order and defined names (e.g. where a template's id is). */
export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  /**
   * Names for a cell or a constant, as Excel formulas: `'รายงาน'!$F$2`, or `"text"` (Excel keeps
   * a string constant to 255 characters, so longer text belongs in a cell the name points to).
   */
  readonly definedNames?: readonly { readonly name: string; readonly refersTo: string }[];
}

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

/** The Excel serial day of an ISO date (1900 date system: 1 Jan 1900 is 1, with its leap bug). */
export function excelSerialDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const utc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return Math.round(utc / 86_400_000) + 25_569;
}

function cellXml(ref: string, cell: XlsxCell): string {
  const { value, style } =
    cell !== null && typeof cell === 'object' ? cell : { value: cell, style: 'normal' as const };
  const index = STYLE_INDEX[style];
  const s = index > 0 ? ` s="${String(index)}"` : '';
  if (value === null) return index > 0 ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${String(value)}</v></c>` : '';
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function validationXml(v: XlsxValidation): string {
  const letters = columnLetters(v.column);
  const sqref = `${letters}${String(v.fromRow)}:${letters}${String(v.toRow)}`;
  const prompt =
    v.prompt === undefined
      ? ''
      : ` showInputMessage="1" promptTitle="${xmlText(v.prompt.title)}" prompt="${xmlText(v.prompt.text)}"`;
  const common = `allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${xmlText(v.error.title)}" error="${xmlText(v.error.text)}"${prompt} sqref="${sqref}"`;
  if (v.type === 'list') {
    const items = v.list ?? [];
    // Excel keeps a list rule's items in one quoted formula of at most 255 characters.
    const joined = items.join(',');
    if (items.some((i) => /[,"]/.test(i)) || joined.length > 253) {
      throw new Error(`list of column ${letters} too long or holds , or " (${joined})`);
    }
    return `<dataValidation type="list" ${common}><formula1>"${xmlText(joined)}"</formula1></dataValidation>`;
  }
  const min = String(v.min ?? 0);
  return `<dataValidation type="${v.type}" operator="greaterThanOrEqual" ${common}><formula1>${min}</formula1></dataValidation>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const frozen = sheet.frozenRows ?? 0;
  const pane =
    frozen > 0
      ? `<pane ySplit="${String(frozen)}" topLeftCell="A${String(frozen + 1)}" activePane="bottomLeft" state="frozen"/>`
      : '';
  const views = `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const widest = Math.max(
    0,
    sheet.widths?.length ?? 0,
    ...(sheet.hiddenColumns ?? []).map((c) => c + 1),
  );
  const cols: string[] = [];
  for (let c = 0; c < widest; c += 1) {
    const width = sheet.widths?.[c];
    const hidden = sheet.hiddenColumns?.includes(c) === true;
    if (width === undefined && !hidden) continue;
    const n = String(c + 1);
    cols.push(
      `<col min="${n}" max="${n}" width="${String(width ?? 10)}" customWidth="1"${hidden ? ' hidden="1"' : ''}/>`,
    );
  }
  const rows = sheet.rows.map((row, r) => {
    const n = String(r + 1);
    const cells = row.map((cell, c) => cellXml(`${columnLetters(c)}${n}`, cell)).join('');
    return `<row r="${n}">${cells}</row>`;
  });
  const validations = sheet.validations ?? [];
  const rules =
    validations.length === 0
      ? ''
      : `<dataValidations count="${String(validations.length)}">${validations.map(validationXml).join('')}</dataValidations>`;
  // Element order is fixed by the schema: views, columns, data, then validation.
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${views}${cols.length > 0 ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>${rows.join('')}</sheetData>${rules}</worksheet>`;
}

/** Style 0 normal; 1 bold; 2 header; 3 key; 4 date; 5 wrap; 6 title (see {@link XlsxStyle}). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Tahoma"/></font><font><b/><sz val="11"/><name val="Tahoma"/></font><font><b/><sz val="14"/><name val="Tahoma"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs></styleSheet>';

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

function workbookXml(workbook: XlsxWorkbook): string {
  const sheets = workbook.sheets
    .map((sheet, i) => {
      const n = String(i + 1);
      const state = sheet.hidden === true ? ' state="hidden"' : '';
      return `<sheet name="${xmlText(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`;
    })
    .join('');
  const names = workbook.definedNames ?? [];
  const defined =
    names.length === 0
      ? ''
      : `<definedNames>${names
          .map((d) => `<definedName name="${xmlText(d.name)}">${xmlText(d.refersTo)}</definedName>`)
          .join('')}</definedNames>`;
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets>${defined}</workbook>`;
}

/** The .xlsx bytes of `workbook`. */
export function writeXlsx(workbook: XlsxWorkbook): Uint8Array {
  if (workbook.sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  for (const sheet of workbook.sheets) {
    if (
      sheet.name.length === 0 ||
      sheet.name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(sheet.name)
    ) {
      throw new Error(`sheet name "${sheet.name}": 1-31 characters, none of : \\ / ? * [ ]`);
    }
  }
  const count = workbook.sheets.length;
  const indexes = Array.from({ length: count }, (_, i) => String(i + 1));
  const overrides = indexes
    .map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${SHEET_CT}"/>`)
    .join('');
  const contentTypes = `${XML_HEAD}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetRels = indexes
    .map(
      (n) =>
        `<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    )
    .join('');
  const workbookRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}<Relationship Id="rId${String(count + 1)}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'xl/workbook.xml': strToU8(workbookXml(workbook)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(STYLES),
  };
  workbook.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${String(i + 1)}.xml`] = strToU8(sheetXml(sheet));
  });
  return zipSync(files);
}
