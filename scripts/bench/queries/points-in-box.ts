/**
 * The "raw points in a box" query of the query benchmark: incidents inside a lon/lat box and a
 * date range, the rows a map brush over the dots would ask for. Built like the app's builders
 * (src/data/queries): names from the registry, values only as `CAST(? AS type)` parameters.
 */
import { dateRangeConditions } from '../../../src/data/queries/filters';
import { ROAD_SAFETY } from '../../../src/data/queries/road-safety';
import type { DatasetRegistry } from '../../../src/data/manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../../../src/data/sql';

/** A lon/lat box in degrees (WGS 84), edges inclusive. */
export interface LonLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Bangkok and its five neighbouring provinces (Nonthaburi, Pathum Thani, Samut Prakan, ...). */
export const BANGKOK_BOX: LonLatBox = Object.freeze({
  west: 100.3,
  south: 13.45,
  east: 100.95,
  north: 14.15,
});

/** Returns `box` if its edges are finite degrees with west <= east and south <= north. */
export function checkBox(box: LonLatBox): LonLatBox {
  const { west, south, east, north } = box;
  const inRange = (value: number, limit: number): boolean =>
    Number.isFinite(value) && Math.abs(value) <= limit;
  if (![west, east].every((v) => inRange(v, 180)) || ![south, north].every((v) => inRange(v, 90))) {
    throw new Error(`box ${JSON.stringify(box)}: edges must be degrees (lon ±180, lat ±90)`);
  }
  if (west > east || south > north) {
    throw new Error(`box ${JSON.stringify(box)}: needs west <= east and south <= north`);
  }
  return box;
}

/**
 * Incidents with lon/lat inside `box` and date in the inclusive ISO range (null = open), by
 * incident_id (as roadSafetyPoints orders them): lon DOUBLE, lat DOUBLE, deaths INTEGER,
 * injuries INTEGER.
 * @throws Error if the box is not a valid box, a date is not an ISO date, or the registry's
 * road_safety dataset lacks a column.
 */
export function roadSafetyPointsInBox(
  registry: DatasetRegistry,
  box: LonLatBox,
  range: { readonly from: string | null; readonly to: string | null },
): SqlQuery {
  checkBox(box);
  const col = (name: string): string => registry.column(ROAD_SAFETY, name);
  const between = (column: string, low: number, high: number): SqlQuery =>
    concatSql([column, 'BETWEEN', castParam(low, 'DOUBLE'), 'AND', castParam(high, 'DOUBLE')]);
  return concatSql(
    [
      'SELECT',
      `  CAST(${col('lon')} AS DOUBLE) AS lon,`,
      `  CAST(${col('lat')} AS DOUBLE) AS lat,`,
      `  CAST(${col('deaths')} AS INTEGER) AS deaths,`,
      `  CAST(${col('injuries')} AS INTEGER) AS injuries`,
      `FROM ${registry.tableName(ROAD_SAFETY)}`,
      whereAll([
        between(col('lon'), box.west, box.east),
        between(col('lat'), box.south, box.north),
        ...dateRangeConditions(col('date'), range),
      ]),
      `ORDER BY ${col('incident_id')}`,
    ],
    '\n',
  );
}
