import type { Lang } from './messages';

/** Thai month abbreviations, January first. */
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

/** English month abbreviations, January first. */
export const ENGLISH_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Thai month names in full, January first (for reading dates people type or files hold). */
export const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** English month names in full, January first. */
export const ENGLISH_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Years between the Common Era and the Buddhist Era as Thailand counts it. */
export const BUDDHIST_ERA_OFFSET = 543;

/** Splits an ISO date (YYYY-MM-DD, optionally followed by a time) into numbers, or null. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/**
 * An ISO date for the screen: "28 พ.ย. 2564" in Thai (Buddhist era),
 * "28 Nov 2021 (BE 2564)" in English. Unparseable input is returned as it is.
 */
export function formatDate(iso: string, lang: Lang): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const buddhistYear = date.year + BUDDHIST_ERA_OFFSET;
  if (lang === 'th') {
    return `${date.day} ${THAI_MONTHS_SHORT[date.month - 1] ?? ''} ${buddhistYear}`;
  }
  return `${date.day} ${ENGLISH_MONTHS_SHORT[date.month - 1] ?? ''} ${date.year} (BE ${buddhistYear})`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per language and digits, kept: `toLocaleString` with options builds a new
 * formatter on every call, which cost milliseconds per brush step across the KPI, legend and
 * ranking texts.
 */
function numberFormat(lang: Lang, minFractionDigits: number, maxFractionDigits: number) {
  const key = `${lang}:${minFractionDigits}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with thousands separators and at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits: number): string {
  return numberFormat(lang, 0, maxFractionDigits).format(value);
}

/** A count with thousands separators, e.g. 1,032,987. */
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, 0, 0).format(value);
}

/** A percentage with one decimal, e.g. "72.4 %". */
export function formatPercent(value: number, lang: Lang): string {
  return `${numberFormat(lang, 1, 1).format(value)} %`;
}
