/**
 * Every text the importer shows, in Thai and English. Each failure names the file, where the
 * problem is and what to do. Values from the file are quoted as plain text (the UI must render
 * them as text, never as HTML).
 */
import type { ImportMessage, ImportText, LocationUnit } from './import-types';

const MB = 1024 * 1024;
const MAX_QUOTED = 60;

/** A file value for a message: cut to a readable length, quoted. */
export function quoted(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return `"${short}"`;
}

/** One formatter, kept: toLocaleString builds a new one per call (slow for hundreds of rows). */
const EN_COUNT = new Intl.NumberFormat('en-US');
const count = (n: number): string => EN_COUNT.format(n);
const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** "บรรทัด 5" / "line 5", and the same for rows and features. */
export function where(unit: LocationUnit, n: number): ImportText {
  switch (unit) {
    case 'line':
      return { th: `บรรทัด ${count(n)}`, en: `line ${count(n)}` };
    case 'row':
      return { th: `แถว ${count(n)}`, en: `row ${count(n)}` };
    case 'feature':
      return { th: `ฟีเจอร์ที่ ${count(n)}`, en: `feature ${count(n)}` };
  }
}

/** A few locations joined, with "and N more" past `limit`. */
export function whereList(unit: LocationUnit, ns: readonly number[], limit = 5): ImportText {
  const shown = ns.slice(0, limit).map((n) => where(unit, n));
  const rest = ns.length - shown.length;
  return {
    th: shown.map((w) => w.th).join(', ') + (rest > 0 ? ` และอีก ${count(rest)} แห่ง` : ''),
    en: shown.map((w) => w.en).join(', ') + (rest > 0 ? ` and ${count(rest)} more` : ''),
  };
}

function message(code: string, th: string, en: string): ImportMessage {
  return { code, th, en };
}

