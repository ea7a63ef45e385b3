/**
 * The households view queries: households surveyed per province (the KPI, card and province
 * choropleth read it) and the k-anonymous hexagon cells (read only while the layer is shown).
 * The SQL builders stay in src/data/queries/households.ts: the aggregate publisher uses them too.
 */
import { householdHexbins, householdsByProvince } from '../../data/queries';
import type { AppState } from '../../state/app/app-state';
import type { ViewQuery } from '../../state/queries/query-runner';
import { thresholdOf } from '../../state/url/url-filters';
import { filterProvinceCodes, isLayerActive, thresholded } from '../../state/queries/view-filters';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** The view queries of the households dataset `id`. */
export function householdsQueries(id: string): readonly ViewQuery<AppState>[] {
  return [
    {
      key: QUERY_KEYS.householdsByProvince,
      datasets: [id],
      inputs: (s) => [s.url.provinces, thresholdOf(s.url, id)],
      build: (registry, s) =>
        thresholded(s, id, householdsByProvince(registry, filterProvinceCodes(s))),
    },
    {
      key: QUERY_KEYS.householdHexbins,
      datasets: [`${id}_cells`],
      inputs: () => [],
      enabled: (s) => isLayerActive(s, id),
      build: (registry) => householdHexbins(registry),
    },
  ];
}
