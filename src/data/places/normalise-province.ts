import type { ProvinceAlias, ProvinceRecord } from './province-table';

/** A cell value that may name a province: a name, a code, or nothing. */
export type ProvinceInput = string | number | null | undefined;

/** Maps a province spelling or code to its TIS-1099 code, or null when nothing matches. Never throws. */
export type ProvinceNormaliser = (input: ProvinceInput) => number | null;

/** A value of a column that no province matched. */
export interface UnmatchedProvinceValue {
  /** Index of the value in the column. */
  readonly row: number;
  readonly value: ProvinceInput;
}

/** The result of matching a whole column of province values. */
export interface ProvinceColumnMatch {
  /** One entry per input value: the province code, or null when unmatched. */
  readonly codes: readonly (number | null)[];
  readonly unmatched: readonly UnmatchedProvinceValue[];
}

// Zero-width and formatting characters that copy-paste, PDFs and spreadsheets leave in names.
const INVISIBLE_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
const THAI_DIGIT_ZERO = 0x0e50;
const THAI_CHAR = /[\u0E00-\u0E7F]/;
const NON_THAI_CHAR = /[^\u0E00-\u0E7F]/;
const NON_THAI_CONSONANT = /[^\u0E01-\u0E2E]/g;
const PAIYANNOI = '\u0E2F'; // ฯ: marks a name shortened by truncation, e.g. กรุงเทพฯ

const PLAIN_CODE = /^\d+(?:\.0+)?$/;
const ISO_CODE = /^TH ?[-\u2010-\u2014] ?(\d{2})$/i;
const FIPS_CODE = /^TH\d{2}$/i;
const HASC_CODE = /^TH\.[A-Z]{2}$/i;

const THAI_PROVINCE_PREFIX = /^(?:จังหวัด|จ\.|จ )\s*/;
const LATIN_PROVINCE_PREFIX = /^changwat/;
const LATIN_PROVINCE_SUFFIX = /province$/;
const MIN_ABBREVIATION_LENGTH = 3;
// How JavaScript prints a missing number. "Nan", "NAN" and "nan" still mean Nan province.
const JAVASCRIPT_NAN = 'NaN';

/** NFC, invisible characters removed, Thai digits made ASCII, whitespace collapsed and trimmed. */
function cleanInput(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(INVISIBLE_CHARS, '')
    .replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - THAI_DIGIT_ZERO))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Repairs Thai text broken by typing or PDF extraction: sara am split into nikhahit + sara aa,
 * and the same combining mark typed twice (both render like the correct spelling).
 */
function repairThaiMarks(text: string): string {
  return text
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g, '$1');
}

/** Lookup key of a Thai spelling: repaired marks, without spaces, dots or asterisks. */
function thaiKey(text: string): string {
  return repairThaiMarks(text).replace(/[\s.*]/g, '');
}

/**
 * The consonants of a Thai spelling, in order. Vowels, tone marks and their order are dropped, so
 * spellings whose marks were lost, doubled or moved by PDF extraction (กรงุเทพมหานคร, ชลบุร,
 * อ านาจเจรญ) share the skeleton of the correct name. The 77 skeletons are unique.
 */
function thaiSkeleton(text: string): string {
  return text.replace(NON_THAI_CONSONANT, '');
}

/** Lookup key of a Latin spelling: lower case, no diacritics, no spaces, hyphens, dots, apostrophes. */
function latinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.\-\u2010-\u2014'\u2018\u2019`_]/g, '');
}

function spellingKey(text: string): string {
  const cleaned = cleanInput(text);
  return THAI_CHAR.test(cleaned) ? thaiKey(cleaned) : latinKey(cleaned);
}

/** Adds `key -> code` to `map`, throwing if the key already names another province. */
function addKey(map: Map<string, number>, key: string, code: number, source: string): void {
  if (key === '') throw new Error(`Province spelling "${source}" has an empty lookup key`);
  const existing = map.get(key);
  if (existing !== undefined && existing !== code) {
    throw new Error(`Province spelling "${source}" (code ${code}) clashes with code ${existing}`);
  }
  map.set(key, code);
}

