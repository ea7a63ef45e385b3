/**
 * The instructions sheet of a province report template: Thai first, English below, one line a
 * row. Staff in a provincial office read it once before filling in the report sheet.
 */
import type { LocalText } from '../../manifest/manifest-types';
import type { ReportColumn, ReportSpec } from './template-spec';

/** Sheet names (Excel: at most 31 characters). */
export const REPORT_SHEET = 'รายงาน';
export const INSTRUCTIONS_SHEET = 'คำแนะนำ';

/** The header of the reply-date column (both languages, its name in brackets). */
export const REPLY_DATE_TITLE: LocalText = { th: 'วันที่ตอบ', en: 'Reply date' };

const THAI_MONTHS = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

/** "5 เม.ย. 2569" for 2026-04-05: the way a Thai office writes a deadline (Buddhist era). */
export function thaiDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(day)} ${THAI_MONTHS[(month ?? 1) - 1] ?? ''} ${String((year ?? 0) + 543)}`;
}

function kindText(column: ReportColumn): LocalText {
  if (column.kind === 'count') {
    return { th: 'จำนวนเต็ม ไม่ติดลบ', en: 'a whole number, 0 or more' };
  }
  if (column.kind === 'number') return { th: 'ตัวเลข ไม่ติดลบ', en: 'a number, 0 or more' };
  const options = (column.options ?? []).join(', ');
  return { th: `เลือกจากรายการ: ${options}`, en: `one of: ${options}` };
}

/** The lines of the instructions sheet: [text, is a heading]. */
export function instructionLines(spec: ReportSpec): (readonly [string, boolean])[] {
  const deadlineTh = spec.deadline === null ? 'ตามที่ศูนย์แจ้ง' : thaiDate(spec.deadline);
  const deadlineEn = spec.deadline === null ? 'as the centre asks' : spec.deadline;
  const columnsTh = spec.columns.map((c) => `• ${c.title.th} (${c.name}): ${kindText(c).th}`);
  const columnsEn = spec.columns.map((c) => `• ${c.title.en} (${c.name}): ${kindText(c).en}`);
  return [
    [`แบบรายงาน: ${spec.title.th}`, true],
    [`งวด: ${spec.period} · จังหวัด: ${spec.groupTitle.th} · กำหนดส่ง: ${deadlineTh}`, false],
    [`หน่วย: ${spec.unit.th}`, false],
    ['วิธีกรอก', true],
    [`1. เปิดแผ่นงาน "${REPORT_SHEET}" แล้วกรอกเฉพาะแถวของจังหวัดของท่าน`, false],
    [
      '2. ห้ามแก้ไขช่องสีเทา (รหัสจังหวัดและชื่อจังหวัด) ห้ามเพิ่ม ลบ หรือย้ายแถว และห้ามเปลี่ยนหัวคอลัมน์ ระบบใช้ช่องเหล่านี้จับคู่คำตอบกับจังหวัด',
      false,
    ],
    ['3. กรอกตัวเลขโดยไม่ใส่หน่วยหรือเครื่องหมายจุลภาค ช่องที่ไม่มีข้อมูลให้เว้นว่าง (อย่าใส่ 0 แทน)', false],
    [`4. ใส่วันที่ตอบในคอลัมน์ "${REPLY_DATE_TITLE.th}" (วัน/เดือน/ปี)`, false],
    [
      '5. บันทึกเป็นไฟล์ Excel (.xlsx) ชื่อไฟล์มีชื่อจังหวัด แล้วส่งกลับภายในกำหนด อย่าบันทึกเป็น .csv หรือ .xls',
      false,
    ],
    ['คอลัมน์ที่ต้องกรอก', true],
    ...columnsTh.map((t) => [t, false] as const),
    ['', false],
    [`Report: ${spec.title.en}`, true],
    [`Period: ${spec.period} · Provinces: ${spec.groupTitle.en} · Deadline: ${deadlineEn}`, false],
    [`Unit: ${spec.unit.en}`, false],
    ['How to fill it in', true],
    [`1. Open the sheet "${REPORT_SHEET}" and fill in your province's row only.`, false],
    [
      '2. Do not change the grey cells (province code and name), do not add, delete or move rows and do not change the headers: they match each answer to its province.',
      false,
    ],
    [
      '3. Type numbers without units or thousands separators; leave a cell empty when there is no figure (not 0).',
      false,
    ],
    [
      `4. Put the date of your reply in the column "${REPLY_DATE_TITLE.th}" (${REPLY_DATE_TITLE.en}).`,
      false,
    ],
    [
      '5. Save as an Excel workbook (.xlsx) with your province in the file name and send it back by the deadline; not .csv or .xls.',
      false,
    ],
    ['Columns to fill in', true],
    ...columnsEn.map((t) => [t, false] as const),
  ];
}
