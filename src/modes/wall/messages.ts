import type { Lang } from '../../i18n/messages';
import { fillPlaceholders } from '../../i18n/fill';

/** The wall's UI strings, in Thai and English (the shape of src/i18n/messages.ts). */
const WALL_MESSAGES = {
  ministry: { th: 'กระทรวงมหาดไทย · ห้องปฏิบัติการ', en: 'Ministry of Interior · War Room' },
  clockLabel: { th: 'วันและเวลา (เวลาประเทศไทย)', en: 'Date and time (Thailand)' },
  sceneLabel: { th: 'ฉาก', en: 'Scene' },
  paused: { th: 'หยุดชั่วคราว', en: 'Paused' },
  alertsLabel: { th: 'การแจ้งเตือน', en: 'Alerts' },
  noAlerts: {
    th: 'ไม่มีจังหวัดที่เกินเกณฑ์เฝ้าระวัง',
    en: 'No province is past a threshold',
  },
  moreProvinces: { th: 'และอีก {count} จังหวัด', en: 'and {count} more' },
  loadingPlaylist: { th: 'กำลังโหลดรายการฉาก…', en: 'Loading the playlist…' },
  builtInPlaylist: {
    th: 'ใช้รายการฉากสำรองในตัว',
    en: 'Playing the built-in playlist',
  },
  scopeNational: { th: 'ทั้งประเทศ', en: 'All Thailand' },
  // A tile's alert in a few words (the ticker reads out the rule and the provinces).
  provincesToWatch: { th: 'จังหวัดที่ต้องเฝ้าระวัง {count}', en: 'Provinces to watch: {count}' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the wall's string table. */
export type WallMessageKey = keyof typeof WALL_MESSAGES;

/** The wall's string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function wt(lang: Lang, key: WallMessageKey, values: Record<string, string> = {}): string {
  return fillPlaceholders(WALL_MESSAGES[key][lang], values);
}
