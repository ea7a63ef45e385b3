/**
 * SQL builders for the road_safety dataset (one row per incident): per-province totals, breakdowns,
 * points for the map and the date range. Time series are in road-safety-series.ts.
 */
import type { DatasetRegistry } from '../manifest/registry';
import { concatSql, whereAll, type SqlQuery } from '../sql';
import {
  categoryConditions,
  categoryValues,
  filterConditions,
  type CategoryColumn,
  type QueryFilters,
} from './filters';
import { soundProvinceRows } from './quality';
import { aggregateSource, tableSource, zeroFilled, type DatasetSource } from './source';

/** The dataset id these builders read. */
export const ROAD_SAFETY = 'road_safety';

/** Columns {@link roadSafetyBreakdown} can group by. */
export const ROAD_SAFETY_BREAKDOWNS = ['vehicle', 'cause'] as const;

/** One of {@link ROAD_SAFETY_BREAKDOWNS}. */
export type RoadSafetyBreakdownBy = (typeof ROAD_SAFETY_BREAKDOWNS)[number];

/** What the aggregating builders read, and how its rows add up to crashes, deaths and injuries. */
export interface RoadSafetyFacts extends DatasetSource {
  /** Aggregate expressions over the relation's rows. */
  readonly crashes: string;
  readonly deaths: string;
  readonly injuries: string;
}

/** The published per-day aggregates of road_safety (aggregates.ts) the builders read. */
export type RoadSafetyAggregate =
  'road_safety_daily' | 'road_safety_causes' | 'road_safety_vehicles';

/** The aggregate each breakdown reads. */
export const BREAKDOWN_AGGREGATE: Readonly<Record<RoadSafetyBreakdownBy, RoadSafetyAggregate>> = {
  cause: 'road_safety_causes',
  vehicle: 'road_safety_vehicles',
};

/**
 * The relation behind every aggregating road-safety builder: a published aggregate (province x
 * day [x cause | vehicle] with crashes, deaths, injuries), or its SELECT over the incidents.
 */
export function roadSafetyFacts(
  registry: DatasetRegistry,
  aggregate: RoadSafetyAggregate = 'road_safety_daily',
): RoadSafetyFacts {
  const source = aggregateSource(registry, aggregate);
  return {
    ...source,
    crashes: `sum(${source.column('crashes')})`,
    deaths: `sum(${source.column('deaths')})`,
    injuries: `sum(${source.column('injuries')})`,
  };
}

/** The incident rows themselves, for the builders that need single incidents (points). */
function roadSafetyIncidents(registry: DatasetRegistry): DatasetSource {
  return tableSource(registry, ROAD_SAFETY);
}

/** `crashes, deaths, injuries` as zero-filled INTEGER aggregates of `facts`. */
export function roadSafetyMeasures(facts: RoadSafetyFacts): string {
  return [
    `${zeroFilled(facts.crashes, 'INTEGER')} AS crashes`,
    `${zeroFilled(facts.deaths, 'INTEGER')} AS deaths`,
    `${zeroFilled(facts.injuries, 'INTEGER')} AS injuries`,
  ].join(', ');
}

/**
 * The filters as conditions on the facts' province_code and date columns, and on the category
 * columns listed (those the relation has).
 */
export function roadSafetyConditions(
  facts: DatasetSource,
  filters: QueryFilters,
  categories: readonly CategoryColumn[] = [],
): SqlQuery[] {
  return [
    ...filterConditions(filters, facts.column('province_code'), facts.column('date')),
    ...categories.flatMap((name) => categoryConditions(filters, name, facts.column(name))),
  ];
}

/**
 * The facts a cause or vehicle filter needs: the per-cause aggregate for a cause filter, the
 * per-vehicle one for a vehicle filter, else the daily one. The published tables split incidents
 * by cause or by vehicle, not both: with both filters, the cause filter wins.
 */
export function roadSafetyFilteredFacts(
  registry: DatasetRegistry,
  filters: QueryFilters,
): { readonly facts: RoadSafetyFacts; readonly categories: readonly CategoryColumn[] } {
  if (categoryValues(filters, 'cause') !== null) {
    return { facts: roadSafetyFacts(registry, 'road_safety_causes'), categories: ['cause'] };
  }
  if (categoryValues(filters, 'vehicle') !== null) {
    return { facts: roadSafetyFacts(registry, 'road_safety_vehicles'), categories: ['vehicle'] };
  }
  return { facts: roadSafetyFacts(registry), categories: [] };
}

