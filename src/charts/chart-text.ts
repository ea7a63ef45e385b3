import type { Lang } from '../i18n/messages';

/** UI strings of the charts, kept here so src/i18n/messages.ts stays the app's shared table. */
const CHART_TEXT = {
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  showAll: { th: 'แสดงทั้งช่วง', en: 'Show all' },
  showAllLabel: { th: 'ล้างช่วงเวลาที่เลือก', en: 'Clear the selected time range' },
  selectedRange: { th: 'ช่วงที่เลือก', en: 'Selected range' },
  brushHint: {
    th: 'ลากแถบด้านล่างเพื่อเลือกช่วงเวลา คลิกกราฟเพื่อเลื่อนตัวชี้เวลา',
    en: 'Drag the strip below to pick a time range; click the chart to move the time cursor',
  },
  rowsHidden: { th: 'อีก {n} จังหวัด', en: '{n} more provinces' },
  rankingList: { th: 'อันดับ', en: 'Ranking' },
  breakdownList: { th: 'จำแนก', en: 'Breakdown' },
  breakdownSwitch: { th: 'จำแนกตาม', en: 'Break down by' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the chart string table. */
export type ChartTextKey = keyof typeof CHART_TEXT;

/** The chart string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function chartText(
  lang: Lang,
  key: ChartTextKey,
  values: Readonly<Record<string, string>> = {},
): string {
  return CHART_TEXT[key][lang].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}
