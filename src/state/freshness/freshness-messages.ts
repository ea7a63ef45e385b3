/** The freshness badge's own strings (see freshness-text.ts), in Thai and English. */
import { fillPlaceholders } from '../../i18n/fill';
import type { Lang } from '../../i18n/messages';

const FRESHNESS_MESSAGES = {
  asOfFuture: {
    th: 'วันที่ข้อมูล (asOf) {asOf} อยู่ในอนาคต',
    en: 'The data date (asOf) {asOf} is in the future',
  },
  asOfBeyondPeriod: {
    th: 'วันที่ข้อมูล (asOf) {asOf} เลยช่วงข้อมูล (สิ้นสุด {end})',
    en: "The data date (asOf) {asOf} is past the end of the data's period ({end})",
  },
  judgedFromPeriodEnd: {
    th: 'วัดความเป็นปัจจุบันจากวันสุดท้ายของช่วงข้อมูล {end} · แจ้งผู้ดูแลข้อมูลให้แก้ asOf',
    en: "Freshness is judged from the period's last day, {end}; ask the data owner to fix asOf",
  },
  judgedFromFile: {
    th: 'วัดความเป็นปัจจุบันจากข้อมูลล่าสุดในไฟล์ {newest} · แจ้งผู้ดูแลข้อมูลให้แก้ asOf',
    en: 'Freshness is judged from the newest data in the file, {newest}; ask the data owner to fix asOf',
  },
  fileOlderThanAsOf: {
    th: 'ข้อมูลล่าสุดในไฟล์ {newest} ไม่ตรงกับวันที่ระบุ (asOf) {asOf}',
    en: 'The newest data in the file is {newest}, not the stated asOf {asOf}',
  },
  judgedFromFileDate: {
    th: 'วัดความเป็นปัจจุบันจากวันที่ในไฟล์ · แจ้งผู้ดูแลข้อมูลให้ส่งไฟล์ล่าสุดหรือแก้ asOf',
    en: "Freshness is judged from the file's own date; ask the data owner for the latest file or to fix asOf",
  },
  noDateToJudge: {
    th: 'ไม่มีวันที่ที่เชื่อถือได้ให้วัดความเป็นปัจจุบัน · แจ้งผู้ดูแลข้อมูลให้แก้ asOf และ period',
    en: 'No believable date to judge freshness from; ask the data owner to fix asOf and period',
  },
  updateFailedBecause: {
    th: 'สาเหตุ: {reason}',
    en: 'Why: {reason}',
  },
  asOfWrongTitle: { th: 'วันที่ข้อมูลไม่ถูกต้อง', en: 'Data date is wrong' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the freshness strings. */
export type FreshnessMessageKey = keyof typeof FRESHNESS_MESSAGES;

/** The freshness string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function freshnessText(
  lang: Lang,
  key: FreshnessMessageKey,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(FRESHNESS_MESSAGES[key][lang], values);
}
