/** The data-quality strings, in Thai and English (the shape of src/i18n/messages.ts). */
import { fillPlaceholders } from '../../i18n/fill';
import type { Lang } from '../../i18n/messages';

const QUALITY_MESSAGES = {
  qualityNote: { th: 'คุณภาพข้อมูล: {details}', en: 'Data quality: {details}' },
  rowsLeftOut: { th: 'ตัด {count} แถว ({reasons})', en: '{count} rows left out ({reasons})' },
  unknownProvince: { th: 'รหัสจังหวัดไม่รู้จัก {count}', en: 'unknown province code {count}' },
  duplicate: { th: 'ซ้ำ {count}', en: 'duplicate {count}' },
  negative: { th: 'ค่าติดลบ {count}', en: 'negative {count}' },
  duplicatesCounted: {
    th: 'แถวซ้ำ {count} แถว (ยังนับรวม)',
    en: '{count} duplicate rows (still counted)',
  },
  provincesAnomalous: {
    th: '{count} จังหวัดข้อมูลผิดปกติ (ไม่นับรวม)',
    en: 'provinces with impossible values (not counted): {count}',
  },
  provincesOverHundred: { th: '{count} จังหวัดเกิน 100 %', en: 'provinces over 100 %: {count}' },
  anomalous: { th: 'ข้อมูลผิดปกติ', en: 'Impossible value' },
  anomalyAdvice: {
    th: 'ไม่นับรวมในตัวเลขระดับประเทศและภาค ตรวจสอบแฟ้มต้นทาง',
    en: 'left out of the national and regional figures; check the source file',
  },
  anomaly_conflicting_duplicates: {
    th: 'มีหลายแถวของสัปดาห์เดียวกันที่ค่าไม่ตรงกัน',
    en: 'Several rows for the same week disagree',
  },
  anomaly_negative: { th: 'จำนวนติดลบ', en: 'A negative count' },
  anomaly_no_population: { th: 'ประชากรเป็น 0 หรือไม่มีค่า', en: 'Population is 0 or missing' },
  anomaly_missing_value: { th: 'จำนวนผู้ได้รับวัคซีนไม่มีค่า', en: 'A dose count is missing' },
  anomaly_implausible: {
    th: 'ฉีดเกิน {ceiling} % ของประชากร',
    en: 'Doses above {ceiling} % of the population',
  },
  overHundredCaveat: {
    th: 'เกิน 100 %: นับวัคซีนตามสถานที่ฉีด แต่นับประชากรตามทะเบียนบ้าน',
    en: 'Over 100 %: doses are counted where given, people where registered',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the data-quality string table. */
export type QualityMessageKey = keyof typeof QUALITY_MESSAGES;

/** The data-quality string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function qt(
  lang: Lang,
  key: QualityMessageKey,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(QUALITY_MESSAGES[key][lang], values);
}