/** Failures and warnings, by code. `file` is the file name as the user gave it. */
export const msg = {
  tooLarge: (file: string, size: number, limit: number) =>
    message(
      'too-large',
      `ไฟล์ ${quoted(file)} มีขนาด ${megabytes(size)} เกินขีดจำกัด ${megabytes(limit)}: แบ่งไฟล์ให้เล็กลงหรือรวมข้อมูลเป็นรายจังหวัดก่อน`,
      `${quoted(file)} is ${megabytes(size)}, over the ${megabytes(limit)} limit: split it or aggregate it by province first`,
    ),
  internal: (file: string, detail: string) =>
    message(
      'internal-error',
      `นำเข้าไฟล์ ${quoted(file)} ไม่สำเร็จเพราะข้อผิดพลาดของแอป (${detail}): แจ้งผู้ดูแลระบบพร้อมไฟล์นี้`,
      `${quoted(file)} could not be imported because of an error in the app (${detail}): report it with this file`,
    ),
  emptyFile: (file: string) =>
    message(
      'empty-file',
      `ไฟล์ ${quoted(file)} ว่างเปล่า: ตรวจว่าเลือกไฟล์ถูกต้องและบันทึกข้อมูลแล้ว`,
      `${quoted(file)} is empty: check that you picked the right file and that it was saved`,
    ),
  noParquetRows: (file: string) =>
    message(
      'header-only',
      `ไฟล์ Parquet ${quoted(file)} มีแต่ชื่อคอลัมน์ ไม่มีแถวข้อมูล: ส่งออกไฟล์ใหม่พร้อมข้อมูล`,
      `${quoted(file)} is a Parquet file with columns but no rows: export it again with the data`,
    ),
  headerOnly: (file: string, at: ImportText) =>
    message(
      'header-only',
      `ไฟล์ ${quoted(file)} มีแต่หัวตาราง (${at.th}) ไม่มีแถวข้อมูล: เพิ่มข้อมูลใต้หัวตาราง`,
      `${quoted(file)} has a header (${at.en}) but no data rows: add the data below the header`,
    ),
  unsupported: (file: string) =>
    message(
      'unsupported-format',
      `อ่านไฟล์ ${quoted(file)} ไม่ได้: รองรับเฉพาะ CSV, TSV, Excel (.xlsx), Parquet และ GeoJSON`,
      `${quoted(file)} cannot be read: only CSV, TSV, Excel (.xlsx), Parquet and GeoJSON are supported`,
    ),
  oldExcel: (file: string) =>
    message(
      'old-excel',
      `ไฟล์ ${quoted(file)} เป็น Excel รุ่นเก่า (.xls): เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8`,
      `${quoted(file)} is an old Excel file (.xls): open it in Excel and save it as .xlsx or CSV UTF-8`,
    ),
  notATable: (file: string, what: ImportText) =>
    message(
      'not-a-table',
      `ไฟล์ ${quoted(file)} เป็น${what.th} ไม่ใช่ตารางข้อมูล: เลือกไฟล์ข้อมูล (CSV, Excel .xlsx, Parquet หรือ GeoJSON) แทน`,
      `${quoted(file)} is ${what.en}, not a table: pick the data file (CSV, Excel .xlsx, Parquet or GeoJSON) instead`,
    ),
  notFormat: (file: string, named: string) =>
    message(
      'not-the-named-format',
      `ไฟล์ ${quoted(file)} ตั้งชื่อเป็น ${named} แต่เนื้อในไม่ใช่ ${named} และไม่ใช่ข้อความ: เปิดไฟล์ต้นฉบับแล้วบันทึกเป็น .xlsx หรือ CSV UTF-8 อีกครั้ง`,
      `${quoted(file)} is named as ${named} but is neither ${named} nor text: open the original and save it as .xlsx or CSV UTF-8 again`,
    ),
  truncated: (file: string, format: string) =>
    message(
      'truncated',
      `ไฟล์ ${format} ${quoted(file)} ไม่ครบ ส่วนท้ายของไฟล์หายไป (ดาวน์โหลดหรือคัดลอกไม่เสร็จ): ดาวน์โหลดหรือคัดลอกไฟล์ใหม่`,
      `${quoted(file)} is an incomplete ${format} file, cut short (an unfinished download or copy): download or copy it again`,
    ),
  zipNotWorkbook: (file: string, names: readonly string[]) =>
    message(
      'zip-not-workbook',
      `ไฟล์ ${quoted(file)} เป็นไฟล์ ZIP ที่ไม่ใช่ Excel (ข้างในมี ${names.map(quoted).join(', ') || 'ไม่มีไฟล์'}): แตกไฟล์ ZIP แล้วเลือกไฟล์ข้อมูลที่อยู่ข้างใน`,
      `${quoted(file)} is a ZIP archive, not an Excel workbook (it holds ${names.map(quoted).join(', ') || 'nothing'}): unzip it and pick the data file inside`,
    ),
  formatMismatch: (file: string, named: string, actual: string) =>
    message(
      'format-mismatch',
      `ไฟล์ ${quoted(file)} ตั้งชื่อเป็น ${named} แต่เนื้อในเป็น ${actual}: อ่านแบบ ${actual}`,
      `${quoted(file)} is named as ${named} but holds ${actual}: read as ${actual}`,
    ),
  unknownEncoding: (file: string, at: ImportText) =>
    message(
      'unknown-encoding',
      `อ่านตัวอักษรในไฟล์ ${quoted(file)} ไม่ได้ (${at.th}): บันทึกไฟล์ใหม่เป็น CSV UTF-8`,
      `${quoted(file)} is in an unknown text encoding (${at.en}): save it again as CSV UTF-8`,
    ),
  thaiLegacyEncoding: (file: string) =>
    message(
      'encoding-windows-874',
      `ไฟล์ ${quoted(file)} ใช้รหัสอักษรไทยแบบเก่า (TIS-620/Windows-874): แปลงให้แล้ว`,
      `${quoted(file)} uses the old Thai encoding (TIS-620/Windows-874): converted`,
    ),
  quoteError: (file: string, at: ImportText) =>
    message(
      'quote-error',
      `ไฟล์ ${quoted(file)} ${at.th}: เครื่องหมายคำพูด (") เปิดแล้วไม่ปิดหรือวางผิดที่: แก้ในโปรแกรมแก้ข้อความแล้วลองใหม่`,
      `${quoted(file)}, ${at.en}: a quote mark (") is not closed or is misplaced: fix it in a text editor and try again`,
    ),
  unreadableXlsx: (file: string, detail: string) =>
    message(
      'unreadable-xlsx',
      `เปิดไฟล์ Excel ${quoted(file)} ไม่ได้ (${detail}): เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง`,
      `${quoted(file)} is not a readable Excel workbook (${detail}): open it in Excel and save it as .xlsx again`,
    ),
  noSheet: (file: string, sheet: string | null) =>
    message(
      'no-sheet',
      sheet === null
        ? `ไฟล์ ${quoted(file)} ไม่มีแผ่นงานที่มีข้อมูล: ตรวจว่าข้อมูลอยู่ในแผ่นงานแรก`
        : `ไฟล์ ${quoted(file)} ไม่มีแผ่นงานชื่อ ${quoted(sheet)}: เลือกแผ่นงานอื่น`,
      sheet === null
        ? `${quoted(file)} has no worksheet with data: check that the data is in a worksheet`
        : `${quoted(file)} has no worksheet named ${quoted(sheet)}: pick another worksheet`,
    ),
  otherSheets: (file: string, used: string, others: readonly string[]) =>
    message(
      'other-sheets',
      `ไฟล์ ${quoted(file)}: อ่านเฉพาะแผ่นงาน ${quoted(used)}; แผ่นงานอื่นที่มีข้อมูล: ${others.map(quoted).join(', ')}`,
      `${quoted(file)}: read worksheet ${quoted(used)} only; other worksheets with data: ${others.map(quoted).join(', ')}`,
    ),
  parquetUnavailable: (file: string) =>
    message(
      'parquet-unavailable',
      `ยังอ่านไฟล์ Parquet ${quoted(file)} ไม่ได้ในขณะนี้: รอให้ข้อมูลโหลดเสร็จแล้วลองใหม่`,
      `${quoted(file)}: the Parquet reader is not ready: wait for the data to load and try again`,
    ),
  unreadableParquet: (file: string, detail: string) =>
    message(
      'unreadable-parquet',
      `อ่านไฟล์ Parquet ${quoted(file)} ไม่ได้ (${detail}): ส่งออกไฟล์ใหม่หรือใช้ CSV`,
      `${quoted(file)} is not a readable Parquet file (${detail}): export it again or use CSV`,
    ),
  unreadableJson: (file: string, at: ImportText) =>
    message(
      'unreadable-json',
      `ไฟล์ ${quoted(file)} ไม่ใช่ JSON ที่ถูกต้อง (${at.th}): ตรวจวงเล็บและเครื่องหมายจุลภาคตรงนั้น`,
      `${quoted(file)} is not valid JSON (${at.en}): check the brackets and commas there`,
    ),
  notGeojson: (file: string) =>
    message(
      'not-geojson',
      `ไฟล์ ${quoted(file)} ไม่ใช่ GeoJSON FeatureCollection หรือรายการข้อมูล: ส่งออกเป็น GeoJSON อีกครั้ง`,
      `${quoted(file)} is neither a GeoJSON FeatureCollection nor a list of records: export it as GeoJSON again`,
    ),
  topojson: (file: string) =>
    message(
      'topojson',
      `ไฟล์ ${quoted(file)} เป็น TopoJSON: แปลงเป็น GeoJSON ก่อน (เช่น mapshaper -o format=geojson)`,
      `${quoted(file)} is TopoJSON: convert it to GeoJSON first (e.g. mapshaper -o format=geojson)`,
    ),
  nanInJson: (file: string) =>
    message(
      'nan-in-json',
      `ไฟล์ ${quoted(file)} มีค่า NaN/Infinity ซึ่ง JSON ไม่รองรับ: ถือเป็นค่าว่าง`,
      `${quoted(file)} contains NaN/Infinity, which JSON does not allow: read as missing`,
    ),
  invalidGeometry: (file: string, at: ImportText, problem: ImportText) =>
    message(
      'invalid-geometry',
      `ไฟล์ ${quoted(file)} มีรูปทรงที่ผิดรูป (${at.th}) เช่น ${problem.th}; ใช้ขอบเขตจังหวัดของแอปแทน`,
      `${quoted(file)} has malformed shapes (${at.en}), e.g. ${problem.en}; the app's own province boundaries are used instead`,
    ),
  rowsAboveHeader: (file: string, header: ImportText) =>
    message(
      'rows-above-header',
      `ไฟล์ ${quoted(file)}: ข้ามชื่อเรื่องเหนือหัวตาราง (หัวตารางอยู่ที่${header.th})`,
      `${quoted(file)}: skipped the title above the header (the header is on ${header.en})`,
    ),
  noKeyColumn: (file: string, headers: readonly string[]) =>
    message(
      'no-key-column',
      `ไฟล์ ${quoted(file)} ไม่มีคอลัมน์จังหวัดหรือพิกัด (คอลัมน์ที่พบ: ${headers.map(quoted).join(', ')}): เพิ่มคอลัมน์ "จังหวัด" (ชื่อหรือรหัสจังหวัด) หรือคอลัมน์ "lat" และ "lon"`,
      `${quoted(file)} has no province or coordinate column (found: ${headers.map(quoted).join(', ')}): add a "province" column (name or code) or "lat" and "lon" columns`,
    ),
  nothingMatched: (file: string, first: ImportText, reason: ImportText) =>
    message(
      'nothing-matched',
      `ไม่มีแถวใดในไฟล์ ${quoted(file)} ใช้ได้ (แรกสุด: ${first.th}, ${reason.th}): แก้ค่าตามรายการแล้วลองใหม่`,
      `No row of ${quoted(file)} can be used (first: ${first.en}, ${reason.en}): fix the values listed and try again`,
    ),
  swappedColumns: (file: string, lon: string, lat: string) =>
    message(
      'columns-swapped',
      `ไฟล์ ${quoted(file)}: คอลัมน์ ${quoted(lon)} และ ${quoted(lat)} สลับกัน (ลองจิจูด/ละติจูด): สลับกลับให้แล้ว`,
      `${quoted(file)}: columns ${quoted(lon)} and ${quoted(lat)} hold latitude and longitude the wrong way round: swapped back`,
    ),
  fallbackColumn: (file: string, used: string, others: readonly string[], n: number) =>
    message(
      'fallback-column',
      `ไฟล์ ${quoted(file)}: ${count(n)} แถวที่คอลัมน์ ${quoted(used)} ไม่ตรงกับจังหวัด ใช้คอลัมน์ ${others.map(quoted).join(', ')} แทน`,
      `${quoted(file)}: ${count(n)} row(s) whose ${quoted(used)} matched no province were matched by ${others.map(quoted).join(', ')}`,
    ),
  columnsDisagree: (file: string, a: string, b: string, at: ImportText) =>
    message(
      'columns-disagree',
      `ไฟล์ ${quoted(file)}: คอลัมน์ ${quoted(a)} และ ${quoted(b)} ระบุจังหวัดต่างกันที่${at.th}; ใช้ ${quoted(a)}`,
      `${quoted(file)}: columns ${quoted(a)} and ${quoted(b)} name different provinces on ${at.en}; ${quoted(a)} is used`,
    ),
  duplicateRows: (file: string, at: ImportText) =>
    message(
      'duplicate-rows',
      `ไฟล์ ${quoted(file)} มีแถวซ้ำ (${at.th}): ตรวจว่าไม่ได้นับซ้ำ`,
      `${quoted(file)} has repeated rows (${at.en}): check that nothing is counted twice`,
    ),
  duplicateProvince: (file: string, province: ImportText, at: ImportText) =>
    message(
      'duplicate-province',
      `ไฟล์ ${quoted(file)}: จังหวัด${province.th} มีหลายแถว (${at.th}); แผนที่จะรวมค่าของทุกแถว`,
      `${quoted(file)}: ${province.en} appears on more than one row (${at.en}); the map adds them up`,
    ),
  badCells: (file: string, column: string, type: ImportText, at: ImportText, value: string) =>
    message(
      'bad-cells',
      `ไฟล์ ${quoted(file)} คอลัมน์ ${quoted(column)}: ค่า ${quoted(value)} (${at.th}) ไม่ใช่${type.th}; ถือเป็นค่าว่าง`,
      `${quoted(file)}, column ${quoted(column)}: ${quoted(value)} (${at.en}) is not a ${type.en}; read as missing`,
    ),
  mixedEra: (file: string, column: string) =>
    message(
      'mixed-era',
      `ไฟล์ ${quoted(file)} คอลัมน์ ${quoted(column)} มีทั้งปี พ.ศ. และ ค.ศ.: ปีที่เกิน 2400 อ่านเป็น พ.ศ.`,
      `${quoted(file)}, column ${quoted(column)} mixes Buddhist-era and Common-era years: years above 2400 are read as BE`,
    ),
  twoDigitYears: (file: string, column: string) =>
    message(
      'two-digit-years',
      `ไฟล์ ${quoted(file)} คอลัมน์ ${quoted(column)} มีปีสองหลัก: 40–99 อ่านเป็น พ.ศ. 2540–2599, 00–39 อ่านเป็น ค.ศ. 2000–2039; ตรวจวันที่`,
      `${quoted(file)}, column ${quoted(column)} has two-digit years: 40–99 are read as BE 2540–2599, 00–39 as CE 2000–2039; check the dates`,
    ),
  timesDropped: (file: string, column: string) =>
    message(
      'times-dropped',
      `ไฟล์ ${quoted(file)} คอลัมน์ ${quoted(column)}: ใช้เฉพาะวันที่ ตัดเวลาออก`,
      `${quoted(file)}, column ${quoted(column)}: dates kept, times of day dropped`,
    ),
};

/** Types named in {@link msg.badCells}. */
export const TYPE_NAMES = {
  number: { th: 'ตัวเลข', en: 'number' },
  date: { th: 'วันที่', en: 'date' },
} as const;
