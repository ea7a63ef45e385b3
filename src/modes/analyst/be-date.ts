/**
 * Reads a date typed by a person, Buddhist era first: "2564" (the whole year 2021), "มี.ค. 2564",
 * "1/3/2564", "1 มี.ค. 2564", "1 March 2021", "2021-03-01". Pure: no clock, no locale.
 */
import {
  BUDDHIST_ERA_OFFSET,
  ENGLISH_MONTHS_LONG,
  ENGLISH_MONTHS_SHORT,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
  formatDate,
} from '../../i18n/format';
import type { Lang } from '../../i18n/messages';

/** Which end of a range the text is for: a year or a month means its first or its last day. */
export type DateSide = 'from' | 'to';

/** A parsed date (ISO) or why the text is not one. */
export type DateInputResult =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly reason: 'empty' | 'format' | 'day' | 'year' };

/** Month number (1-12) of a month name or abbreviation, Thai or English; null if unknown. */
function monthOf(word: string): number | null {
  const text = word.toLowerCase().replace(/\s+/g, '');
  const bare = text.replace(/\./g, '');
  for (let i = 0; i < 12; i += 1) {
    const thaiShort = (THAI_MONTHS_SHORT[i] ?? '').replace(/\./g, '');
    const english = (ENGLISH_MONTHS_LONG[i] ?? '').toLowerCase();
    if (bare === thaiShort || text === THAI_MONTHS_LONG[i]) return i + 1;
    if (bare === (ENGLISH_MONTHS_SHORT[i] ?? '').toLowerCase() || bare === english) return i + 1;
    if (bare.length >= 3 && english.startsWith(bare)) return i + 1;
  }
  return null;
}

/**
 * The Common Era year of a typed year: 4 digits from 2400 on are Buddhist era (2564 → 2021),
 * 1900-2399 Common Era; 2 digits are a Buddhist-era year of the 2500s, as Thai forms write them
 * (64 → 2564 → 2021). Null outside 1900-2399 CE.
 */
function ceYear(text: string): number | null {
  let year = Number(text);
  if (text.length === 2) year += 2500;
  if (year >= 2400) year -= BUDDHIST_ERA_OFFSET;
  return year >= 1900 && year <= 2399 ? year : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isoOf(year: number, month: number, day: number | null, side: DateSide): DateInputResult {
  const last = daysIn(year, month);
  const d = day ?? (side === 'from' ? 1 : last);
  if (d < 1 || d > last) return { ok: false, reason: 'day' };
  return { ok: true, iso: `${String(year)}-${pad(month)}-${pad(d)}` };
}

/** Thai digits to ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/**
 * Parses a typed date. A bare year or a month with its year stands for its first day when
 * `side` is 'from' and its last day when 'to'. English text from {@link formatDateInput}
 * ("1 Mar 2021 (BE 2564)") reads back as it is shown.
 */
export function parseDateInput(input: string, side: DateSide): DateInputResult {
  const text = asciiDigits(input.normalize('NFC'))
    .replace(/\(.*\)/g, '')
    .replace(/^(พ\.ศ\.|ค\.ศ\.)\s*/u, '')
    .trim()
    .replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'empty' };
  const withYear = (yearText: string, month: number | null, day: number | null) => {
    const year = ceYear(yearText);
    if (year === null) return { ok: false, reason: 'year' } as const;
    if (month === null) return isoOf(year, side === 'from' ? 1 : 12, null, side);
    if (month < 1 || month > 12) return { ok: false, reason: 'format' } as const;
    return isoOf(year, month, day, side);
  };
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return withYear(match[1] ?? '', Number(match[2]), Number(match[3]));
  match = /^(\d{4})$/.exec(text);
  if (match) return withYear(match[1] ?? '', null, null);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) return withYear(match[3] ?? '', Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return withYear(match[2] ?? '', Number(match[1]), null);
  // "1 มี.ค. 2564", "1 March 2021", "มี.ค. 2564", "Mar 2021", "1 มี.ค.2564".
  match = /^(?:(\d{1,2}) ?)?([^\d\s][^\d]*?) ?(พ\.ศ\. ?|ค\.ศ\. ?)?(\d{2}|\d{4})$/u.exec(text);
  if (match) {
    const month = monthOf(match[2] ?? '');
    if (month === null) return { ok: false, reason: 'format' };
    return withYear(match[4] ?? '', month, match[1] === undefined ? null : Number(match[1]));
  }
  return { ok: false, reason: 'format' };
}

/** An ISO date as the date inputs show it: Buddhist era ("1 มี.ค. 2564", "1 Mar 2021 (BE 2564)"). */
export function formatDateInput(iso: string | null, lang: Lang): string {
  return iso === null ? '' : formatDate(iso, lang);
}
