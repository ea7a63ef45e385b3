/**
 * The small tables the browser reads instead of raw records (the Mosaic idea, done at publish
 * time): scripts/ runs these SELECTs on native DuckDB over the raw files and publishes their
 * results next to the manifest, so an interaction scans thousands of rows, not millions.
 *
 * Each aggregate is a SELECT over one raw dataset, named through the registry of the RAW
 * datasets (data/datasets.json). The browser's builders read the published tables by the ids
 * below; when a manifest does not list one (a ministry's own raw file), they read the same SELECT
 * as a subquery over the raw table, so both paths give the same numbers.
 */
import type { ColumnDef } from '../manifest/manifest-types';
import type { AggregateDef } from './aggregate-def';
import { hexCellsSql } from './hexgrid';
import type { DatasetNames } from '../manifest/dataset-names';
import { castParam, concatSql, type SqlQuery } from '../sql';
import { COMPLAINTS_TIERS } from './complaints-tiers';

export type { AggregateDef } from './aggregate-def';

/** Circumradius (km) of the road-safety density cells (hexgrid.ts). */
export const ROAD_CELL_KM = 12;
/** Circumradius (km) of the household cells (hexgrid.ts). */
export const HOUSEHOLD_CELL_KM = 12;
/** k when the raw households dataset gives no minGroupSize. */
export const DEFAULT_MIN_GROUP_SIZE = 10;

const int = (name: string, description: string): ColumnDef => ({
  name,
  type: 'INTEGER',
  nullable: false,
  description,
});

const PROVINCE = int('province_code', 'TIS-1099 province code');
const DAY: ColumnDef = { name: 'date', type: 'DATE', nullable: false, description: 'Day' };
const COUNTS: readonly ColumnDef[] = [
  int('crashes', 'Incidents'),
  int('deaths', 'Deaths'),
  int('injuries', 'Injuries'),
];
const HOUSEHOLD_COUNTS: readonly ColumnDef[] = [
  int('households', 'Households surveyed (never fewer than k)'),
  int('members', 'Members of those households'),
  int('members_vaccinated', 'Members with at least one dose'),
];

/** `crashes, deaths, injuries` of raw incident rows. */
function incidentCounts(raw: DatasetNames): string {
  const col = (name: string) => raw.column('road_safety', name);
  return [
    'CAST(count(*) AS INTEGER) AS crashes',
    `CAST(coalesce(sum(${col('deaths')}), 0) AS INTEGER) AS deaths`,
    `CAST(coalesce(sum(${col('injuries')}), 0) AS INTEGER) AS injuries`,
  ].join(', ');
}

/** Incidents per province, day and one more key column (festival, cause or vehicle). */
function roadSafetyByDayAnd(raw: DatasetNames, keys: readonly string[]): SqlQuery {
  const col = (name: string) => raw.column('road_safety', name);
  const province = col('province_code');
  const date = col('date');
  const keyColumns = keys.map((key) =>
    key === 'festival_day'
      ? `CAST(${col(key)} AS INTEGER) AS ${col(key)}`
      : `CAST(${col(key)} AS VARCHAR) AS ${col(key)}`,
  );
  const keyNames = keys.map(col);
  return {
    sql: [
      `SELECT CAST(${province} AS INTEGER) AS province_code, CAST(${date} AS DATE) AS date,`,
      `  ${[...keyColumns, incidentCounts(raw)].join(', ')}`,
      `FROM ${raw.tableName('road_safety')}`,
      `WHERE ${province} IS NOT NULL AND ${date} IS NOT NULL`,
      `GROUP BY ${[province, date, ...keyNames].join(', ')}`,
      `ORDER BY 2, 1${keys.map((_, i) => `, ${i + 3}`).join('')}`,
    ].join('\n'),
    params: [],
  };
}

/** k of the raw households dataset. */
export function minGroupSizeOf(raw: DatasetNames, id: string): number {
  return raw.get(id).minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
}

function householdCounts(raw: DatasetNames): string {
  const col = (name: string) => raw.column('households', name);
  return [
    'CAST(count(*) AS INTEGER) AS households',
    `CAST(coalesce(sum(${col('members')}), 0) AS INTEGER) AS members`,
    `CAST(coalesce(sum(${col('members_vaccinated')}), 0) AS INTEGER) AS members_vaccinated`,
  ].join(', ');
}

