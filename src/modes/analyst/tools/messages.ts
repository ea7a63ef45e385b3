/** The data tools' UI strings, Thai first (kept here: src/i18n/messages.ts is not ours to edit). */
import type { Lang } from '../../../i18n/messages';

const TOOL_MESSAGES = {
  panelTitle: { th: 'เครื่องมือข้อมูล', en: 'Data tools' },
  filesTitle: { th: 'ไฟล์ของคุณ', en: 'Your files' },
  dropHint: {
    th: 'ลากไฟล์มาวางที่นี่ หรือเลือกไฟล์ (CSV/TSV, Excel .xlsx, Parquet, GeoJSON) ไม่เกิน {limit}',
    en: 'Drop a file here or pick one (CSV/TSV, Excel .xlsx, Parquet, GeoJSON), up to {limit}',
  },
  pickFile: { th: 'เลือกไฟล์', en: 'Pick a file' },
  reading: { th: 'กำลังอ่าน {file} …', en: 'Reading {file} …' },
  progressRead: {
    th: 'กำลังอ่านไฟล์ {file}: {done} จาก {total} MB',
    en: 'Reading {file}: {done} of {total} MB',
  },
  progressParse: {
    th: 'กำลังแยกแถวของ {file}: {percent}%',
    en: 'Splitting {file} into rows: {percent}%',
  },
  progressCheck: {
    th: 'กำลังตรวจและอ่านข้อมูลใน {file} …',
    en: 'Checking and reading {file} …',
  },
  progressTable: { th: 'กำลังเตรียมตารางของ {file} …', en: 'Preparing the table of {file} …' },
  cancelImport: { th: 'ยกเลิกการนำเข้า', en: 'Cancel import' },
  importCancelled: {
    th: 'ยกเลิกการนำเข้าแล้ว · import cancelled',
    en: 'ยกเลิกการนำเข้าแล้ว · import cancelled',
  },
  importFailed: { th: 'ใช้ไฟล์นี้ไม่ได้', en: 'This file cannot be used' },
  keptAsBefore: {
    th: 'ชั้นข้อมูลที่โหลดไว้ก่อนหน้ายังอยู่ครบ',
    en: 'Everything loaded before stays as it was.',
  },
  summaryRows: {
    th: 'ใช้ได้ {rows} จาก {read} แถว',
    en: '{rows} of {read} rows matched',
  },
  summaryEncoding: { th: 'การเข้ารหัส', en: 'Encoding' },
  summarySheet: { th: 'ชีต', en: 'Sheet' },
  summaryFormat: { th: 'รูปแบบ', en: 'Format' },
  unmatchedTitle: { th: 'แถวที่จับคู่ไม่ได้ ({count})', en: 'Rows not matched ({count})' },
  unmatchedMore: { th: 'และอีก {count} แถว', en: 'and {count} more' },
  warningsTitle: { th: 'ข้อสังเกต', en: 'Warnings' },
  yourFile: { th: 'ไฟล์ของผู้ใช้ · your file', en: 'ไฟล์ของผู้ใช้ · your file' },
  consoleSource: { th: 'ผลคำสั่ง SQL · SQL result', en: 'ผลคำสั่ง SQL · SQL result' },
  layerProvince: { th: 'แผนที่ระบายสีรายจังหวัด', en: 'Province choropleth' },
  layerPoints: { th: 'จุด {count} จุด', en: '{count} points' },
  layerColumn: { th: 'คอลัมน์', en: 'Column' },
  layerRemove: { th: 'ลบชั้นข้อมูล', en: 'Remove layer' },
  layerShow: { th: 'แสดง', en: 'Show' },
  layerNoNumbers: {
    th: 'ไม่มีคอลัมน์ตัวเลข: แสดงจำนวนแถวต่อจังหวัด',
    en: 'No numeric column: showing rows per province',
  },
  rowsPerProvince: { th: 'จำนวนแถว', en: 'Rows' },
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  tableInDuckdb: { th: 'ตาราง SQL: {name}', en: 'SQL table: {name}' },
  tableLoading: { th: 'กำลังโหลดเข้า DuckDB …', en: 'Loading into DuckDB …' },
  tableFailed: { th: 'โหลดเข้า DuckDB ไม่สำเร็จ: {reason}', en: 'Not loaded into DuckDB: {reason}' },
  tableTitle: { th: 'ตาราง', en: 'Table' },
  tableSource: { th: 'แสดง', en: 'Show' },
  paneResize: {
    th: 'ปรับความสูงของตาราง (ลากหรือกดลูกศรขึ้น/ลง)',
    en: 'Resize the table (drag, or press the up/down arrows)',
  },
  paneHide: { th: 'ซ่อนตาราง', en: 'Hide the table' },
  paneShow: { th: 'แสดงตาราง', en: 'Show the table' },
  sourceView: { th: 'มุมมองปัจจุบัน: {title} รายจังหวัด', en: 'Current view: {title} by province' },
  sourceConsole: { th: 'ผลคำสั่ง SQL', en: 'SQL result' },
  sourceLayer: { th: 'ไฟล์: {name}', en: 'File: {name}' },
  tableEmpty: { th: 'ยังไม่มีข้อมูลให้แสดง', en: 'Nothing to show yet' },
  tableRows: { th: '{count} แถว', en: '{count} rows' },
  tableTruncated: {
    th: 'แสดงเฉพาะ {count} แถวแรก',
    en: 'Only the first {count} rows are shown',
  },
  sortBy: { th: 'เรียงตาม {column}', en: 'Sort by {column}' },
  exportCsv: { th: 'ส่งออก CSV', en: 'Export CSV' },
  exportXlsx: { th: 'ส่งออก Excel', en: 'Export Excel' },
  exportParquet: { th: 'ส่งออก Parquet', en: 'Export Parquet' },
  exportFailed: { th: 'ส่งออกไม่สำเร็จ: {reason}', en: 'Export failed: {reason}' },
  demoData: { th: 'ข้อมูลสาธิต · Demo data', en: 'ข้อมูลสาธิต · Demo data' },
  consoleTitle: { th: 'คอนโซล SQL (อ่านอย่างเดียว)', en: 'SQL console (read-only)' },
  consoleLabel: { th: 'คำสั่ง SELECT', en: 'SELECT query' },
  consoleRun: { th: 'รัน (Ctrl+Enter)', en: 'Run (Ctrl+Enter)' },
  consoleRunning: { th: 'กำลังรัน …', en: 'Running …' },
  consoleCancel: { th: 'ยกเลิก', en: 'Cancel' },
  consoleTimeLimit: {
    th: 'คำสั่งที่รันนานเกิน {seconds} วินาทีจะถูกหยุดเอง กด “ยกเลิก” เพื่อหยุดก่อนได้',
    en: 'A query running longer than {seconds} s is stopped; Cancel stops it sooner.',
  },
  consoleTables: { th: 'ตารางที่ใช้ได้: {tables}', en: 'Tables: {tables}' },
  consoleNoEngine: {
    th: 'ฐานข้อมูลยังไม่พร้อม ลองอีกครั้งเมื่อโหลดข้อมูลเสร็จ',
    en: 'The database is not ready yet; try again once the data has loaded.',
  },
  consoleDone: { th: 'ได้ {count} แถว', en: '{count} rows' },
  consoleToLayer: { th: 'ทำเป็นชั้นข้อมูล', en: 'Turn into a layer' },
  consoleNoKey: {
    th: 'ทำเป็นชั้นข้อมูลได้เมื่อผลมีคอลัมน์ province_code หรือ lon และ lat',
    en: 'A result becomes a layer when it has a province_code column, or lon and lat',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the data tools' strings. */
export type ToolMessageKey = keyof typeof TOOL_MESSAGES;

/** The string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function tt(
  lang: Lang,
  key: ToolMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return TOOL_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
