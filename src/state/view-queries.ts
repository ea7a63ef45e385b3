/**
 * Every query the war room's views declare (the Mosaic idea: views name what they need; the
 * runner runs it when its inputs change). Result column names are the SQL builders' contract.
 */
import {
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  householdHexbins,
  householdsByProvince,
  povertyByDimension,
  povertyByProvince,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDaily,
  roadSafetyFestivalDays,
  roadSafetyPoints,
  vaccinationByProvince,
  vaccinationSeries,
} from '../data/queries';
import type { AppState } from './app-state';
import type { ViewQuery } from './query-runner';
import { THRESHOLDS } from './thresholds';
import {
  chartFilters,
  CURSOR_WINDOW_DAYS,
  addDays,
  effectiveRange,
  isLayerActive,
} from './view-filters';

/** Size of a household hexagon (circumradius, km). */
export const HOUSEHOLD_CELL_KM = 12;

/** The keys of {@link VIEW_QUERIES}, for selectors. */
export const QUERY_KEYS = {
  vaccinationByProvince: 'vaccination.byProvince',
  vaccinationSeries: 'vaccination.series',
  povertyByProvince: 'poverty.byProvince',
  povertyByDimension: 'poverty.byDimension',
  roadByProvince: 'road_safety.byProvince',
  roadWholeByProvince: 'road_safety.wholeByProvince',
  roadDaily: 'road_safety.daily',
  roadCauses: 'road_safety.causes',
  roadVehicles: 'road_safety.vehicles',
  roadFestivalDays: 'road_safety.festivalDays',
  roadPoints: 'road_safety.points',
  complaintsByProvince: 'complaints.byProvince',
  complaintsWeekly: 'complaints.weekly',
  complaintsCategories: 'complaints.categories',
  complaintsStatuses: 'complaints.statuses',
  householdsByProvince: 'households.byProvince',
  householdHexbins: 'households.hexbins',
  vaccinationPreviousByProvince: 'vaccination.previousByProvince',
  roadPreviousByProvince: 'road_safety.previousByProvince',
  complaintsPreviousByProvince: 'complaints.previousByProvince',
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

const chartInputs = (s: AppState) => [s.url.province, s.url.region];
const chartRangeInputs = (s: AppState) => [...chartInputs(s), s.url.from, s.url.to, s.cursor];
const mapRangeInputs = (s: AppState) => [s.url.from, s.url.to, s.cursor];

/** The date complaints are counted open/overdue at: the cursor, the range's end, or the data's as-of. */
export function complaintsAsOf(state: AppState): string {
  const asOf = state.datasets.find((d) => d.id === 'complaints')?.asOf ?? '2025-12-31';
  return state.cursor ?? state.url.to ?? asOf;
}

function mapFilters(state: AppState, windowDays: number) {
  return { provinceCodes: null, ...effectiveRange(state, windowDays) };
}

const NO_RANGE = { from: null, to: null };

/** All declared queries. */
export const VIEW_QUERIES: readonly ViewQuery<AppState>[] = [
  {
    key: QUERY_KEYS.vaccinationByProvince,
    datasets: ['vaccination'],
    inputs: (s) => [s.cursor ?? s.url.to],
    build: (registry, s) => {
      const weekEnd = s.cursor ?? s.url.to;
      return vaccinationByProvince(registry, weekEnd === null ? {} : { weekEnd });
    },
  },
  {
    key: QUERY_KEYS.vaccinationSeries,
    datasets: ['vaccination'],
    inputs: chartInputs,
    build: (registry, s) => vaccinationSeries(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.povertyByProvince,
    datasets: ['poverty'],
    inputs: (s) => [s.povertyDimension],
    build: (registry, s) =>
      povertyByProvince(registry, { dimension: s.povertyDimension, provinceCodes: null }),
  },
  {
    key: QUERY_KEYS.povertyByDimension,
    datasets: ['poverty'],
    inputs: chartInputs,
    build: (registry, s) => povertyByDimension(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.roadByProvince,
    datasets: ['road_safety'],
    inputs: mapRangeInputs,
    build: (registry, s) => roadSafetyByProvince(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
  },
  {
    key: QUERY_KEYS.roadWholeByProvince,
    datasets: ['road_safety'],
    inputs: () => [],
    build: (registry) =>
      roadSafetyByProvince(registry, { provinceCodes: null, from: null, to: null }),
  },
  {
    key: QUERY_KEYS.roadDaily,
    datasets: ['road_safety'],
    inputs: chartInputs,
    build: (registry, s) => roadSafetyDaily(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.roadCauses,
    datasets: ['road_safety'],
    inputs: chartRangeInputs,
    build: (registry, s) =>
      roadSafetyBreakdown(registry, chartFilters(s, CURSOR_WINDOW_DAYS), 'cause'),
  },
  {
    key: QUERY_KEYS.roadVehicles,
    datasets: ['road_safety'],
    inputs: chartRangeInputs,
    build: (registry, s) =>
      roadSafetyBreakdown(registry, chartFilters(s, CURSOR_WINDOW_DAYS), 'vehicle'),
  },
  {
    key: QUERY_KEYS.roadFestivalDays,
    datasets: ['road_safety'],
    inputs: chartInputs,
    build: (registry, s) => roadSafetyFestivalDays(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.roadPoints,
    datasets: ['road_safety'],
    inputs: () => [],
    enabled: (s) => isLayerActive(s, 'road_safety'),
    build: (registry) => roadSafetyPoints(registry, { provinceCodes: null, from: null, to: null }),
  },
  {
    key: QUERY_KEYS.complaintsByProvince,
    datasets: ['complaints'],
    inputs: (s) => [...mapRangeInputs(s), complaintsAsOf(s)],
    build: (registry, s) =>
      complaintsByProvince(registry, mapFilters(s, 1), {
        asOf: complaintsAsOf(s),
        overdueDays: THRESHOLDS.complaints.overdueDays,
      }),
  },
  {
    key: QUERY_KEYS.complaintsWeekly,
    datasets: ['complaints'],
    inputs: chartInputs,
    build: (registry, s) => complaintsWeekly(registry, chartFilters(s, 1, true)),
  },
  {
    key: QUERY_KEYS.complaintsCategories,
    datasets: ['complaints'],
    inputs: chartRangeInputs,
    build: (registry, s) => complaintsBreakdown(registry, chartFilters(s, 1), 'category'),
  },
  {
    key: QUERY_KEYS.complaintsStatuses,
    datasets: ['complaints'],
    inputs: chartRangeInputs,
    build: (registry, s) => complaintsBreakdown(registry, chartFilters(s, 1), 'status'),
  },
  {
    key: QUERY_KEYS.householdsByProvince,
    datasets: ['households'],
    inputs: () => [],
    build: (registry) =>
      householdsByProvince(registry, { provinceCodes: null, from: null, to: null }),
  },
  {
    key: QUERY_KEYS.householdHexbins,
    datasets: ['households'],
    inputs: () => [],
    enabled: (s) => isLayerActive(s, 'households'),
    build: (registry) =>
      householdHexbins(
        registry,
        { provinceCodes: null, from: null, to: null },
        { cellKm: HOUSEHOLD_CELL_KM },
      ),
  },
  {
    key: QUERY_KEYS.vaccinationPreviousByProvince,
    datasets: ['vaccination'],
    inputs: (s) => [s.cursor ?? s.url.to],
    build: (registry, s) => {
      const weekEnd = s.cursor ?? s.url.to;
      const asOf = weekEnd ?? s.datasets.find((d) => d.id === 'vaccination')?.asOf ?? '2021-11-28';
      return vaccinationByProvince(registry, { weekEnd: addDays(asOf, -7) });
    },
  },
  {
    key: QUERY_KEYS.roadPreviousByProvince,
    datasets: ['road_safety'],
    inputs: mapRangeInputs,
    enabled: (s) => previousRange(s) !== null,
    build: (registry, s) =>
      roadSafetyByProvince(registry, { provinceCodes: null, ...(previousRange(s) ?? NO_RANGE) }),
  },
  {
    key: QUERY_KEYS.complaintsPreviousByProvince,
    datasets: ['complaints'],
    inputs: (s) => [complaintsAsOf(s)],
    build: (registry, s) =>
      complaintsByProvince(
        registry,
        { provinceCodes: null, from: null, to: null },
        { asOf: addDays(complaintsAsOf(s), -7), overdueDays: THRESHOLDS.complaints.overdueDays },
      ),
  },
];
