/**
 * Every query the war room's views declare (the Mosaic idea: views name what they need; the
 * runner runs it when its inputs change). Result column names are the SQL builders' contract.
 */
import {
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDaily,
  roadSafetyFestivalDays,
  roadSafetyCellDensity,
  roadSafetyPoints,
  ROAD_SAFETY_CELLS,
  aggregateInputs,
} from '../../data/queries';
import type { DatasetRegistry } from '../../data/manifest/registry';
import type { AppState } from '../app/app-state';
import type { ViewQuery } from './query-runner';
import type { LayerId } from '../models/view-models';
import {
  ANALYST_QUERIES,
  ANALYST_QUERY_KEYS,
  ROAD_FILTERABLE,
  roadWhole,
} from './filtered-queries';
import { QUALITY_QUERIES } from '../quality/quality-queries';
import { thresholdOf } from '../url/url-filters';
import {
  chartFilters,
  CURSOR_WINDOW_DAYS,
  addDays,
  categoryFilters,
  effectiveRange,
  filterInputs,
  filterProvinceCodes,
  isLayerActive,
  mapFilters,
  showsIncidentPointsAt,
  thresholded,
  withinThreshold,
} from './view-filters';

/** The keys of {@link VIEW_QUERIES}, for selectors. */
export const QUERY_KEYS = {
  // Declared by src/datasets/vaccination; named here for the state code that reads them.
  vaccinationByProvince: 'vaccination.byProvince',
  vaccinationSeries: 'vaccination.series',
  vaccinationPreviousByProvince: 'vaccination.previousByProvince',
  // Declared by src/datasets/poverty; named here for the state code that reads them.
  povertyByProvince: 'poverty.byProvince',
  povertyByDimension: 'poverty.byDimension',
  roadByProvince: 'road_safety.byProvince',
  roadWholeByProvince: 'road_safety.wholeByProvince',
  roadDaily: 'road_safety.daily',
  roadCauses: 'road_safety.causes',
  roadVehicles: 'road_safety.vehicles',
  roadFestivalDays: 'road_safety.festivalDays',
  roadPoints: 'road_safety.points',
  roadCells: 'road_safety.cells',
  // Declared by src/datasets/complaints; named here for the state code that reads them.
  complaintsByProvince: 'complaints.byProvince',
  complaintsWeekly: 'complaints.weekly',
  complaintsCategories: 'complaints.categories',
  complaintsStatuses: 'complaints.statuses',
  // Declared by src/datasets/households; named here for the state code that reads them.
  householdsByProvince: 'households.byProvince',
  householdHexbins: 'households.hexbins',
  roadPreviousByProvince: 'road_safety.previousByProvince',
  complaintsPreviousByProvince: 'complaints.previousByProvince',
  ...ANALYST_QUERY_KEYS,
} as const;

/** Days between two ISO dates (inclusive of both ends). */
function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 864e5) + 1;
}

