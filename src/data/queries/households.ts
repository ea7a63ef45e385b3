/**
 * SQL builders for the households dataset: PERSONAL DATA. Every builder returns groups only, and
 * drops every group of fewer than k households (k = the dataset's minGroupSize, default 10). No
 * builder returns household rows or the coordinates of a household.
 */
import { hexCellsSql } from '../hexgrid';
import type { DatasetRegistry } from '../registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import { filterConditions, type QueryFilters } from './filters';
import { tableSource, type DatasetSource } from './source';

/** The dataset id these builders read. */
export const HOUSEHOLDS = 'households';

/** k when the manifest gives the households dataset no minGroupSize. */
export const DEFAULT_MIN_GROUP_SIZE = 10;

/** Options of {@link householdHexbins}. */
export interface HouseholdHexbinsOptions {
  /** Circumradius of a hexagon in km (see hexgrid.ts). */
  readonly cellKm: number;
}

/** The relation the households builders read. */
function householdsSource(registry: DatasetRegistry): DatasetSource {
  return tableSource(registry, HOUSEHOLDS);
}

/** k: the smallest group of households a builder may return. */
export function householdsMinGroupSize(registry: DatasetRegistry): number {
  return registry.get(HOUSEHOLDS).minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
}

/** `HAVING count(*) >= CAST(? AS INTEGER)`: the k-anonymity cut every builder ends with. */
function atLeastK(registry: DatasetRegistry): SqlQuery {
  return concatSql(['HAVING count(*) >=', castParam(householdsMinGroupSize(registry), 'INTEGER')]);
}

/** The group's counts: households, members, members_vaccinated (INTEGER). */
function groupCounts(members: string, vaccinated: string): string {
  return [
    'CAST(count(*) AS INTEGER) AS households',
    `CAST(sum(${members}) AS INTEGER) AS members`,
    `CAST(sum(${vaccinated}) AS INTEGER) AS members_vaccinated`,
  ].join(', ');
}

/**
 * Households surveyed in the filters, per province with at least k of them: province_code
 * INTEGER, households INTEGER, members INTEGER, members_vaccinated INTEGER. Sorted by
 * province_code. `from`/`to` filter the survey date.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function householdsByProvince(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  const { from, column: col } = householdsSource(registry);
  const province = col('province_code');
  return concatSql(
    [
      `SELECT CAST(${province} AS INTEGER) AS province_code,`,
      `  ${groupCounts(col('members'), col('members_vaccinated'))}`,
      `FROM ${from}`,
      whereAll(filterConditions(filters, province, col('surveyed'))),
      `GROUP BY ${province}`,
      atLeastK(registry),
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/**
 * Households surveyed in the filters, per hexagon of the app's grid (hexgrid.ts) with at least k
 * of them: q INTEGER, r INTEGER (axial cell address; draw it with hexCellPolygon), households
 * INTEGER, members INTEGER, members_vaccinated INTEGER. Sorted by q, r.
 * @throws Error if cellKm is not a number > 0, a date is not an ISO date or a province code is
 * not an integer.
 */
export function householdHexbins(
  registry: DatasetRegistry,
  filters: QueryFilters,
  options: HouseholdHexbinsOptions,
): SqlQuery {
  const { from, column: col } = householdsSource(registry);
  const lon = col('lon');
  const lat = col('lat');
  const located = concatSql([
    `SELECT ${lon} AS lon, ${lat} AS lat, ${col('members')} AS members,`,
    `${col('members_vaccinated')} AS members_vaccinated FROM ${from}`,
    whereAll([
      { sql: `${lon} IS NOT NULL AND ${lat} IS NOT NULL`, params: [] },
      ...filterConditions(filters, col('province_code'), col('surveyed')),
    ]),
  ]);
  return concatSql(
    [
      `SELECT q, r, ${groupCounts('members', 'members_vaccinated')}`,
      'FROM (',
      hexCellsSql(located, 'lon', 'lat', options.cellKm),
      ')',
      'GROUP BY q, r',
      atLeastK(registry),
      'ORDER BY q, r',
    ],
    '\n',
  );
}