/**
 * Builds the app's one province normaliser from the province table and the alias table.
 *
 * The returned function accepts: TIS codes as numbers or strings ("30", " 30 ", "๓๐"); ISO 3166-2
 * ("TH-30", any case); HASC ("TH.NR"); FIPS ("TH27") and other spellings listed as aliases; Thai
 * names with or without "จังหวัด" / "จ." / "จ " and with marks broken by PDF extraction; names
 * shortened with ฯ when the prefix is unambiguous; English names in any case with spaces, hyphens,
 * dots and apostrophes ignored, with or without "Changwat " / " Province". Input is NFC-normalised,
 * trimmed, whitespace-collapsed and stripped of zero-width characters first. Codes that are not one
 * of the provinces, and anything else, give null.
 *
 * @throws Error when two provinces or aliases share a lookup key (a data error, never an input error).
 */
export function createProvinceNormaliser(
  provinces: readonly ProvinceRecord[],
  aliases: readonly ProvinceAlias[],
): ProvinceNormaliser {
  const codes = new Set(provinces.map((province) => province.code));
  const codeByHasc = new Map(
    provinces.map((province) => [province.hasc.toUpperCase(), province.code]),
  );
  const codeByKey = new Map<string, number>();
  const codeBySkeleton = new Map<string, number>();
  const thaiNameKeys = provinces.map(
    (province) => [thaiKey(province.nameTh), province.code] as const,
  );
  for (const province of provinces) {
    addKey(codeByKey, spellingKey(province.nameTh), province.code, province.nameTh);
    addKey(codeByKey, spellingKey(province.nameEn), province.code, province.nameEn);
    addKey(codeBySkeleton, thaiSkeleton(province.nameTh), province.code, province.nameTh);
  }
  for (const { alias, code } of aliases) addKey(codeByKey, spellingKey(alias), code, alias);

  const matchCode = (text: string): number | null => {
    if (PLAIN_CODE.test(text)) {
      const code = Number(text);
      return codes.has(code) ? code : null;
    }
    const iso = ISO_CODE.exec(text);
    if (iso?.[1] !== undefined) {
      const code = Number(iso[1]);
      return codes.has(code) ? code : null;
    }
    // Other digit-bearing text is never a name; FIPS codes are the only aliases with digits.
    return FIPS_CODE.test(text) ? (codeByKey.get(latinKey(text)) ?? null) : null;
  };

  const matchAbbreviation = (prefix: string): number | null => {
    if (prefix.length < MIN_ABBREVIATION_LENGTH) return null;
    const matches = new Set(
      thaiNameKeys.filter(([key]) => key.startsWith(prefix)).map(([, c]) => c),
    );
    const [only] = matches;
    return matches.size === 1 && only !== undefined ? only : null;
  };

  const matchThaiName = (text: string): number | null => {
    const withoutPrefix = text.replace(THAI_PROVINCE_PREFIX, '');
    for (const candidate of [text, withoutPrefix]) {
      const code = codeByKey.get(thaiKey(candidate));
      if (code !== undefined) return code;
    }
    const core = thaiKey(withoutPrefix);
    if (core.endsWith(PAIYANNOI)) return matchAbbreviation(core.slice(0, -1));
    if (core === '' || NON_THAI_CHAR.test(core)) return null;
    return codeBySkeleton.get(thaiSkeleton(core)) ?? null;
  };

  const matchLatinName = (text: string): number | null => {
    if (HASC_CODE.test(text)) return codeByHasc.get(text.toUpperCase()) ?? null;
    const key = latinKey(text);
    const core = key.replace(LATIN_PROVINCE_PREFIX, '').replace(LATIN_PROVINCE_SUFFIX, '');
    for (const candidate of [key, core]) {
      const code = candidate === '' ? undefined : codeByKey.get(candidate);
      if (code !== undefined) return code;
    }
    return null;
  };

  return (input) => {
    if (typeof input === 'number')
      return Number.isInteger(input) && codes.has(input) ? input : null;
    if (typeof input !== 'string') return null;
    const text = cleanInput(input);
    if (text === '' || text === JAVASCRIPT_NAN) return null;
    if (/\d/.test(text)) return matchCode(text);
    return THAI_CHAR.test(text) ? matchThaiName(text) : matchLatinName(text);
  };
}

/**
 * Matches every value of a column with `normalise`, keeping the row index of each value that no
 * province matched (blank cells included), for the file importer to report.
 */
export function matchProvinceColumnWith(
  normalise: ProvinceNormaliser,
  values: readonly ProvinceInput[],
): ProvinceColumnMatch {
  const unmatched: UnmatchedProvinceValue[] = [];
  const codes = values.map((value, row) => {
    const code = normalise(value);
    if (code === null) unmatched.push({ row, value });
    return code;
  });
  return { codes, unmatched };
}
