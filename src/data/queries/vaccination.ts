/** SQL builders for the vaccination dataset (province x week, cumulative people). */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, quoteIdent, whereAll, type SqlQuery } from '../sql';
import {
  checkFilters,
  dateRangeConditions,
  provinceConditions,
  requireIsoDate,
  type QueryFilters,
} from './filters';
import { knownProvinceCondition } from './quality';
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
 * Coverage above this percent of the registered population is impossible, not merely surprising:
 * a province may pass 100 % (Bangkok does: doses are counted where given, people where registered)
 * but no province vaccinates twice its registered population.
 */
export const IMPLAUSIBLE_COVERAGE_PERCENT = 200;

/** Why a province's week cannot be shown as fact (the `anomaly` column), in the order checked. */
export const VACCINATION_ANOMALIES = [
  'conflicting_duplicates',
  'negative',
  'no_population',
  'missing_value',
  'implausible',
] as const;

/** One of {@link VACCINATION_ANOMALIES}. */
export type VaccinationAnomaly = (typeof VACCINATION_ANOMALIES)[number];

const DOSES = ['dose1', 'dose2', 'dose3'] as const;

/**
 * One row per known province and week: the values of its rows (exact duplicates count once) and
 * `anomaly`, NULL when the week may be shown, else why not (see {@link VACCINATION_ANOMALIES}).
 * Rows of unknown province codes (0, 99, NULL ...) are left out here, before anything is summed.
 */
function checkedWeeks(registry: DatasetRegistry, conditions: readonly SqlQuery[]): SqlQuery {
  const { from, column: col } = vaccinationSource(registry);
  const province = col('province_code');
  const week = col('week_end');
  const values = ['population', ...DOSES];
  const differs = values.map((name) => `min(${col(name)}) IS DISTINCT FROM max(${col(name)})`);
  const ceiling = castParam(IMPLAUSIBLE_COVERAGE_PERCENT, 'DOUBLE');
  return concatSql(
    [
      'SELECT *, CASE',
      "  WHEN conflicting THEN 'conflicting_duplicates'",
      "  WHEN population < 0 OR dose1 < 0 OR dose2 < 0 OR dose3 < 0 THEN 'negative'",
      "  WHEN population IS NULL OR population = 0 THEN 'no_population'",
      "  WHEN dose1 IS NULL OR dose2 IS NULL OR dose3 IS NULL THEN 'missing_value'",
      concatSql([
        '  WHEN greatest(dose1, dose2, dose3) * 100.0 > population *',
        ceiling,
        "THEN 'implausible'",
      ]),
      '  END AS anomaly',
      'FROM (',
      '  SELECT',
      `    ${province} AS province_code,`,
      `    ${week} AS week_end,`,
      ...values.map((name) => `    max(${col(name)}) AS ${name},`),
      `    ${differs.join(' OR ')} AS conflicting`,
      `  FROM ${from}`,
      whereAll([knownProvinceCondition(province), `${week} IS NOT NULL`, ...conditions]),
      `  GROUP BY ${province}, ${week}`,
      ') AS weeks',
    ],
    '\n',
  );
}

/**
 * One row per known province: its newest week (on or before `weekEnd` when given). A province whose
 * own newest week is older than others' keeps that older row; a province without rows is absent,
 * and so are rows whose code is not one of the 77 provinces.
 *
 * Columns: province_code INTEGER, week_end DATE, population INTEGER, dose1/dose2/dose3 INTEGER,
 * dose1_pct/dose2_pct/dose3_pct DOUBLE (percent of population), anomaly VARCHAR and
 * over_population BOOLEAN. A week with an anomaly (negative counts, no population, coverage over
 * {@link IMPLAUSIBLE_COVERAGE_PERCENT} %, duplicate rows that disagree) has NULL counts and
 * percents, so no total includes it; over_population marks a shown week whose doses pass its
 * registered population (to be shown with its caveat). Sorted by province_code.
 * @throws Error if `weekEnd` is not an ISO date, a province code is not an integer, or the
 * manifest's schema lacks a column.
 */
export function vaccinationByProvince(
  registry: DatasetRegistry,
  options: VaccinationByProvinceOptions = {},
): SqlQuery {
  const { column: col } = vaccinationSource(registry);
  const conditions = provinceConditions(col('province_code'), options.provinceCodes ?? null);
  if (options.weekEnd !== undefined) {
    const weekEnd = castParam(requireIsoDate(options.weekEnd, 'weekEnd'), 'DATE');
    conditions.push(concatSql([col('week_end'), '<=', weekEnd]));
  }
  const shown = (value: string) => `CASE WHEN anomaly IS NULL THEN ${value} END`;
  const percent = (dose: string): string =>
    `CAST(${shown(`CAST(${dose} AS DOUBLE) * 100 / population`)} AS DOUBLE) AS ${dose}_pct`;
  return concatSql(
    [
      'WITH checked AS (',
      checkedWeeks(registry, conditions),
      ')',
      'SELECT',
      '  CAST(province_code AS INTEGER) AS province_code,',
      '  CAST(week_end AS DATE) AS week_end,',
      ...['population', ...DOSES].map((name) => `  CAST(${shown(name)} AS INTEGER) AS ${name},`),
      ...DOSES.map((dose) => `  ${percent(dose)},`),
      '  CAST(anomaly AS VARCHAR) AS anomaly,',
      '  coalesce(anomaly IS NULL AND greatest(dose1, dose2, dose3) > population, FALSE)',
      '    AS over_population',
      'FROM checked',
      'QUALIFY row_number() OVER (PARTITION BY province_code ORDER BY week_end DESC) = 1',
      'ORDER BY province_code',
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
 * does not make the cumulative curve dip; a province counts from its first week on. A week of a
 * province with an anomaly counts as missing (its earlier week is carried), and unknown province
 * codes never count. A week no filtered province has reached is absent, and an empty province
 * list gives no rows.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function vaccinationSeries(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const week = quoteIdent('week_end');
  const province = quoteIdent('province_code');
  const total = (name: string): string => `CAST(sum(v.${name}) AS DOUBLE) AS ${name}`;
  return concatSql(
    [
      'WITH checked AS (',
      checkedWeeks(registry, []),
      '), shown AS (SELECT * FROM checked WHERE anomaly IS NULL',
      '), weeks AS (',
      `  SELECT DISTINCT ${week} AS series_week FROM checked`,
      whereAll(dateRangeConditions(week, filters)),
      '), provinces AS (',
      `  SELECT DISTINCT ${province} AS series_province FROM shown`,
      whereAll(provinceConditions(province, filters.provinceCodes)),
      ')',
      'SELECT',
      '  CAST(weeks.series_week AS DATE) AS week_end,',
      `  ${total('population')},`,
      ...DOSES.map((dose, i) => `  ${total(dose)}${i < DOSES.length - 1 ? ',' : ''}`),
      'FROM weeks CROSS JOIN provinces',
      'ASOF JOIN shown AS v',
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
