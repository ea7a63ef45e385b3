/**
 * What each file of a TPMAP year is, from its name and its header. TPMAP published a year as
 * `NN_province_XXXXX.csv`: NN the Buddhist-era year (61 = B.E. 2561 = 2018) and XXXXX a 5-bit
 * filter over the five dimensions in the order health, living, education, income,
 * accessibility (10000 = poor in health, 11111 = poor in any dimension), plus
 * `NN_province_common.csv` (the survey base per province) and the same files for the whole
 * country (`NN_country_*.csv`, one row, no province column).
 */
import type { PovertyDimension } from '../../queries/poverty-dimensions';
import type { ReadSource } from '../ingest-types';
import { hasColumns } from '../source-cells';

export const PROVINCE_COLUMN = ['province_ID'];
export const TARGET_PEOPLE_COLUMN = ['poor.JPT.MOFval.CNT'];
export const POOR_HOUSEHOLDS_COLUMN = ['poor.household.CNT'];
export const SURVEY_HOUSEHOLDS_COLUMN = ['household.CNT'];
export const SURVEY_PEOPLE_COLUMN = ['HOUSEMEMBER_CNT'];

/**
 * The filters the poverty contract has a row for: 'any' and each dimension alone. A file of one
 * bit counts everyone poor in that dimension, whatever else they are poor in (checked on the
 * 2561 files: 10000's poor.JPT.MOFval.CNT equals 11111's poor.JPT.MOFval.health in every
 * province), which is what the contract's per-dimension rows mean.
 */
const DIMENSION_OF_FILTER: Readonly<Record<string, PovertyDimension>> = {
  '11111': 'any',
  '10000': 'health',
  '01000': 'living',
  '00100': 'education',
  '00010': 'income',
  '00001': 'access',
};

/** The filter of each dimension, for "missing" messages. */
export const FILTER_OF_DIMENSION: ReadonlyMap<PovertyDimension, string> = new Map(
  Object.entries(DIMENSION_OF_FILTER).map(([filter, dimension]) => [dimension, filter]),
);

/** What a file is. */
export type TpmapFileKind =
  /** A province file of a filter the contract has a row for. */
  | { readonly kind: 'dimension'; readonly filter: string; readonly dimension: PovertyDimension }
  /** A province file of a combination of dimensions (e.g. 00011): no place in the contract. */
  | { readonly kind: 'combination'; readonly filter: string }
  /** A province file whose name does not say its filter. */
  | { readonly kind: 'unnamed' }
  /** The survey base per province (household.CNT, HOUSEMEMBER_CNT, ...). */
  | { readonly kind: 'common' }
  /** A file of the whole country: one row, no province. */
  | { readonly kind: 'national' };

/** A file's kind and the year its name gives (Gregorian), or null when the name has none. */
export interface TpmapFile {
  readonly source: ReadSource;
  readonly file: TpmapFileKind;
  /** The year as the name writes it (B.E., e.g. 2561), for messages. */
  readonly yearBe: number | null;
}

// "61_province_11111.csv", also "2561_province_11111 (1).csv" or "tpmap-61_country_common.xlsx".
const NAME = /(?:(\d{4}|\d{2})_)?(province|country)_([01]{5}|common)\b/i;

/** Years before this are Gregorian in a 4-digit prefix, from it Buddhist-era. */
const FIRST_BE_YEAR = 2400;
const BE_OFFSET = 543;

/** The Buddhist-era year of a name's prefix: 2 digits are 25NN, 4 digits B.E. or C.E. */
function beYear(prefix: string | undefined): number | null {
  if (prefix === undefined) return null;
  const n = Number(prefix);
  if (prefix.length === 2) return 2500 + n;
  return n >= FIRST_BE_YEAR ? n : n + BE_OFFSET;
}

/** The Gregorian year of a Buddhist-era year. */
export function gregorianOf(yearBe: number): number {
  return yearBe - BE_OFFSET;
}

/** True for a file of a TPMAP year: a dimension file (province or national) or a common file. */
export function isTpmapFile(source: ReadSource): boolean {
  return (
    hasColumns(source, [TARGET_PEOPLE_COLUMN]) ||
    hasColumns(source, [SURVEY_HOUSEHOLDS_COLUMN, SURVEY_PEOPLE_COLUMN])
  );
}

/** What `source` is: the header says province or national, the name says the filter and year. */
export function classify(source: ReadSource): TpmapFile {
  const match = NAME.exec(source.name);
  const yearBe = beYear(match?.[1]);
  const byProvince = hasColumns(source, [PROVINCE_COLUMN]);
  // The header decides national or province: a renamed country file still has no province_ID.
  if (!byProvince) return { source, file: { kind: 'national' }, yearBe };
  if (!hasColumns(source, [TARGET_PEOPLE_COLUMN]))
    return { source, file: { kind: 'common' }, yearBe };
  const filter = match?.[3];
  if (filter === undefined || filter.toLowerCase() === 'common') {
    return { source, file: { kind: 'unnamed' }, yearBe };
  }
  const dimension = DIMENSION_OF_FILTER[filter];
  return {
    source,
    file:
      dimension === undefined
        ? { kind: 'combination', filter }
        : { kind: 'dimension', filter, dimension },
    yearBe,
  };
}
