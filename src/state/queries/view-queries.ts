/**
 * The queries the state itself declares (the analyst's and the data-quality checks; the Mosaic
 * idea: views name what they need; the runner runs it when its inputs change), the keys of every
 * core dataset's queries (their modules in src/datasets declare them) and the days they look at.
 * Result column names are the SQL builders' contract.
 */
import type { AppState } from '../app/app-state';
import type { ViewQuery } from './query-runner';
import { ANALYST_QUERIES, ANALYST_QUERY_KEYS } from './filtered-queries';
import { QUALITY_QUERIES } from '../quality/quality-queries';
import { CURSOR_WINDOW_DAYS, addDays, effectiveRange } from './view-filters';

/**
 * The keys of the view queries, for the state code that reads their results (the province card,
 * chart notes, KPI status, data quality) and the modules that declare them.
 */
export const QUERY_KEYS = {
  // Declared by src/datasets/vaccination; named here for the state code that reads them.
  vaccinationByProvince: 'vaccination.byProvince',
  vaccinationSeries: 'vaccination.series',
  vaccinationPreviousByProvince: 'vaccination.previousByProvince',
  // Declared by src/datasets/poverty; named here for the state code that reads them.
  povertyByProvince: 'poverty.byProvince',
  povertyByDimension: 'poverty.byDimension',
  // Declared by src/datasets/road_safety; named here for the state code that reads them.
  roadByProvince: 'road_safety.byProvince',
  roadWholeByProvince: 'road_safety.wholeByProvince',
  roadDaily: 'road_safety.daily',
  roadCauses: 'road_safety.causes',
  roadVehicles: 'road_safety.vehicles',
  roadFestivalDays: 'road_safety.festivalDays',
  roadPoints: 'road_safety.points',
  roadCells: 'road_safety.cells',
  roadPreviousByProvince: 'road_safety.previousByProvince',
  // Declared by src/datasets/complaints; named here for the state code that reads them.
  complaintsByProvince: 'complaints.byProvince',
  complaintsWeekly: 'complaints.weekly',
  complaintsCategories: 'complaints.categories',
  complaintsStatuses: 'complaints.statuses',
  // Declared by src/datasets/households; named here for the state code that reads them.
  householdsByProvince: 'households.byProvince',
  householdHexbins: 'households.hexbins',
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

/**
 * The queries the state declares itself; the data flow adds every listed dataset's module
 * queries (dataset-modules.ts withModuleQueries).
 */
export const VIEW_QUERIES: readonly ViewQuery<AppState>[] = [
  ...ANALYST_QUERIES,
  ...QUALITY_QUERIES,
];
