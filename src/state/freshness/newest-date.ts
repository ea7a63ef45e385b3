/**
 * The newest date in a dataset's own rows, as its newest-date query (quality-queries.ts) answered
 * it, for the freshness badge to check the manifest's `asOf` against.
 */
import { isDatedDataset } from '../../data/queries/newest-date';
import type { AppState } from '../app/app-state';
import { newestDateQueryKey } from '../quality/quality-queries';
import { isoDay, resultRows } from '../queries/result-rows';

/**
 * The newest date (ISO) in `id`'s rows, or null: a dataset without dates, a query that has not
 * answered yet, a table without a dated row, or an answer about an older file than the entry the
 * manifest now gives (built against another `asOf`: the reload's query has not answered yet).
 */
export function newestDateOf(state: AppState, id: string): string | null {
  if (!isDatedDataset(id)) return null;
  const row = resultRows(state, newestDateQueryKey(id))[0];
  const def = state.datasets.find((d) => d.id === id);
  if (!row || !def || row.as_of !== def.asOf) return null;
  const newest: unknown = row.newest_date;
  // A DATE beyond what a JavaScript Date holds (DuckDB reaches year 5,881,580) says nothing usable.
  const usable = typeof newest === 'number' && !Number.isNaN(new Date(newest).getTime());
  return usable ? isoDay(newest) : null;
}