/** `HAVING count(*) >= k`: groups under k are never published. */
function atLeastK(raw: DatasetNames): SqlQuery {
  return concatSql(['HAVING count(*) >=', castParam(minGroupSizeOf(raw, 'households'), 'INTEGER')]);
}

/** Every aggregate the war room publishes, by id. */
export const AGGREGATES: readonly AggregateDef[] = [
  {
    id: 'road_safety_daily',
    of: 'road_safety',
    titleSuffix: { th: 'รายจังหวัดรายวัน', en: 'by province and day' },
    columns: [
      PROVINCE,
      DAY,
      { name: 'festival', type: 'VARCHAR', nullable: true, description: 'newyear, songkran' },
      { name: 'festival_day', type: 'INTEGER', nullable: true, description: 'Day 1..7 of it' },
      ...COUNTS,
    ],
    build: (raw) => roadSafetyByDayAnd(raw, ['festival', 'festival_day']),
  },
  {
    id: 'road_safety_causes',
    of: 'road_safety',
    titleSuffix: { th: 'รายจังหวัดรายวันตามสาเหตุ', en: 'by province, day and cause' },
    columns: [PROVINCE, DAY, { name: 'cause', type: 'VARCHAR', nullable: true }, ...COUNTS],
    build: (raw) => roadSafetyByDayAnd(raw, ['cause']),
  },
  {
    id: 'road_safety_vehicles',
    of: 'road_safety',
    titleSuffix: { th: 'รายจังหวัดรายวันตามยานพาหนะ', en: 'by province, day and vehicle' },
    columns: [PROVINCE, DAY, { name: 'vehicle', type: 'VARCHAR', nullable: true }, ...COUNTS],
    build: (raw) => roadSafetyByDayAnd(raw, ['vehicle']),
  },
  {
    id: 'road_safety_cells',
    of: 'road_safety',
    titleSuffix: {
      th: `รายวันตามช่องหกเหลี่ยม ${ROAD_CELL_KM} กม.`,
      en: `by day and ${ROAD_CELL_KM} km hexagon`,
    },
    columns: [
      int('q', `Axial column of the ${ROAD_CELL_KM} km hexagon (src/data/published/hexgrid.ts)`),
      int('r', `Axial row of the ${ROAD_CELL_KM} km hexagon`),
      DAY,
      ...COUNTS,
    ],
    build: (raw) => {
      const col = (name: string) => raw.column('road_safety', name);
      const located = [
        `SELECT ${col('lon')} AS lon, ${col('lat')} AS lat, ${col('date')} AS day,`,
        `${col('deaths')} AS deaths, ${col('injuries')} AS injuries`,
        `FROM ${raw.tableName('road_safety')}`,
        `WHERE ${col('lon')} IS NOT NULL AND ${col('lat')} IS NOT NULL AND ${col('date')} IS NOT NULL`,
      ].join(' ');
      return concatSql(
        [
          'SELECT q, r, CAST(day AS DATE) AS date, CAST(count(*) AS INTEGER) AS crashes,',
          '  CAST(coalesce(sum(deaths), 0) AS INTEGER) AS deaths,',
          '  CAST(coalesce(sum(injuries), 0) AS INTEGER) AS injuries',
          'FROM (',
          hexCellsSql(located, 'lon', 'lat', ROAD_CELL_KM),
          ')',
          'GROUP BY day, q, r',
          'ORDER BY 3, 1, 2',
        ],
        '\n',
      );
    },
  },
  {
    id: 'households',
    of: 'households',
    titleSuffix: { th: 'รายจังหวัด', en: 'by province' },
    columns: [PROVINCE, ...HOUSEHOLD_COUNTS],
    build: (raw) => {
      const province = raw.column('households', 'province_code');
      return concatSql(
        [
          `SELECT CAST(${province} AS INTEGER) AS province_code, ${householdCounts(raw)}`,
          `FROM ${raw.tableName('households')}`,
          `WHERE ${province} IS NOT NULL`,
          `GROUP BY ${province}`,
          atLeastK(raw),
          'ORDER BY 1',
        ],
        '\n',
      );
    },
  },
  {
    id: 'households_cells',
    of: 'households',
    titleSuffix: {
      th: `ตามจังหวัดและช่องหกเหลี่ยม ${HOUSEHOLD_CELL_KM} กม.`,
      en: `by province and ${HOUSEHOLD_CELL_KM} km hexagon`,
    },
    columns: [
      PROVINCE,
      int(
        'q',
        `Axial column of the ${HOUSEHOLD_CELL_KM} km hexagon (src/data/published/hexgrid.ts)`,
      ),
      int('r', `Axial row of the ${HOUSEHOLD_CELL_KM} km hexagon`),
      ...HOUSEHOLD_COUNTS,
    ],
    build: householdCellsSql,
  },
  ...COMPLAINTS_TIERS,
];

