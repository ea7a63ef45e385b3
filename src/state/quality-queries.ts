/**
 * The data-quality view queries: one per dataset, counting the rows the per-province figures leave
 * out (unknown provinces, duplicates, impossible counts). They read the whole table and depend on
 * no filter, so each runs once per load of its dataset.
 */
import { aggregateInputs, datasetQuality, QUALITY_DATASETS } from '../data/queries';
import type { QualityDatasetId } from '../data/queries';
import type { AppState } from './app-state';
import type { ViewQuery } from './query-runner';

/** The key of `id`'s quality query. */
export function qualityQueryKey(id: QualityDatasetId): string {
  return `quality.${id}`;
}

/** All quality queries (road safety's reads the daily aggregate the map reads, or its fallback). */
export const QUALITY_QUERIES: readonly ViewQuery<AppState>[] = QUALITY_DATASETS.map((id) => ({
  key: qualityQueryKey(id),
  datasets:
    id === 'road_safety' ? (registry) => aggregateInputs(registry, 'road_safety_daily') : [id],
  inputs: () => [],
  build: (registry) => datasetQuality(registry, id),
}));
