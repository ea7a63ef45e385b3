/**
 * The data-quality view queries: one per dataset, counting the rows the per-province figures leave
 * out (unknown provinces, duplicates, impossible counts), and one per dated dataset reading the
 * newest date its rows carry (what its freshness badge checks `asOf` against). They read the whole
 * table and depend on no filter, so each runs once per load of its dataset.
 */
import { aggregateInputs, datasetQuality, QUALITY_DATASETS } from '../../data/queries';
import type { QualityDatasetId } from '../../data/queries';
import { DATED_DATASETS, datasetNewestDate } from '../../data/queries/newest-date';
import type { DatedDatasetId } from '../../data/queries/newest-date';
import type { DatasetRegistry } from '../../data/manifest/registry';
import type { AppState } from '../app/app-state';
import type { ViewQuery } from '../queries/query-runner';

/** The key of `id`'s quality query. */
export function qualityQueryKey(id: QualityDatasetId): string {
  return `quality.${id}`;
}

/** The key of `id`'s newest-date query. */
export function newestDateQueryKey(id: DatedDatasetId): string {
  return `newestDate.${id}`;
}

/** The datasets a whole-table check of `id` reads: road safety's daily aggregate, or its fallback. */
function checkedDatasets(id: QualityDatasetId): ViewQuery<AppState>['datasets'] {
  return id === 'road_safety' ? (registry) => aggregateInputs(registry, 'road_safety_daily') : [id];
}

/** All quality queries, then the newest-date queries. */
export const QUALITY_QUERIES: readonly ViewQuery<AppState>[] = [
  ...QUALITY_DATASETS.map((id) => ({
    key: qualityQueryKey(id),
    datasets: checkedDatasets(id),
    inputs: () => [],
    build: (registry: DatasetRegistry) => datasetQuality(registry, id),
  })),
  ...DATED_DATASETS.map((id) => ({
    key: newestDateQueryKey(id),
    datasets: checkedDatasets(id),
    inputs: () => [],
    build: (registry: DatasetRegistry) => datasetNewestDate(registry, id),
  })),
];
