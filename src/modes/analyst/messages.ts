import type { Lang } from '../../i18n/messages';
import { fillPlaceholders } from '../../i18n/fill';

/** The analyst panel's UI strings, in Thai and English (the shape of src/i18n/messages.ts). */
const ANALYST_MESSAGES = {
  panelLabel: { th: 'เครื่องมือนักวิเคราะห์', en: 'Analyst tools' },
  filtersTitle: { th: 'ตัวกรอง', en: 'Filters' },
  clearFilters: { th: 'ล้างตัวกรองทั้งหมด', en: 'Clear all filters' },
  provincesLabel: { th: 'จังหวัด', en: 'Provinces' },
  provinceSearch: {
    th: 'ค้นหาจังหวัด (ชื่อไทย/อังกฤษ หรือรหัส)',
    en: 'Find a province (Thai/English name or code)',
  },
  provinceAdd: { th: 'เพิ่ม', en: 'Add' },
  provinceRemove: { th: 'นำออก', en: 'Remove' },
  provinceNone: { th: 'ไม่พบจังหวัด', en: 'No province found' },
  allProvinces: { th: 'ทุกจังหวัด', en: 'All provinces' },
  dateTitle: { th: 'ช่วงวันที่ (พ.ศ.)', en: 'Date range (Buddhist era)' },
  dateFrom: { th: 'ตั้งแต่', en: 'From' },
  dateTo: { th: 'ถึง', en: 'To' },
  dateHint: {
    th: 'เช่น 2564, มี.ค. 2564, 1/3/2564, 1 มี.ค. 2564',
    en: 'e.g. 2564, Mar 2564, 1/3/2564, 2021-03-01',
  },
  dateApply: { th: 'ใช้ช่วงวันที่', en: 'Apply dates' },
  dateError_empty: { th: 'กรุณาพิมพ์วันที่', en: 'Type a date' },
  dateError_format: {
    th: 'อ่านวันที่ไม่ได้: พิมพ์เช่น 1/3/2564 หรือ 1 มี.ค. 2564',
    en: 'Not a date: type e.g. 1/3/2564 or 1 Mar 2021',
  },
  dateError_day: { th: 'ไม่มีวันนี้ในเดือนนั้น', en: 'That month has no such day' },
  dateError_year: { th: 'ปีต้องอยู่ระหว่าง พ.ศ. 2443–2942', en: 'The year is out of range' },
  causesLabel: { th: 'สาเหตุ (อุบัติเหตุ)', en: 'Cause (road safety)' },
  vehiclesLabel: { th: 'ยานพาหนะ (อุบัติเหตุ)', en: 'Vehicle (road safety)' },
  causeOrVehicle: {
    th: 'กรองตามสาเหตุหรือยานพาหนะได้ทีละอย่าง; ช่องหกเหลี่ยมและ 7 วันอันตรายไม่แยกตามสาเหตุ',
    en: 'Filter by cause or by vehicle, one at a time; hexagon cells and festival days are not split by them',
  },
  categoriesLabel: { th: 'ประเภทเรื่องร้องเรียน', en: 'Complaint category' },
  statusesLabel: { th: 'สถานะเรื่องร้องเรียน', en: 'Complaint status' },
  dimensionLabel: { th: 'มิติความยากจน (TPMAP)', en: 'Poverty dimension (TPMAP)' },
  thresholdsTitle: { th: 'เกณฑ์ค่า (ต่อชั้นข้อมูล)', en: 'Value thresholds (per layer)' },
  thresholdHint: {
    th: 'จังหวัดที่ไม่ผ่านเกณฑ์แสดงเป็นไม่มีข้อมูล และไม่อยู่ในอันดับ',
    en: 'Provinces outside the threshold show as no data and leave the rankings',
  },
  thresholdValue: { th: 'ค่า', en: 'Value' },
  thresholdSet: { th: 'ใช้เกณฑ์', en: 'Apply' },
  thresholdClear: { th: 'ล้าง', en: 'Clear' },
  thresholdNone: { th: 'เปิดชั้นข้อมูลก่อนเพื่อตั้งเกณฑ์', en: 'Show a layer to set its threshold' },
  op_lt: { th: 'น้อยกว่า', en: 'less than' },
  op_le: { th: 'ไม่เกิน', en: 'at most' },
  op_gt: { th: 'มากกว่า', en: 'more than' },
  op_ge: { th: 'อย่างน้อย', en: 'at least' },
  m_dose1_pct: { th: 'เข็มที่ 1 (%)', en: 'Dose 1 (%)' },
  m_dose2_pct: { th: 'เข็มที่ 2 (%)', en: 'Dose 2 (%)' },
  m_dose3_pct: { th: 'เข็มที่ 3 (%)', en: 'Dose 3 (%)' },
  m_target_people: { th: 'คนจนเป้าหมาย (คน)', en: 'Target people' },
  m_target_households: { th: 'ครัวเรือนเป้าหมาย', en: 'Target households' },
  m_crashes: { th: 'จำนวนอุบัติเหตุ', en: 'Crashes' },
  m_deaths: { th: 'ผู้เสียชีวิต', en: 'Deaths' },
  m_injuries: { th: 'ผู้บาดเจ็บ', en: 'Injuries' },
  m_received: { th: 'เรื่องที่รับ', en: 'Cases received' },
  m_open: { th: 'เรื่องค้าง', en: 'Open cases' },
  m_overdue: { th: 'เรื่องเกินกำหนด', en: 'Overdue cases' },
  m_households: { th: 'ครัวเรือน', en: 'Households' },
  m_members: { th: 'สมาชิกครัวเรือน', en: 'Household members' },
  viewsTitle: { th: 'มุมมองที่บันทึกไว้', en: 'Saved views' },
  viewName: { th: 'ชื่อมุมมอง', en: 'View name' },
  viewSave: { th: 'บันทึกมุมมองนี้', en: 'Save this view' },
  viewOpen: { th: 'เปิด', en: 'Open' },
  viewRename: { th: 'เปลี่ยนชื่อ', en: 'Rename' },
  viewDelete: { th: 'ลบ', en: 'Delete' },
  viewNone: { th: 'ยังไม่มีมุมมองที่บันทึก', en: 'No saved views yet' },
  viewExport: { th: 'ส่งออกเป็นไฟล์ JSON', en: 'Export as JSON' },
  viewImport: { th: 'นำเข้าไฟล์ JSON', en: 'Import JSON' },
  viewNameTaken: { th: 'มีมุมมองชื่อนี้แล้ว', en: 'A view has that name already' },
  viewNameBad: { th: 'ชื่อต้องมี 1–100 ตัวอักษร', en: 'A name has 1 to 100 characters' },
  viewImported: { th: 'นำเข้า {count} มุมมองจาก {file}', en: 'Imported {count} views from {file}' },
  viewFileTooBig: {
    th: '{file}: ไฟล์ใหญ่เกินไป (เกิน 1 MB) ไม่ใช่รายการมุมมอง',
    en: '{file}: too large (over 1 MB) for a view list',
  },
  viewNotStored: {
    th: 'เบราว์เซอร์ไม่ยอมบันทึกมุมมอง (พื้นที่เต็มหรือโหมดส่วนตัว): มุมมองที่มีเครื่องหมายจะหายเมื่อโหลดหน้าใหม่ ดาวน์โหลดเป็นไฟล์ JSON ไว้ แล้วนำเข้าภายหลัง',
    en: 'The browser refused to store the views (storage full or private mode): marked views are lost on reload; download them as JSON and import the file later',
  },
  viewUnsaved: { th: 'ยังไม่ได้บันทึกในเบราว์เซอร์นี้', en: 'not saved in this browser' },
  viewDownloadUnsaved: { th: 'ดาวน์โหลดมุมมองเป็น JSON', en: 'Download the views as JSON' },
  viewListFull: {
    th: 'บันทึกได้ไม่เกิน {max} มุมมอง: ลบมุมมองที่ไม่ใช้ก่อน',
    en: 'At most {max} views are kept: delete one you no longer use first',
  },
  viewImportLeftOut: {
    th: '{file}: ไม่ได้นำเข้า {count} มุมมอง เพราะเก็บได้ไม่เกิน {max} มุมมอง',
    en: '{file}: {count} views not imported: at most {max} views are kept',
  },
  viewImporting: { th: 'กำลังอ่าน {file} …', en: 'Reading {file} …' },
  toolsLabel: { th: 'เครื่องมือข้อมูล', en: 'Data tools' },
  mapKeysLabel: { th: 'คำอธิบายสัญลักษณ์แผนที่', en: 'Map legends' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the analyst string table. */
export type AnalystMessageKey = keyof typeof ANALYST_MESSAGES;

/** The analyst string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function at(
  lang: Lang,
  key: AnalystMessageKey,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(ANALYST_MESSAGES[key][lang], values);
}
