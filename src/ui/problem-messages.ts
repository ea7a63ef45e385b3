import { fillPlaceholders } from '../i18n/fill';
import type { Lang } from '../i18n/messages';

/**
 * Sentences for load and query problems, in Thai and English: what went wrong, with which
 * dataset or file, and what to do. The raw error stays in a details fold (ErrorDetails.tsx).
 */
const PROBLEM_MESSAGES = {
  datasetFailed: {
    th: 'ชุดข้อมูล {dataset} ยังไม่มีข้อมูล: ไฟล์ {file} โหลดไม่สำเร็จ — ตรวจสอบหรือส่งไฟล์ใหม่ ระบบจะลองโหลดอีกครั้งเอง',
    en: 'Dataset {dataset} has no data yet: file {file} failed to load. Check or resend the file; it will be tried again automatically.',
  },
  datasetNotYet: {
    th: 'ชุดข้อมูล {dataset} ยังไม่มีข้อมูล: ไฟล์ {file} ยังโหลดไม่เสร็จ — รอสักครู่หรือโหลดหน้าใหม่',
    en: 'Dataset {dataset} has no data yet: file {file} has not loaded yet. Wait a moment or reload the page.',
  },
  tableMissing: {
    th: 'ชุดข้อมูล {dataset} ยังไม่มีข้อมูล: ไฟล์ของชุดข้อมูลนี้โหลดไม่สำเร็จ — ตรวจสอบไฟล์ ระบบจะลองโหลดอีกครั้งเอง',
    en: 'Dataset {dataset} has no data yet: its file failed to load. Check the file; it will be tried again automatically.',
  },
  fileDamaged: {
    th: 'ไฟล์ {file} เสียหายหรืออ่านไม่ได้ จึงไม่ถูกโหลด — ส่งไฟล์ใหม่ ชุดข้อมูลอื่นยังแสดงตามปกติ',
    en: 'File {file} is damaged or unreadable and was not loaded. Send the file again; the other datasets are shown as usual.',
  },
  fileTooSlow: {
    th: 'ไฟล์ {file} มาถึงช้าเกินไป ({detail}) จึงยกเลิกการโหลดครั้งนี้ — ยังแสดงข้อมูลชุดเดิม ตรวจสอบเครือข่ายหรือเครื่องแม่ข่าย ระบบจะลองอีกครั้งเอง',
    en: 'File {file} arrived too slowly ({detail}), so this load was given up. The last good data is still shown; check the network or the server. It will be tried again automatically.',
  },
  fileTooLarge: {
    th: 'ไฟล์ {file} ขยายแล้วใหญ่เกินขีดจำกัด จึงไม่ถูกโหลด — ตรวจสอบไฟล์ หรือระบุจำนวนแถว (rows) ใน manifest',
    en: 'File {file} would expand past its size limit and was not loaded. Check the file, or state its rows in the manifest.',
  },
  fileStoppedDatabase: {
    th: 'ไฟล์ {file} ทำให้ฐานข้อมูลหยุดทำงาน จึงไม่โหลดซ้ำจนกว่าไฟล์จะเปลี่ยน — ตรวจสอบไฟล์แล้วเผยแพร่ใหม่',
    en: 'File {file} stopped the database, so it is not loaded again until it changes. Check the file and publish it again.',
  },
  fileFailed: {
    th: 'ไฟล์ {file} โหลดไม่สำเร็จ — ตรวจสอบไฟล์ ระบบจะลองโหลดอีกครั้งเอง',
    en: 'File {file} failed to load. Check the file; it will be tried again automatically.',
  },
  viewFailed: {
    th: 'คำนวณ "{view}" ไม่สำเร็จ — ลองโหลดหน้าใหม่ หากยังเกิดซ้ำให้แจ้งผู้ดูแลระบบ',
    en: 'Could not compute "{view}". Reload the page; if it happens again, tell the system administrator.',
  },
  databaseFailed: {
    th: 'ฐานข้อมูลตอบกลับด้วยข้อผิดพลาด — ลองโหลดหน้าใหม่ หากยังเกิดซ้ำให้แจ้งผู้ดูแลระบบ',
    en: 'The database answered with an error. Reload the page; if it happens again, tell the system administrator.',
  },
  details: { th: 'รายละเอียด', en: 'Details' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the problem sentences. */
export type ProblemMessageKey = keyof typeof PROBLEM_MESSAGES;

/** The sentence for `key` in `lang`, its `{name}` placeholders filled from `values`. */
export function pt(
  lang: Lang,
  key: ProblemMessageKey,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(PROBLEM_MESSAGES[key][lang], values);
}
