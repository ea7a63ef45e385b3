import { PROVINCES } from '../data/provinces';
import type { RegionId } from '../data/province-table';
import type { QueryFilters } from '../data/queries';
import type { AppState } from './app-state';
import type { LayerId } from './view-models';

const codesByRegion = new Map<RegionId, readonly number[]>();
for (const province of PROVINCES) {
  codesByRegion.set(province.region, [
    ...(codesByRegion.get(province.region) ?? []),
    province.code,
  ]);
}

/** The province codes of a region (null region = null: all provinces). */
export function regionCodes(region: RegionId | null): readonly number[] | null {
  return region === null ? null : (codesByRegion.get(region) ?? []);
}

/** ISO date `days` days after `iso` (negative = before). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days of road-safety data one step of the time cursor shows (the cursor's day and the 6 before). */
export const CURSOR_WINDOW_DAYS = 7;

/**
 * The date range the map and breakdowns use: the cursor's window when the cursor is set
 * (`windowDays` ending on the cursor), else the brushed range.
 */
export function effectiveRange(
  state: Pick<AppState, 'cursor' | 'url'>,
  windowDays: number,
): { from: string | null; to: string | null } {
  if (state.cursor !== null) {
    return {
      from: windowDays > 1 ? addDays(state.cursor, 1 - windowDays) : null,
      to: state.cursor,
    };
  }
  return { from: state.url.from, to: state.url.to };
}

/** Provinces the charts and KPIs summarise: the selected province, else the region, else all. */
export function chartProvinceCodes(state: Pick<AppState, 'url'>): readonly number[] | null {
  return state.url.province !== null ? [state.url.province] : regionCodes(state.url.region);
}

/** Query filters for the charts: chart provinces and, unless `allDates`, the effective range. */
export function chartFilters(state: AppState, windowDays: number, allDates = false): QueryFilters {
  const range = allDates ? { from: null, to: null } : effectiveRange(state, windowDays);
  return { provinceCodes: chartProvinceCodes(state), ...range };
}

/** True when `id` is on the map. */
/** From this zoom on, the map draws incidents one by one; below it, their density. */
export const INCIDENT_POINTS_MIN_ZOOM = 7.5;

/** True when the map's stored view is zoomed in far enough to draw incidents one by one. */
export function showsIncidentPointsAt(state: AppState): boolean {
  return (state.url.view?.zoom ?? 0) >= INCIDENT_POINTS_MIN_ZOOM;
}

export function isLayerActive(state: Pick<AppState, 'url'>, id: LayerId): boolean {
  return state.url.layers.includes(id);
}