/** Result columns of {@link roadSafetyByProvince} a province threshold may compare. */
export const ROAD_SAFETY_PROVINCE_MEASURES = ['crashes', 'deaths', 'injuries'] as const;

/**
 * One row per province with at least one incident in the filters (a cause or vehicle filter
 * included): province_code INTEGER, crashes INTEGER, deaths INTEGER, injuries INTEGER. Sorted by
 * province_code.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function roadSafetyByProvince(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  const { facts, categories } = roadSafetyFilteredFacts(registry, filters);
  const province = facts.column('province_code');
  return concatSql(
    [
      `SELECT CAST(${province} AS INTEGER) AS province_code, ${roadSafetyMeasures(facts)}`,
      `FROM ${facts.from}`,
      whereAll([
        ...roadSafetyConditions(facts, filters, categories),
        ...soundProvinceRows(province, ['crashes', 'deaths', 'injuries'].map(facts.column)),
      ]),
      `GROUP BY ${province}`,
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/**
 * Incidents in the filters by vehicle or cause: key VARCHAR, crashes INTEGER, deaths INTEGER,
 * injuries INTEGER. Most crashes first, ties by key. Only the filter on `by` itself applies (the
 * published per-vehicle table has no cause, and the other way round).
 * @throws Error if `by` is not 'vehicle' or 'cause', or a filter value is invalid.
 */
export function roadSafetyBreakdown(
  registry: DatasetRegistry,
  filters: QueryFilters,
  by: RoadSafetyBreakdownBy,
): SqlQuery {
  if (!ROAD_SAFETY_BREAKDOWNS.includes(by)) {
    throw new Error(
      `roadSafetyBreakdown: by ${JSON.stringify(by)} is not one of ${ROAD_SAFETY_BREAKDOWNS.join(', ')}`,
    );
  }
  const facts = roadSafetyFacts(registry, BREAKDOWN_AGGREGATE[by]);
  const key = facts.column(by);
  return concatSql(
    [
      `SELECT CAST(${key} AS VARCHAR) AS key, ${roadSafetyMeasures(facts)}`,
      `FROM ${facts.from}`,
      whereAll(roadSafetyConditions(facts, filters, [by])),
      `GROUP BY ${key}`,
      'ORDER BY crashes DESC, key',
    ],
    '\n',
  );
}

/**
 * The incidents in the filters (cause and vehicle filters included), for a GPU point layer, by
 * incident_id: lon DOUBLE, lat DOUBLE,
 * deaths INTEGER, injuries INTEGER, day INTEGER (days since the table's first date, whatever
 * the filters, so a time slider's day numbers do not shift when the filters change).
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function roadSafetyPoints(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  const incidents = roadSafetyIncidents(registry);
  const col = incidents.column;
  const date = col('date');
  return concatSql(
    [
      'SELECT',
      `  CAST(${col('lon')} AS DOUBLE) AS lon,`,
      `  CAST(${col('lat')} AS DOUBLE) AS lat,`,
      `  CAST(${col('deaths')} AS INTEGER) AS deaths,`,
      `  CAST(${col('injuries')} AS INTEGER) AS injuries,`,
      `  CAST(${date} - (SELECT min(${date}) FROM ${incidents.from}) AS INTEGER) AS day`,
      `FROM ${incidents.from}`,
      whereAll(roadSafetyConditions(incidents, filters, ['cause', 'vehicle'])),
      `ORDER BY ${col('incident_id')}`,
    ],
    '\n',
  );
}

/** One row: first_date DATE, last_date DATE of the whole table (both NULL when it is empty). */
export function roadSafetyDateRange(registry: DatasetRegistry): SqlQuery {
  const facts = roadSafetyFacts(registry);
  const date = facts.column('date');
  return {
    sql: `SELECT CAST(min(${date}) AS DATE) AS first_date, CAST(max(${date}) AS DATE) AS last_date FROM ${facts.from}`,
    params: [],
  };
}
