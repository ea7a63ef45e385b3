/** SQL builders for the vaccination dataset (province x week, cumulative people). */
import type { DatasetRegistry } from '../registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import {
  checkFilters,
  dateRangeConditions,
  provinceConditions,
  requireIsoDate,
  type QueryFilters,
} from './filters';
import { tableSource, type DatasetSource } from './source';

export { requireIsoDate } from './filters';

/** The dataset id these builders read. */
export const VACCINATION = 'vaccination';

/** Result columns of {@link vaccinationByProvince} a province threshold may compare (percent). */
export const VACCINATION_PROVINCE_MEASURES = ['dose1_pct', 'dose2_pct', 'dose3_pct'] as const;

/** Options of {@link vaccinationByProvince}. */
export interface VaccinationByProvinceOptions {
  /** ISO date YYYY-MM-DD: use each province's newest week ending on or before it. Default: newest. */
  readonly weekEnd?: string;
  /** Provinces to include; null or absent = all, empty = none. */
  readonly provinceCodes?: readonly number[] | null;
}

/** The relation the vaccination builders read. */
function vaccinationSource(registry: DatasetRegistry): DatasetSource {
  return tableSource(registry, VACCINATION);
}

/**
 * One row per province: its newest week (on or before `weekEnd` when given). A province whose
 * own newest week is older than others' keeps that older row; a province without rows is absent.
 *
 * Columns: province_code INTEGER, week_end DATE, population INTEGER, dose1/dose2/dose3 INTEGER,
 * dose1_pct/dose2_pct/dose3_pct DOUBLE (percent of population, NULL when population is 0).
 * Sorted by province_code.
 * @throws Error if `weekEnd` is not an ISO date, a province code is not an integer, or the
 * manifest's schema lacks a column.
 */
export function vaccinationByProvince(
  registry: DatasetRegistry,
  options: VaccinationByProvinceOptions = {},
): SqlQuery {
  const { from, column: col } = vaccinationSource(registry);
  const province = col('province_code');
  const week = col('week_end');
  const population = col('population');
  const conditions = provinceConditions(province, options.provinceCodes ?? null);
  if (options.weekEnd !== undefined) {
    const weekEnd = castParam(requireIsoDate(options.weekEnd, 'weekEnd'), 'DATE');
    conditions.push(concatSql([week, '<=', weekEnd]));
  }
  const percent = (dose: string): string =>
    `CAST(CAST(${col(dose)} AS DOUBLE) * 100 / NULLIF(${population}, 0) AS DOUBLE) AS ${dose}_pct`;
  return concatSql(
    [
      'SELECT',
      `  CAST(${province} AS INTEGER) AS province_code,`,
      `  CAST(${week} AS DATE) AS week_end,`,
      `  CAST(${population} AS INTEGER) AS population,`,
      `  CAST(${col('dose1')} AS INTEGER) AS dose1,`,
      `  CAST(${col('dose2')} AS INTEGER) AS dose2,`,
      `  CAST(${col('dose3')} AS INTEGER) AS dose3,`,
      `  ${percent('dose1')},`,
      `  ${percent('dose2')},`,
      `  ${percent('dose3')}`,
      `FROM ${from}`,
      whereAll(conditions),
      `QUALIFY row_number() OVER (PARTITION BY ${province} ORDER BY ${week} DESC) = 1`,
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/**
 * The filtered provinces' totals per week, oldest first: week_end DATE, population DOUBLE,
 * dose1/dose2/dose3 DOUBLE (cumulative people).
 *
 * The weeks are the dataset's weeks within `from`..`to` (inclusive). A province that misses a
 * week counts with its newest earlier week, as in {@link vaccinationByProvince}, so a late file
 * does not make the cumulative curve dip; a province counts from its first week on. A week no
 * filtered province has reached is absent, and an empty province list gives no rows.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function vaccinationSeries(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const { from, column: col } = vaccinationSource(registry);
  const province = col('province_code');
  const week = col('week_end');
  const total = (name: string): string => `CAST(sum(v.${col(name)}) AS DOUBLE) AS ${name}`;
  return concatSql(
    [
      'WITH weeks AS (',
      `  SELECT DISTINCT ${week} AS series_week FROM ${from}`,
      whereAll(dateRangeConditions(week, filters)),
      '), provinces AS (',
      `  SELECT DISTINCT ${province} AS series_province FROM ${from}`,
      whereAll(provinceConditions(province, filters.provinceCodes)),
      ')',
      'SELECT',
      '  CAST(weeks.series_week AS DATE) AS week_end,',
      `  ${total('population')},`,
      `  ${total('dose1')},`,
      `  ${total('dose2')},`,
      `  ${total('dose3')}`,
      'FROM weeks CROSS JOIN provinces',
      `ASOF JOIN ${from} AS v`,
      `  ON v.${province} = provinces.series_province AND v.${week} <= weeks.series_week`,
      'GROUP BY weeks.series_week',
      'ORDER BY weeks.series_week',
    ],
    '\n',
  );
}

/** The distinct week_end dates (DATE), oldest first. */
export function vaccinationWeeks(registry: DatasetRegistry): SqlQuery {
  const { from, column } = vaccinationSource(registry);
  const week = column('week_end');
  return concatSql([
    `SELECT DISTINCT CAST(${week} AS DATE) AS week_end`,
    `FROM ${from}`,
    `WHERE ${week} IS NOT NULL`,
    'ORDER BY week_end',
  ]);
}
