/** Incident density on the app's hexagon grid, from the published per-day cell aggregate. */
import type { DatasetRegistry } from '../manifest/registry';
import { concatSql, whereAll, type SqlQuery } from '../sql';
import { checkFilters, dateRangeConditions, type QueryFilters } from './filters';
import { aggregateRelation } from './source';

/** The aggregate {@link roadSafetyCellDensity} reads. */
export const ROAD_SAFETY_CELLS = 'road_safety_cells';

/**
 * Incidents in the date range per hexagon cell (ROAD_CELL_KM, hexgrid.ts): q INTEGER, r INTEGER,
 * crashes INTEGER, deaths INTEGER, injuries INTEGER; cells without incidents are left out. Sorted
 * by q, r. Cells cross province borders, so provinceCodes does not apply (the map shows them all).
 * @throws Error if a date is not an ISO date.
 */
export function roadSafetyCellDensity(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const cells = aggregateRelation(registry, ROAD_SAFETY_CELLS);
  const col = cells.column;
  const sum = (name: string) => `CAST(coalesce(sum(${col(name)}), 0) AS INTEGER) AS ${name}`;
  return concatSql(
    [
      `SELECT CAST(${col('q')} AS INTEGER) AS q, CAST(${col('r')} AS INTEGER) AS r,`,
      `  ${sum('crashes')}, ${sum('deaths')}, ${sum('injuries')}`,
      'FROM',
      cells.from,
      whereAll(dateRangeConditions(col('date'), filters)),
      `GROUP BY ${col('q')}, ${col('r')}`,
      'ORDER BY 1, 2',
    ],
    '\n',
  );
}
