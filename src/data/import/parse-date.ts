/**
 * Reading dates as Thai files write them: Buddhist-era (BE) or Common-era (CE) years, day first,
 * Thai or English month names, two-digit years. The output is always an ISO date (CE).
 */
import {
  BUDDHIST_ERA_OFFSET,
  ENGLISH_MONTHS_LONG,
  ENGLISH_MONTHS_SHORT,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
} from '../../i18n/format';
import { asciiDigits } from './parse-number';

/** Four-digit years above this are Buddhist era (BE 2400 = CE 1857, before any data we take). */
export const BE_YEAR_THRESHOLD = 2400;
const MIN_CE_YEAR = 1800;
/** Two-digit years from this up are BE 25yy (BE 2540 = CE 1997); below it they are CE 20yy. */
export const TWO_DIGIT_BE_FROM = 40;

/** A date read from text. */
export interface ParsedDate {
  /** YYYY-MM-DD in the Common era. */
  readonly iso: string;
  readonly era: 'BE' | 'CE';
  readonly twoDigitYear: boolean;
  /** True when a time of day followed the date (it is dropped). */
  readonly hadTime: boolean;
}

const monthKey = (name: string): string => name.toLowerCase().replace(/[.\s]/g, '');

/** Month number (1-12) by every spelling we accept, dots and spaces removed. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  [
    THAI_MONTHS_LONG,
    THAI_MONTHS_SHORT,
    ENGLISH_MONTHS_LONG,
    ENGLISH_MONTHS_SHORT,
    ['sept'],
  ].flatMap((names) =>
    names.map((name, i) => [monthKey(name), name === 'sept' ? 9 : i + 1] as [string, number]),
  ),
);

const TIME = String.raw`(?:[T\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|น\.?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(${TIME})$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(${TIME})$`);
const MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})[\s-]*([\u0E00-\u0E7Fa-zA-Z.\s]+?)[\s-]*(\d{4}|\d{2})(${TIME})$`,
);
const ERA_WORD = /\s*(พ\.\s?ศ\.?|ค\.\s?ศ\.?|B\.?E\.?|A\.?D\.?|C\.?E\.?)\s*/i;
const CE_WORD = /^(ค|a|c)/i;
const THAI_DATE_PREFIX = /^(?:วันที่|วัน[ก-๙]+ที่)\s*/;

/** CE year of a written year, or null when it cannot be a year of data. */
function ceYear(
  text: string,
  forced: 'BE' | 'CE' | null,
): { year: number; era: 'BE' | 'CE'; two: boolean } | null {
  const written = Number(text);
  if (text.length === 2) {
    if (forced === 'CE') return { year: 2000 + written, era: 'CE', two: true };
    const be = forced === 'BE' || written >= TWO_DIGIT_BE_FROM;
    return be
      ? { year: 2500 + written - BUDDHIST_ERA_OFFSET, era: 'BE', two: true }
      : { year: 2000 + written, era: 'CE', two: true };
  }
  if (forced === 'BE' || (forced === null && written > BE_YEAR_THRESHOLD)) {
    const year = written - BUDDHIST_ERA_OFFSET;
    return year >= MIN_CE_YEAR ? { year, era: 'BE', two: false } : null;
  }
  return written >= MIN_CE_YEAR && written <= BE_YEAR_THRESHOLD
    ? { year: written, era: 'CE', two: false }
    : null;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null; // 30 February and the like
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date: "2564-03-01", "2021-03-01", "2021-03-01T08:00", "1/3/2564", "01/03/64",
 * "1-3-2021", "1 มี.ค. 2564", "1 มีนาคม พ.ศ. 2564", "วันที่ 1 มี.ค. 64", "1 Mar 2021".
 * Slashed dates are day first (Thai usage). Four-digit years above {@link BE_YEAR_THRESHOLD} are
 * BE; two-digit years follow {@link TWO_DIGIT_BE_FROM}; an explicit พ.ศ./ค.ศ. wins. Returns null
 * for anything else, impossible dates included.
 */
export function parseDate(text: string): ParsedDate | null {
  let body = asciiDigits(text).trim().replace(THAI_DATE_PREFIX, '');
  let forced: 'BE' | 'CE' | null = null;
  const eraWord = ERA_WORD.exec(body);
  if (eraWord?.[1] !== undefined) {
    forced = CE_WORD.test(eraWord[1]) ? 'CE' : 'BE';
    body = body.replace(ERA_WORD, ' ').trim();
  }
  let parts: [string, number, number, string] | null = null;
  const ymd = YEAR_FIRST.exec(body);
  if (ymd) parts = [ymd[1] ?? '', Number(ymd[2]), Number(ymd[3]), ymd[4] ?? ''];
  const dmy = parts === null ? DAY_FIRST.exec(body) : null;
  if (dmy) parts = [dmy[3] ?? '', Number(dmy[2]), Number(dmy[1]), dmy[4] ?? ''];
  const named = parts === null ? MONTH_NAME.exec(body) : null;
  if (named) {
    const month = MONTH_BY_NAME.get(monthKey(named[2] ?? ''));
    if (month === undefined) return null;
    parts = [named[3] ?? '', month, Number(named[1]), named[4] ?? ''];
  }
  if (parts === null) return null;
  const [yearText, month, day, time] = parts;
  const year = ceYear(yearText, forced);
  if (year === null) return null;
  const iso = isoOf(year.year, month, day);
  return iso === null
    ? null
    : { iso, era: year.era, twoDigitYear: year.two, hadTime: time.trim() !== '' };
}

/**
 * An ISO date of a JavaScript Date (spreadsheet cells, Parquet dates), read in UTC. A year above
 * {@link BE_YEAR_THRESHOLD} is a BE year typed into a CE calendar and is moved back 543 years.
 */
export function isoOfDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year <= BE_YEAR_THRESHOLD) return date.toISOString().slice(0, 10);
  return isoOf(year - BUDDHIST_ERA_OFFSET, date.getUTCMonth() + 1, date.getUTCDate());
}
