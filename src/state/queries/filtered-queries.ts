/**
 * Pieces of the declared view queries that the analyst's filters add: per-province queries with
 * the province and category filters, and the lists of category values the filter panel offers.
 */
import {
  aggregateInputs,
  categoryOptions,
  complaintsByProvince,
  roadSafetyByProvince,
  vaccinationByProvince,
} from '../../data/queries';
import type { DatasetRegistry } from '../../data/manifest/registry';
import type { AppState } from '../app/app-state';
import type { ViewQuery } from './query-runner';
import { THRESHOLDS } from '../layers/thresholds';
import { filterProvinceCodes, mapFilters } from './view-filters';

const NO_RANGE = { from: null, to: null };

/** The map's per-province vaccination query at `weekEnd` (the filtered provinces). */
export function vaccinationAt(registry: DatasetRegistry, s: AppState, weekEnd: string | null) {
  return vaccinationByProvince(registry, {
    provinceCodes: filterProvinceCodes(s),
    ...(weekEnd === null ? {} : { weekEnd }),
  });
}

/** Road safety per province over the whole period, with the province and category filters. */
export function roadWhole(registry: DatasetRegistry, s: AppState) {
  return roadSafetyByProvince(registry, { ...mapFilters(s, 1), ...NO_RANGE });
}

/** Complaints per province counted at `asOf`, with the province and category filters. */
export function complaintsAt(registry: DatasetRegistry, s: AppState, asOf: string, range = true) {
  const filters = range ? mapFilters(s, 1) : { ...mapFilters(s, 1), ...NO_RANGE };
  return complaintsByProvince(registry, filters, {
    asOf,
    overdueDays: THRESHOLDS.complaints.overdueDays,
  });
}

/** Every road-safety table the road queries may read: the daily aggregate, or with a cause or
 * vehicle filter the per-cause or per-vehicle one (the runner waits for all of them). */
export const ROAD_FILTERABLE = (registry: DatasetRegistry): readonly string[] => [
  ...new Set([
    ...aggregateInputs(registry, 'road_safety_daily'),
    ...aggregateInputs(registry, 'road_safety_causes'),
    ...aggregateInputs(registry, 'road_safety_vehicles'),
  ]),
];

/** Keys of {@link ANALYST_QUERIES}. */
export const ANALYST_QUERY_KEYS = {
  roadOptions: 'analyst.roadOptions',
  complaintOptions: 'analyst.complaintOptions',
} as const;

/** The category values the analyst's filter panel offers (run in analyst mode only). */
export const ANALYST_QUERIES: readonly ViewQuery<AppState>[] = [
  {
    key: ANALYST_QUERY_KEYS.roadOptions,
    datasets: (registry) => [
      ...aggregateInputs(registry, 'road_safety_causes'),
      ...aggregateInputs(registry, 'road_safety_vehicles'),
    ],
    inputs: () => [],
    enabled: (s) => s.url.mode === 'analyst',
    build: (registry) => categoryOptions(registry, 'road_safety'),
  },
  {
    key: ANALYST_QUERY_KEYS.complaintOptions,
    datasets: ['complaints'],
    inputs: () => [],
    enabled: (s) => s.url.mode === 'analyst',
    build: (registry) => categoryOptions(registry, 'complaints'),
  },
];
