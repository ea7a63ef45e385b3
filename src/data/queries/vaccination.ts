/** SQL builders for the vaccination dataset (province x week, cumulative people). */
import { isIsoDate } from '../json-fields';
import type { DatasetRegistry } from '../registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';

/** The dataset id these builders read. */
export const VACCINATION = 'vaccination';

/** Options of {@link vaccinationByProvince}. */
export interface VaccinationByProvinceOptions {
  /** ISO date YYYY-MM-DD: use each province's newest week ending on or before it. Default: newest. */
  readonly weekEnd?: string;
}

/**
 * One row per province: its newest week (on or before `weekEnd` when given). A province whose
 * own newest week is older than others' keeps that older row; a province without rows is absent.
 *
 * Columns: province_code INTEGER, week_end DATE, population INTEGER, dose1/dose2/dose3 INTEGER,
 * dose1_pct/dose2_pct/dose3_pct DOUBLE (percent of population, NULL when population is 0).
 * Sorted by province_code.
 * @throws Error if `weekEnd` is not an ISO date or the manifest's schema lacks a column.
 */
export function vaccinationByProvince(
  registry: DatasetRegistry,
  options: VaccinationByProvinceOptions = {},
): SqlQuery {
  const col = (name: string): string => registry.column(VACCINATION, name);
  const province = col('province_code');
  const week = col('week_end');
  const population = col('population');
  const conditions =
    options.weekEnd === undefined
      ? []
      : [concatSql([week, '<=', castParam(requireIsoDate(options.weekEnd, 'weekEnd'), 'DATE')])];
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
      `FROM ${registry.tableName(VACCINATION)}`,
      whereAll(conditions),
      `QUALIFY row_number() OVER (PARTITION BY ${province} ORDER BY ${week} DESC) = 1`,
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/** The distinct week_end dates (DATE), oldest first. */
export function vaccinationWeeks(registry: DatasetRegistry): SqlQuery {
  const week = registry.column(VACCINATION, 'week_end');
  return concatSql([
    `SELECT DISTINCT CAST(${week} AS DATE) AS week_end`,
    `FROM ${registry.tableName(VACCINATION)}`,
    `WHERE ${week} IS NOT NULL`,
    'ORDER BY week_end',
  ]);
}

/** Returns `value` if it is an ISO date, else throws an Error naming the option. */
export function requireIsoDate(value: string, option: string): string {
  if (!isIsoDate(value)) {
    throw new Error(`${option} ${JSON.stringify(value)} is not an ISO date YYYY-MM-DD`);
  }
  return value;
}
