/**
 * The poverty view queries: target poor people per province for the chosen dimension (the
 * layer, KPI, card and ranking read it) and per dimension for the breakdown chart.
 */
import { povertyByDimension, povertyByProvince } from '../../data/queries';
import type { AppState } from '../../state/app/app-state';
import type { ViewQuery } from '../../state/queries/query-runner';
import { thresholdOf } from '../../state/url/url-filters';
import {
  chartFilters,
  filterInputs,
  filterProvinceCodes,
  thresholded,
} from '../../state/queries/view-filters';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** The view queries of the poverty dataset `id`. */
export function povertyQueries(id: string): readonly ViewQuery<AppState>[] {
  return [
    {
      key: QUERY_KEYS.povertyByProvince,
      datasets: [id],
      inputs: (s) => [s.povertyDimension, s.url.provinces, thresholdOf(s.url, id)],
      build: (registry, s) =>
        thresholded(
          s,
          id,
          povertyByProvince(registry, {
            dimension: s.povertyDimension,
            provinceCodes: filterProvinceCodes(s),
          }),
        ),
    },
    {
      key: QUERY_KEYS.povertyByDimension,
      datasets: [id],
      inputs: (s) => [s.url.province, s.url.region, ...filterInputs(s)],
      build: (registry, s) => povertyByDimension(registry, chartFilters(s, 1, true)),
    },
  ];
}
