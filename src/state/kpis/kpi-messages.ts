/** The KPI tiles' state strings, in Thai and English (the shape of src/i18n/messages.ts). */
import { fillPlaceholders } from '../../i18n/fill';
import type { Lang } from '../../i18n/messages';

const KPI_MESSAGES = {
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  outOfPeriodValue: { th: 'ไม่มีข้อมูลในช่วงนี้', en: 'No data in this range' },
  outOfPeriod: {
    th: 'ไม่มีข้อมูลในช่วง {range}: ชุดข้อมูลนี้ครอบคลุม {period}',
    en: 'No data for {range}: this dataset covers {period}',
  },
  // The range lies inside the period, but the dataset has no value there (dated rounds, months).
  noValueInRange: {
    th: 'ไม่มีข้อมูลในช่วง {range}: ชุดข้อมูลนี้ครอบคลุม {period} แต่ไม่มีค่าในช่วงนี้',
    en: 'No data for {range}: this dataset covers {period} but has no value in this range',
  },
  shownInstead: { th: 'แสดงตัวเลข ณ {day}', en: 'showing the figures of {day}' },
  changeSince: { th: '{change} เทียบกับ {day}', en: '{change} vs {day}' },
  provincesLeftOut: {
    th: 'ไม่รวม {count} จังหวัดข้อมูลผิดปกติ',
    en: '{count} provinces with impossible values left out',
  },
  provinceLeftOut: {
    th: 'ไม่รวม 1 จังหวัดข้อมูลผิดปกติ',
    en: '1 province with an impossible value left out',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the KPI string table. */
export type KpiMessageKey = keyof typeof KPI_MESSAGES;

/** The KPI string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function kt(lang: Lang, key: KpiMessageKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(KPI_MESSAGES[key][lang], values);
}
