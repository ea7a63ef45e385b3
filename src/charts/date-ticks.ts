import {
  BUDDHIST_ERA_OFFSET,
  ENGLISH_MONTHS_SHORT,
  parseIsoDate,
  THAI_MONTHS_SHORT,
} from '../i18n/format';
import type { Lang } from '../i18n/messages';

/** How much of a date an axis tick shows: day and month, or month and year. */
export type TickGranularity = 'day' | 'month';

/** Above this many days on screen, ticks name months instead of days. */
const MONTH_TICKS_ABOVE_DAYS = 92;

const MS_PER_DAY = 86_400_000;

/** Whole days from ISO date `from` to ISO date `to` (negative when `to` is earlier), or null. */
export function daysBetween(from: string, to: string): number | null {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return null;
  const startMs = Date.UTC(start.year, start.month - 1, start.day);
  const endMs = Date.UTC(end.year, end.month - 1, end.day);
  return Math.round((endMs - startMs) / MS_PER_DAY);
}

/** Day ticks for short spans ("28 พ.ย."), month ticks for long ones ("พ.ย. 64"). */
export function tickGranularity(dates: readonly string[]): TickGranularity {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return 'day';
  return (daysBetween(first, last) ?? 0) > MONTH_TICKS_ABOVE_DAYS ? 'month' : 'day';
}

/**
 * A short axis label for an ISO date. Thai counts years in the Buddhist era: "28 พ.ย." (day) or
 * "พ.ย. 64" (month, two-digit BE year). English uses the Common Era: "28 Nov" or "Nov 2021".
 * Unparseable input is returned as it is.
 */
export function formatDateTick(iso: string, lang: Lang, granularity: TickGranularity): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const month =
    (lang === 'th' ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[date.month - 1] ??
    String(date.month);
  if (granularity === 'day') return `${date.day} ${month}`;
  if (lang === 'en') return `${month} ${date.year}`;
  const shortBuddhistYear = String((date.year + BUDDHIST_ERA_OFFSET) % 100).padStart(2, '0');
  return `${month} ${shortBuddhistYear}`;
}

/**
 * The dates an axis may label. Day ticks may fall on any date; month ticks fall on the first date
 * of each month, and the opening date only if it lies in its month's first week (otherwise a
 * late-December first point would be labelled "ธ.ค." right before "ม.ค."). The chart still thins
 * the candidates so that labels never overlap.
 */
export function candidateTicks(dates: readonly string[], granularity: TickGranularity): string[] {
  if (granularity === 'day') return [...dates];
  const ticks: string[] = [];
  let previousMonth = '';
  dates.forEach((iso, index) => {
    const month = iso.slice(0, 7);
    if (month === previousMonth) return;
    previousMonth = month;
    const day = parseIsoDate(iso)?.day ?? 1;
    if (index > 0 || day <= 7) ticks.push(iso);
  });
  return ticks;
}

/**
 * Index of the date a time cursor points at: the last of `dates` on or before `iso`, or null when
 * `iso` lies before the first date or after the last (the cursor is then off this chart).
 */
export function cursorIndex(dates: readonly string[], iso: string | null): number | null {
  if (iso === null || dates.length === 0) return null;
  const key = iso.slice(0, 10);
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  if (key < first.slice(0, 10) || key > last.slice(0, 10)) return null;
  let found = 0;
  dates.forEach((date, index) => {
    if (date.slice(0, 10) <= key) found = index;
  });
  return found;
}
