/**
 * The app's province reference: the parsed `data/provinces.csv`, `data/regions.csv` and
 * `data/province-aliases.csv`, bundled as text at build time, and the one province normaliser.
 * Node scripts read the CSV files with fs and use the pure parsers in `province-table.ts` instead.
 */
import provincesCsv from '../../../data/provinces.csv?raw';
import regionsCsv from '../../../data/regions.csv?raw';
import provinceAliasesCsv from '../../../data/province-aliases.csv?raw';
import {
  createProvinceNormaliser,
  matchProvinceColumnWith,
  type ProvinceColumnMatch,
  type ProvinceInput,
  type ProvinceNormaliser,
} from './normalise-province';
import {
  parseProvinceAliasTable,
  parseProvinceTable,
  parseRegionTable,
  type ProvinceAlias,
  type ProvinceRecord,
  type RegionId,
  type RegionRecord,
} from './province-table';

export type { ProvinceAlias, ProvinceRecord, RegionId, RegionRecord };
export type { ProvinceColumnMatch, ProvinceInput, ProvinceNormaliser };

/** The 77 provinces, sorted by code. */
export const PROVINCES: readonly ProvinceRecord[] = parseProvinceTable(provincesCsv);

/** Province by TIS-1099 code. */
export const PROVINCE_BY_CODE: ReadonlyMap<number, ProvinceRecord> = new Map(
  PROVINCES.map((province) => [province.code, province]),
);

/** The six regions, in the order of `data/regions.csv`. */
export const REGIONS: readonly RegionRecord[] = parseRegionTable(regionsCsv);

/** Region by id. */
export const REGION_BY_ID: ReadonlyMap<RegionId, RegionRecord> = new Map(
  REGIONS.map((region) => [region.id, region]),
);

/** Spellings the normaliser's rules cannot derive (abbreviations, codes, old romanisations...). */
export const PROVINCE_ALIASES: readonly ProvinceAlias[] = parseProvinceAliasTable(
  provinceAliasesCsv,
  PROVINCES,
);

/**
 * Maps any province spelling or code (Thai or English name, TIS code, ISO 3166-2, HASC, FIPS,
 * known alias) to its TIS-1099 code, or null. Never throws. See {@link createProvinceNormaliser}.
 */
export const normaliseProvince: ProvinceNormaliser = createProvinceNormaliser(
  PROVINCES,
  PROVINCE_ALIASES,
);

/**
 * Matches a whole column of province values with {@link normaliseProvince}: one code (or null) per
 * value, plus the `{ row, value }` of every value that matched no province.
 */
export function matchProvinceColumn(values: readonly ProvinceInput[]): ProvinceColumnMatch {
  return matchProvinceColumnWith(normaliseProvince, values);
}
