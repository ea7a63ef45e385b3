/**
 * SQL builders for the households dataset: PERSONAL DATA. The browser never holds household
 * records: the published tables are already aggregates (aggregates.ts) with no group under k,
 * and every builder here drops groups under k again (k = the dataset's minGroupSize, default 10),
 * so a hand-made file with small groups still never shows one.
 */
import { DEFAULT_MIN_GROUP_SIZE, HOUSEHOLD_CELL_KM } from '../published/aggregates';
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import { provinceConditions } from './filters';
import { soundProvinceRows } from './quality';
import { tableSource } from './source';

/** The dataset id these builders read (one row per province, published). */
export const HOUSEHOLDS = 'households';
/** The published per-hexagon table ({@link HOUSEHOLD_CELL_KM} km cells). */
export const HOUSEHOLDS_CELLS = 'households_cells';

/** Result columns of {@link householdsByProvince} a province threshold may compare. */
export const HOUSEHOLDS_PROVINCE_MEASURES = ['households', 'members'] as const;

export { DEFAULT_MIN_GROUP_SIZE, HOUSEHOLD_CELL_KM };

/** k: the smallest group of households a builder may return. */
export function householdsMinGroupSize(registry: DatasetRegistry): number {
  return registry.get(HOUSEHOLDS).minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
}

/** `households >= CAST(? AS INTEGER)`: the k-anonymity cut every builder applies. */
function atLeastK(registry: DatasetRegistry, households: string): SqlQuery {
  return concatSql([households, '>=', castParam(householdsMinGroupSize(registry), 'INTEGER')]);
}

/** `households, members, members_vaccinated` (INTEGER) of a published table's row. */
function counts(column: (name: string) => string): string {
  return ['households', 'members', 'members_vaccinated']
    .map((name) => `CAST(${column(name)} AS INTEGER) AS ${name}`)
    .join(', ');
}

/**
 * Households per province with at least k of them: province_code INTEGER, households INTEGER,
 * members INTEGER, members_vaccinated INTEGER. Sorted by province_code. `provinceCodes` null = all.
 * @throws Error if a province code is not an integer.
 */
export function householdsByProvince(
  registry: DatasetRegistry,
  provinceCodes: readonly number[] | null = null,
): SqlQuery {
  const { from, column } = tableSource(registry, HOUSEHOLDS);
  const province = column('province_code');
  return concatSql(
    [
      `SELECT CAST(${province} AS INTEGER) AS province_code, ${counts(column)}`,
      `FROM ${from}`,
      whereAll([
        atLeastK(registry, column('households')),
        ...provinceConditions(province, provinceCodes),
        ...soundProvinceRows(province, ['households', 'members', 'members_vaccinated'].map(column)),
      ]),
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/**
 * Households per hexagon of the app's grid ({@link HOUSEHOLD_CELL_KM} km, hexgrid.ts) with at
 * least k of them: q INTEGER, r INTEGER (draw with hexCellPolygon), households INTEGER, members
 * INTEGER, members_vaccinated INTEGER. Sorted by q, r. A hexagon on a province border is published
 * in one part per province (each of at least k): they are added up here.
 */
export function householdHexbins(registry: DatasetRegistry): SqlQuery {
  const { from, column } = tableSource(registry, HOUSEHOLDS_CELLS);
  const sum = (name: string) => `CAST(sum(${column(name)}) AS INTEGER) AS ${name}`;
  return concatSql(
    [
      `SELECT CAST(${column('q')} AS INTEGER) AS q, CAST(${column('r')} AS INTEGER) AS r,`,
      `  ${['households', 'members', 'members_vaccinated'].map(sum).join(', ')}`,
      `FROM ${from}`,
      whereAll([atLeastK(registry, column('households'))]),
      `GROUP BY ${column('q')}, ${column('r')}`,
      'ORDER BY 1, 2',
    ],
    '\n',
  );
}