/** The period of the same length just before the effective range; null without a full range. */
export function previousRange(state: AppState): { from: string; to: string } | null {
  const { from, to } = effectiveRange(state, CURSOR_WINDOW_DAYS);
  if (from === null || to === null) return null;
  const length = spanDays(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const chartInputs = (s: AppState) => [s.url.province, s.url.region, ...filterInputs(s)];
const chartRangeInputs = (s: AppState) => [...chartInputs(s), s.url.from, s.url.to, s.cursor];
const mapRangeInputs = (s: AppState) => [s.url.from, s.url.to, s.cursor, ...filterInputs(s)];
/** A layer's threshold, as a query input. */
const thresholdInput = (s: AppState, layer: LayerId) => thresholdOf(s.url, layer);

/**
 * The day a dataset is looked at: the cursor, else the range's end, kept inside the dataset's own
 * period (a 2025 brush shows vaccination as of its last week, not "nothing"); null when neither
 * is set and the dataset is not listed.
 */
export function datasetDay(state: AppState, id: string): string | null {
  const wanted = state.cursor ?? state.url.to;
  const period = state.datasets.find((d) => d.id === id)?.period;
  if (!period) return wanted;
  if (wanted === null) return null;
  if (wanted < period.from) return period.from;
  return wanted > period.to ? period.to : wanted;
}

/** The date complaints are counted open/overdue at: {@link datasetDay}, else the data's as-of. */
export function complaintsAsOf(state: AppState): string {
  const asOf = state.datasets.find((d) => d.id === 'complaints')?.asOf ?? '2025-12-31';
  return datasetDay(state, 'complaints') ?? asOf;
}

const NO_RANGE = { from: null, to: null };

/** The road-safety queries wait for the published aggregate they read (or its raw table). */
const roadTables =
  (aggregate: string) =>
  (registry: DatasetRegistry): readonly string[] =>
    aggregateInputs(registry, aggregate);
const ROAD_DAILY = roadTables('road_safety_daily');

/** All declared queries. */
export const VIEW_QUERIES: readonly ViewQuery<AppState>[] = [
  {
    key: QUERY_KEYS.roadByProvince,
    datasets: ROAD_FILTERABLE,
    inputs: (s) => [...mapRangeInputs(s), thresholdInput(s, 'road_safety')],
    build: (registry, s) =>
      thresholded(
        s,
        'road_safety',
        roadSafetyByProvince(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
      ),
  },
  {
    key: QUERY_KEYS.roadWholeByProvince,
    datasets: ROAD_FILTERABLE,
    inputs: (s) => [...mapRangeInputs(s), thresholdInput(s, 'road_safety')],
    build: (registry, s) =>
      withinThreshold(
        s,
        'road_safety',
        roadWhole(registry, s),
        roadSafetyByProvince(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
      ),
  },
  {
    key: QUERY_KEYS.roadDaily,
    datasets: ROAD_FILTERABLE,
    inputs: chartInputs,
    build: (registry, s) => roadSafetyDaily(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.roadCauses,
    datasets: roadTables('road_safety_causes'),
    inputs: chartRangeInputs,
    build: (registry, s) =>
      roadSafetyBreakdown(registry, chartFilters(s, CURSOR_WINDOW_DAYS), 'cause'),
  },
  {
    key: QUERY_KEYS.roadVehicles,
    datasets: roadTables('road_safety_vehicles'),
    inputs: chartRangeInputs,
    build: (registry, s) =>
      roadSafetyBreakdown(registry, chartFilters(s, CURSOR_WINDOW_DAYS), 'vehicle'),
  },
  {
    key: QUERY_KEYS.roadFestivalDays,
    datasets: ROAD_DAILY,
    inputs: chartInputs,
    build: (registry, s) => roadSafetyFestivalDays(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.roadPoints,
    datasets: ['road_safety'],
    inputs: (s) => [s.url.provinces, s.url.causes, s.url.vehicles],
    // The raw incidents are deferred: they load the first time the map is zoomed in to the dots.
    enabled: (s) =>
      isLayerActive(s, 'road_safety') &&
      (showsIncidentPointsAt(s) || s.results[QUERY_KEYS.roadPoints] !== undefined),
    build: (registry, s) =>
      roadSafetyPoints(registry, {
        provinceCodes: filterProvinceCodes(s),
        ...NO_RANGE,
        categories: categoryFilters(s),
      }),
  },
  {
    key: QUERY_KEYS.roadCells,
    datasets: roadTables(ROAD_SAFETY_CELLS),
    inputs: mapRangeInputs,
    enabled: (s) => isLayerActive(s, 'road_safety'),
    build: (registry, s) => roadSafetyCellDensity(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
  },
  {
    key: QUERY_KEYS.roadPreviousByProvince,
    datasets: ROAD_FILTERABLE,
    inputs: (s) => [...mapRangeInputs(s), thresholdInput(s, 'road_safety')],
    enabled: (s) => previousRange(s) !== null,
    build: (registry, s) =>
      withinThreshold(
        s,
        'road_safety',
        roadSafetyByProvince(registry, { ...mapFilters(s, 1), ...(previousRange(s) ?? NO_RANGE) }),
        roadSafetyByProvince(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
      ),
  },
  ...ANALYST_QUERIES,
  ...QUALITY_QUERIES,
];
