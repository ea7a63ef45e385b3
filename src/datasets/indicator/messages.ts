/** The indicator views' own strings, in Thai and English (the shape of src/i18n/messages.ts). */
import { fillPlaceholders } from '../../i18n/fill';
import type { Lang } from '../../i18n/messages';

const INDICATOR_MESSAGES = {
  changeSince: { th: '{change} เทียบกับ {day}', en: '{change} vs {day}' },
  noValue: { th: 'ไม่มีข้อมูล', en: 'No data' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the indicator string table. */
export type IndicatorMessageKey = keyof typeof INDICATOR_MESSAGES;

/** The indicator string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function indicatorText(
  lang: Lang,
  key: IndicatorMessageKey,
  values: Record<string, string> = {},
): string {
  return fillPlaceholders(INDICATOR_MESSAGES[key][lang], values);
}
