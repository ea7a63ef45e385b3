import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';

/** Asia/Bangkok is UTC+7 all year (no daylight saving since 1920). */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

/** The date and time in Bangkok at `epochMs`, as ISO parts: { date: "2021-12-30", time: "09:00" }. */
export function bangkokParts(epochMs: number): { date: string; time: string } {
  const local = new Date(epochMs + BANGKOK_OFFSET_MS);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * The wall clock's text for `epochMs` in Bangkok time whatever the machine's time zone:
 * "30 ธ.ค. 2564, 09:00" in Thai (Buddhist era), "30 Dec 2021 (BE 2564), 09:00" in English.
 */
export function formatWallClock(epochMs: number, lang: Lang): string {
  const { date, time } = bangkokParts(epochMs);
  return `${formatDate(date, lang)}, ${time}`;
}

/** Milliseconds from `epochMs` to the start of the next minute (when the clock text changes). */
export function msToNextMinute(epochMs: number): number {
  const minute = 60_000;
  return minute - (((epochMs % minute) + minute) % minute);
}
