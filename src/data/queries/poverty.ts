/** SQL builders for the poverty dataset (TPMAP targets: province x dimension, one survey year). */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import { checkFilters, provinceConditions, type QueryFilters } from './filters';
import { POVERTY_DIMENSIONS, type PovertyDimension } from './poverty-dimensions';
import { soundProvinceRows } from './quality';
import { tableSource, type DatasetSource } from './source';

/** The dataset id these builders read. */
export const POVERTY = 'poverty';

/** Result columns of {@link povertyByProvince} a province threshold may compare. */
export const POVERTY_PROVINCE_MEASURES = ['target_people', 'target_households'] as const;

export { POVERTY_DIMENSIONS, type PovertyDimension };

/** Options of {@link povertyByProvince}. */
export interface PovertyByProvinceOptions {
  readonly dimension: PovertyDimension;
  /** Provinces to include; null = all, empty = none. */
  readonly provinceCodes: readonly number[] | null;
}

/** The relation the poverty builders read. */
function povertySource(registry: DatasetRegistry): DatasetSource {
  return tableSource(registry, POVERTY);
}

/** `year = (newest year)`: the file holds one survey year; if it holds more, the newest counts. */
function newestYearCondition(source: DatasetSource): string {
  const year = source.column('year');
  return `${year} = (SELECT max(${year}) FROM ${source.from})`;
}

/**
 * One row per province for one dimension of the newest survey year: province_code INTEGER,
 * target_people DOUBLE, target_households DOUBLE (DOUBLE, like the vaccination sums, so the app
 * reads plain numbers, never bigint). Sorted by province_code.
 * @throws Error if the dimension is not one of {@link POVERTY_DIMENSIONS} or a province code is
 * not an integer.
 */
export function povertyByProvince(
  registry: DatasetRegistry,
  options: PovertyByProvinceOptions,
): SqlQuery {
  const dimension = requireDimension(options.dimension);
  const source = povertySource(registry);
  const col = source.column;
  const province = col('province_code');
  return concatSql(
    [
      'SELECT',
      `  CAST(${province} AS INTEGER) AS province_code,`,
      `  CAST(sum(${col('target_people')}) AS DOUBLE) AS target_people,`,
      `  CAST(sum(${col('target_households')}) AS DOUBLE) AS target_households`,
      `FROM ${source.from}`,
      whereAll([
        concatSql([col('dimension'), '=', castParam(dimension, 'VARCHAR')]),
        { sql: newestYearCondition(source), params: [] },
        ...provinceConditions(province, options.provinceCodes),
        ...soundProvinceRows(province, [col('target_people'), col('target_households')]),
      ]),
      `GROUP BY ${province}`,
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/**
 * The filtered provinces' targets per dimension, newest survey year: dimension VARCHAR,
 * target_people DOUBLE, target_households DOUBLE. Ordered as {@link POVERTY_DIMENSIONS}
 * (other values in the file follow, alphabetically). `from`/`to` are ignored: the data is one year.
 * @throws Error if a province code is not an integer.
 */
export function povertyByDimension(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const source = povertySource(registry);
  const col = source.column;
  const dimension = col('dimension');
  const rank = concatSql(
    POVERTY_DIMENSIONS.map((name, index) =>
      concatSql(['WHEN', castParam(name, 'VARCHAR'), 'THEN', castParam(index, 'INTEGER')]),
    ),
  );
  const otherRank = castParam(POVERTY_DIMENSIONS.length, 'INTEGER');
  return concatSql(
    [
      'SELECT',
      `  CAST(${dimension} AS VARCHAR) AS dimension,`,
      `  CAST(sum(${col('target_people')}) AS DOUBLE) AS target_people,`,
      `  CAST(sum(${col('target_households')}) AS DOUBLE) AS target_households`,
      `FROM ${source.from}`,
      whereAll([
        { sql: newestYearCondition(source), params: [] },
        ...provinceConditions(col('province_code'), filters.provinceCodes),
      ]),
      `GROUP BY ${dimension}`,
      concatSql(['ORDER BY CASE', dimension, rank, 'ELSE', otherRank, 'END, dimension']),
    ],
    '\n',
  );
}

function requireDimension(dimension: string): PovertyDimension {
  const known = POVERTY_DIMENSIONS.find((name) => name === dimension);
  if (known === undefined) {
    throw new Error(
      `dimension ${JSON.stringify(dimension)} is not a poverty dimension (use one of ${POVERTY_DIMENSIONS.join(', ')})`,
    );
  }
  return known;
}
