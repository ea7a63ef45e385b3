/** Text about province groupings (the group filter, the card's group column, notes). */
import type { Lang } from '../../i18n/messages';

const GROUPING_MESSAGES = {
  groupingLabel: { th: 'จัดกลุ่มตาม', en: 'Group by' },
  groupAll: { th: 'ทุกกลุ่ม', en: 'All groups' },
  groupColumn: { th: 'กลุ่ม', en: 'Group' },
  /** "อันดับ 2 จาก 4 ในเขตสุขภาพที่ 9". */
  rankInGroup: { th: 'อันดับ {rank} จาก {of} ใน{group}', en: 'Rank {rank} of {of} in {group}' },
  /** The plain mean of a group's provinces, after a ranking title. */
  groupAverage: { th: 'ค่าเฉลี่ยรายจังหวัด', en: 'provincial mean' },
  unverified: {
    th: 'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
    en: 'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
  },
} as const;

/** A grouping message key. */
export type GroupingMessageKey = keyof typeof GROUPING_MESSAGES;

/** The message in `lang`. */
export function gt(lang: Lang, key: GroupingMessageKey): string {
  return GROUPING_MESSAGES[key][lang];
}
