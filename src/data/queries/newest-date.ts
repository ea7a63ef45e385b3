/**
 * The newest date a dataset's own rows carry. A manifest's `asOf` and `period` are claims; the
 * freshness badge (src/state/freshness/freshness.ts) checks them against this, so a manifest that says
 * "current" over a file of old rows no longer hides the badge.
 */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, type SqlQuery } from '../sql';
import { aggregateRelation, tableSource, type AggregateRelation } from './source';

/**
 * Where each dataset's dates live: the relation read and its DATE columns (the newest of all of
 * them counts: a complaint closed today is today's data). Poverty (a year) and households (no date
 * at all) have none: their `period` stands.
 */
export const NEWEST_DATE_COLUMNS = {
  vaccination: { relation: 'vaccination', columns: ['week_end'] },
  // The daily aggregate the map reads: the raw incidents are loaded only when zoomed in.
  road_safety: { relation: 'road_safety_daily', columns: ['date'] },
  complaints: { relation: 'complaints', columns: ['received', 'closed'] },
} as const satisfies Record<string, { relation: string; columns: readonly string[] }>;

/** A dataset whose rows carry dates. */
export type DatedDatasetId = keyof typeof NEWEST_DATE_COLUMNS;

/** The datasets whose rows carry dates. */
export const DATED_DATASETS = Object.keys(NEWEST_DATE_COLUMNS) as readonly DatedDatasetId[];

/** True when `id`'s rows carry dates (a newest-date query exists for it). */
export function isDatedDataset(id: string): id is DatedDatasetId {
  return Object.hasOwn(NEWEST_DATE_COLUMNS, id);
}

/** The relation `id`'s dates are read from (road safety: its aggregate, or the fallback subquery). */
function datedRelation(registry: DatasetRegistry, relation: string): AggregateRelation {
  if (relation === 'road_safety_daily') return aggregateRelation(registry, relation);
  const table = tableSource(registry, relation);
  return { from: { sql: table.from, params: [] }, column: table.column };
}

/**
 * One row: newest_date DATE, the latest date in any of `id`'s date columns (NULL for a table with
 * no dated row), and as_of VARCHAR, the manifest's `asOf` of `id` when the query was built (NULL
 * if the manifest lacks `id`): a reader holding a newer entry knows the answer is not yet about
 * the file that entry describes. Identifiers come only from the registry (quoted there).
 * @throws Error if the manifest lacks the relation read or one of its date columns.
 */
export function datasetNewestDate(registry: DatasetRegistry, id: DatedDatasetId): SqlQuery {
  const { relation, columns } = NEWEST_DATE_COLUMNS[id];
  const source = datedRelation(registry, relation);
  const newest = columns.map((name) => `max(CAST(${source.column(name)} AS DATE))`);
  // greatest() skips NULLs: a dataset whose cases are all still open has only received dates.
  const expression = newest.length === 1 ? newest.join('') : `greatest(${newest.join(', ')})`;
  const asOf = registry.has(id) ? registry.get(id).asOf : null;
  return concatSql([
    `SELECT ${expression} AS newest_date,`,
    castParam(asOf, 'VARCHAR'),
    'AS as_of FROM',
    source.from,
  ]);
}
