/** Reading numbers as Thai spreadsheets and reports write them. */

/** Cell texts that mean "no value". Compared after trimming, case-insensitively. */
const MISSING_TOKENS = new Set([
  '',
  '-',
  '--',
  '–',
  '—',
  '.',
  'n/a',
  'na',
  '#n/a',
  'null',
  'none',
  '#div/0!',
  '#value!',
  'ไม่มีข้อมูล',
  'ไม่ระบุ',
  'ไม่มี',
]);

const THAI_DIGITS = /[\u0E50-\u0E59]/g;
const THAI_DIGIT_ZERO = 0x0e50;
const SPACES = /[\s\u00A0\u202F\u2009]/g;
const MINUS_SIGNS = /[\u2212\u2013\u2014]/g;
// Digits with optional thousands groups of exactly three, an optional fraction and exponent.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const HAS_DIGIT = /\d/;

// How JavaScript and Python print a missing number. Compared case-sensitively: "Nan" and "NAN"
// are Nan province (code 55), which a province column must keep.
const NOT_A_NUMBER = new Set(['NaN', 'nan']);

/** True for an empty cell or a placeholder such as "-", "N/A", "NaN" or "ไม่มีข้อมูล". */
export function isMissing(text: string): boolean {
  const trimmed = text.trim();
  return NOT_A_NUMBER.has(trimmed) || MISSING_TOKENS.has(trimmed.toLowerCase());
}

/** Thai digits ๐-๙ as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - THAI_DIGIT_ZERO));
}

/** A number read from text, and whether it was written as a percentage. */
export interface ParsedNumber {
  readonly value: number;
  readonly percent: boolean;
}

/**
 * Reads "1,234", "1,234.5", "-12", "−12", "(1,234)" (accounting negative), "45.2%", "๑๒๓",
 * "+3", "1e6", with spaces anywhere. Percentages keep their number (45.2% is 45.2). Returns null
 * for anything else, including badly grouped "1,23" and missing-value tokens.
 */
export function parseNumber(text: string): ParsedNumber | null {
  let body = asciiDigits(text).replace(SPACES, '').replace(MINUS_SIGNS, '-');
  if (!HAS_DIGIT.test(body)) return null;
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1);
  }
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1);
  if (!NUMBER_TEXT.test(body)) return null;
  const value = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, percent };
}