/**
 * Households per province and hexagon, each group of at least k, with complementary
 * suppression: a province's households not in a published cell (dropped cells, no coordinates)
 * number 0 or at least k, so its published total minus its cells never reveals a smaller group.
 * Where they would number 1 to k-1, the province's smallest cells are withheld too.
 */
function householdCellsSql(raw: DatasetNames): SqlQuery {
  const col = (name: string) => raw.column('households', name);
  const province = col('province_code');
  const located = [
    `SELECT CAST(${province} AS INTEGER) AS province_code, ${col('lon')} AS lon, ${col('lat')} AS lat,`,
    `${col('members')} AS members, ${col('members_vaccinated')} AS members_vaccinated`,
    `FROM ${raw.tableName('households')}`,
    `WHERE ${col('lon')} IS NOT NULL AND ${col('lat')} IS NOT NULL AND ${province} IS NOT NULL`,
  ].join(' ');
  const k = () => castParam(minGroupSizeOf(raw, 'households'), 'INTEGER');
  return concatSql(
    [
      'WITH cells AS (',
      '  SELECT province_code, q, r, count(*) AS households,',
      '    coalesce(sum(members), 0) AS members,',
      '    coalesce(sum(members_vaccinated), 0) AS members_vaccinated',
      '  FROM (',
      hexCellsSql(located, 'lon', 'lat', HOUSEHOLD_CELL_KM),
      '  )',
      '  GROUP BY province_code, q, r',
      atLeastK(raw),
      '), totals AS (',
      `  SELECT CAST(${province} AS INTEGER) AS province_code, count(*) AS total`,
      `  FROM ${raw.tableName('households')} WHERE ${province} IS NOT NULL GROUP BY 1`,
      '), ranked AS (',
      '  SELECT cells.*, totals.total - sum(households) OVER (PARTITION BY cells.province_code) AS hidden,',
      '    coalesce(sum(households) OVER (PARTITION BY cells.province_code ORDER BY households, q, r',
      '      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS smaller',
      '  FROM cells JOIN totals USING (province_code)',
      ')',
      'SELECT province_code, CAST(q AS INTEGER) AS q, CAST(r AS INTEGER) AS r,',
      '  CAST(households AS INTEGER) AS households, CAST(members AS INTEGER) AS members,',
      '  CAST(members_vaccinated AS INTEGER) AS members_vaccinated',
      'FROM ranked',
      // Withheld: the smallest cells, until the hidden households reach k.
      'WHERE NOT (hidden > 0 AND hidden + smaller <',
      k(),
      ')',
      'ORDER BY 1, 2, 3',
    ],
    '\n',
  );
}

/** The aggregate with this id. @throws Error if there is none. */
export function aggregateDef(id: string): AggregateDef {
  const def = AGGREGATES.find((a) => a.id === id);
  if (!def)
    throw new Error(
      `no published aggregate '${id}' (known: ${AGGREGATES.map((a) => a.id).join(', ')})`,
    );
  return def;
}

/**
 * Raw datasets that are never published as they are: personal data (a minGroupSize) leaves the
 * build only through its aggregates.
 */
export function publishesRaw(raw: DatasetNames, id: string): boolean {
  return raw.get(id).minGroupSize === undefined;
}
