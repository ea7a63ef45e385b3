/**
 * The vaccination view queries: coverage per province in the week looked at (the layer, KPI,
 * card and ranking read it), the same a week before (the KPI's change) and doses per week for
 * the chart scope (the series and the doses breakdown).
 */
import { vaccinationSeries } from '../../data/queries';
import type { AppState } from '../../state/app/app-state';
import { vaccinationAt } from '../../state/queries/filtered-queries';
import type { ViewQuery } from '../../state/queries/query-runner';
import { thresholdOf } from '../../state/url/url-filters';
import {
  addDays,
  chartFilters,
  filterInputs,
  thresholded,
  withinThreshold,
} from '../../state/queries/view-filters';
import { datasetDay, QUERY_KEYS } from '../../state/queries/view-queries';

/** The as-of of the data when neither a cursor nor a range end names a week. */
const FALLBACK_AS_OF = '2021-11-28';

/** The view queries of the vaccination dataset `id`. */
export function vaccinationQueries(id: string): readonly ViewQuery<AppState>[] {
  return [
    {
      key: QUERY_KEYS.vaccinationByProvince,
      datasets: [id],
      inputs: (s) => [datasetDay(s, id), s.url.provinces, thresholdOf(s.url, id)],
      build: (registry, s) => thresholded(s, id, vaccinationAt(registry, s, datasetDay(s, id))),
    },
    {
      key: QUERY_KEYS.vaccinationSeries,
      datasets: [id],
      inputs: (s) => [s.url.province, s.url.region, ...filterInputs(s)],
      build: (registry, s) => vaccinationSeries(registry, chartFilters(s, 1, true)),
    },
    {
      key: QUERY_KEYS.vaccinationPreviousByProvince,
      datasets: [id],
      inputs: (s) => [datasetDay(s, id), s.url.provinces, thresholdOf(s.url, id)],
      // Only the provinces within today's threshold are compared with a week before.
      build: (registry, s) => {
        const weekEnd = datasetDay(s, id);
        const asOf = weekEnd ?? s.datasets.find((d) => d.id === id)?.asOf ?? FALLBACK_AS_OF;
        return withinThreshold(
          s,
          id,
          vaccinationAt(registry, s, addDays(asOf, -7)),
          vaccinationAt(registry, s, weekEnd),
        );
      },
    },
  ];
}
