/**
 * The .xlsx template a provincial office fills in: sheet "รายงาน" with one row per province
 * asked (code and Thai name in grey key cells), an empty cell per figure and a reply date, each
 * checked by Excel's data validation; sheet "คำแนะนำ" with the instructions; and the template's id
 * in a hidden last column of every row and in the workbook's defined name WarRoomTemplate.
 */
import {
  columnLetters,
  excelSerialDay,
  writeXlsx,
  type XlsxCell,
  type XlsxValidation,
} from '../../formats/xlsx-writer';
import type { LocalText } from '../../manifest/manifest-types';
import type { ProvinceRecord } from '../../places/province-table';
import {
  INSTRUCTIONS_SHEET,
  instructionLines,
  REPLY_DATE_TITLE,
  REPORT_SHEET,
} from './instructions';
import { keyHash, templateIdText } from './template-id';
import type { ReportColumn, ReportSpec } from './template-spec';

/** Column names of the key, reply-date and id columns (each header ends with "(name)"). */
export const CODE_COLUMN = 'province_code';
export const NAME_COLUMN = 'province';
export const REPLY_COLUMN = 'reply_date';
export const ID_COLUMN = 'template_id';

/** A header as the template writes it: Thai title, the column's name in brackets. */
export function headerOf(title: string, name: string): string {
  return `${title} (${name})`;
}

/** The column name at the end of a header, e.g. "villages" of "หมู่บ้าน (villages)". */
export function nameInHeader(header: string): string | null {
  const match = /\(([A-Za-z_][A-Za-z0-9_]*)\)\s*$/.exec(header.trim());
  return match?.[1] ?? null;
}

// Reply dates before this are typing slips (Excel's date check refuses them).
const EARLIEST_REPLY = '2000-01-01';

function rule(column: ReportColumn, index: number, lastRow: number): XlsxValidation {
  const place = { column: index, fromRow: 2, toRow: lastRow };
  if (column.kind === 'category') {
    return {
      ...place,
      type: 'list',
      list: column.options ?? [],
      error: { title: 'ไม่อยู่ในรายการ', text: 'เลือกค่าจากรายการเท่านั้น · Choose a value from the list' },
    };
  }
  const whole = column.kind === 'count';
  return {
    ...place,
    type: whole ? 'whole' : 'decimal',
    min: 0,
    prompt: { title: column.title.th.slice(0, 32), text: whole ? 'จำนวนเต็ม ≥ 0' : 'ตัวเลข ≥ 0' },
    error: {
      title: whole ? 'ต้องเป็นจำนวนเต็ม' : 'ต้องเป็นตัวเลข',
      text: whole
        ? 'ใส่จำนวนเต็มตั้งแต่ 0 ขึ้นไป · A whole number, 0 or more'
        : 'ใส่ตัวเลขตั้งแต่ 0 ขึ้นไป · A number, 0 or more',
    },
  };
}

/** The template's workbook bytes and its id text. */
export function templateWorkbook(
  spec: ReportSpec,
  provinces: readonly ProvinceRecord[],
): { readonly bytes: Uint8Array; readonly id: string } {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const keys = spec.codes.map((code) => ({ code, name: byCode.get(code)?.nameTh ?? String(code) }));
  const id = templateIdText(spec, keyHash(keys));
  const header = (text: LocalText | string, name: string): XlsxCell => ({
    value: headerOf(typeof text === 'string' ? text : text.th, name),
    style: 'header',
  });
  const head: XlsxCell[] = [
    header('รหัสจังหวัด', CODE_COLUMN),
    header('จังหวัด', NAME_COLUMN),
    ...spec.columns.map((c) => header(c.title, c.name)),
    header(REPLY_DATE_TITLE, REPLY_COLUMN),
    header('รหัสแบบรายงาน', ID_COLUMN),
  ];
  const rows: XlsxCell[][] = [head];
  for (const key of keys) {
    rows.push([
      { value: key.code, style: 'key' },
      { value: key.name, style: 'key' },
      ...spec.columns.map(() => null),
      { value: null, style: 'date' },
      id,
    ]);
  }
  const lastRow = keys.length + 1;
  const replyIndex = spec.columns.length + 2;
  const validations: XlsxValidation[] = [
    ...spec.columns.map((c, i) => rule(c, i + 2, lastRow)),
    {
      column: replyIndex,
      fromRow: 2,
      toRow: lastRow,
      type: 'date',
      min: excelSerialDay(EARLIEST_REPLY),
      prompt: { title: REPLY_DATE_TITLE.th, text: 'วัน/เดือน/ปี ที่ตอบ' },
      error: { title: 'ต้องเป็นวันที่', text: 'ใส่วันที่ตอบ · The date of your reply' },
    },
  ];
  const lines = instructionLines(spec);
  const bytes = writeXlsx({
    sheets: [
      {
        name: REPORT_SHEET,
        rows,
        frozenRows: 1,
        widths: [12, 22, ...spec.columns.map(() => 22), 16, 10],
        hiddenColumns: [replyIndex + 1],
        validations,
      },
      {
        name: INSTRUCTIONS_SHEET,
        rows: lines.map(([text, heading]) => [{ value: text, style: heading ? 'title' : 'wrap' }]),
        widths: [110],
      },
    ],
    definedNames: [
      {
        name: 'WarRoomTemplate',
        refersTo: `'${REPORT_SHEET}'!$${columnLetters(replyIndex + 1)}$2`,
      },
    ],
  });
  return { bytes, id };
}
