import {
  COMPLAINTS_PROVINCE_MEASURES,
  HOUSEHOLDS_PROVINCE_MEASURES,
  POVERTY_PROVINCE_MEASURES,
  restrictToProvincesOf,
  ROAD_SAFETY_PROVINCE_MEASURES,
  VACCINATION_PROVINCE_MEASURES,
  withThreshold,
  type CategoryFilters,
  type QueryFilters,
} from '../../data/queries';
import type { SqlQuery } from '../../data/sql';
import type { AppState } from '../app/app-state';
import { cardGroup, findGroup, type GroupKey } from '../groupings/groupings';
import { thresholdOf } from '../url/url-filters';
import type { LayerId } from '../models/view-models';

/**
 * The province codes of a group (null = null: all provinces). `group` is a {@link GroupKey}: a
 * region id ("north") or `grouping:group` ("health:9"); an unknown group has no provinces.
 */
export function regionCodes(group: GroupKey | null): readonly number[] | null {
  return group === null ? null : (findGroup(group)?.group.codes ?? []);
}

/**
 * The provinces the selected province is compared with on its card: its group in the chosen
 * grouping (its region when no group is chosen), or null without a selected province.
 */
export function cardGroupCodes(state: Pick<AppState, 'url'>): readonly number[] | null {
  return cardGroup(state.url)?.group.codes ?? null;
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

/** The analyst's province filter (`provinces=`), or null when every province is in. */
export function filterProvinceCodes(state: Pick<AppState, 'url'>): readonly number[] | null {
  const codes = state.url.provinces;
  return codes && codes.length > 0 ? codes : null;
}

/**
 * Provinces the charts summarise: the selected province, else the province filter within the
 * chosen group, else the group, else all.
 */
export function chartProvinceCodes(state: Pick<AppState, 'url'>): readonly number[] | null {
  if (state.url.province !== null) return [state.url.province];
  const region = regionCodes(state.url.region);
  const filter = filterProvinceCodes(state);
  if (filter === null) return region;
  return region === null ? filter : filter.filter((code) => region.includes(code));
}

/** The analyst's category filters as the query builders take them. */
export function categoryFilters(state: Pick<AppState, 'url'>): CategoryFilters {
  const { causes, vehicles, categories, statuses } = state.url;
  return { cause: causes, vehicle: vehicles, category: categories, status: statuses };
}

/** State values every filtered query depends on (for a query's `inputs`). */
export function filterInputs(state: Pick<AppState, 'url'>): readonly unknown[] {
  const { provinces, causes, vehicles, categories, statuses } = state.url;
  return [provinces, causes, vehicles, categories, statuses];
}

/** Query filters for the charts: chart provinces, categories and, unless `allDates`, the range. */
export function chartFilters(state: AppState, windowDays: number, allDates = false): QueryFilters {
  const range = allDates ? { from: null, to: null } : effectiveRange(state, windowDays);
  return { provinceCodes: chartProvinceCodes(state), ...range, categories: categoryFilters(state) };
}

/**
 * Query filters for the map's per-province queries: the province filter (not the region: the
 * map shows the whole country and dims what is outside the region), categories, the range.
 */
export function mapFilters(state: AppState, windowDays: number): QueryFilters {
  return {
    provinceCodes: filterProvinceCodes(state),
    ...effectiveRange(state, windowDays),
    categories: categoryFilters(state),
  };
}

/** The columns of each layer's per-province query a threshold may compare. */
const PROVINCE_MEASURES: Readonly<Partial<Record<LayerId, readonly string[]>>> = {
  vaccination: VACCINATION_PROVINCE_MEASURES,
  poverty: POVERTY_PROVINCE_MEASURES,
  road_safety: ROAD_SAFETY_PROVINCE_MEASURES,
  complaints: COMPLAINTS_PROVINCE_MEASURES,
  households: HOUSEHOLDS_PROVINCE_MEASURES,
};

/** A layer's per-province query with the layer's threshold (if any) applied. */
export function thresholded(
  state: Pick<AppState, 'url'>,
  layer: LayerId,
  query: SqlQuery,
): SqlQuery {
  return withThreshold(query, thresholdOf(state.url, layer), PROVINCE_MEASURES[layer] ?? []);
}

/**
 * Another per-province query of the layer (the previous period, the whole period) kept to the
 * provinces that pass the layer's threshold now (`current`: the unthresholded current query), so
 * comparisons add up the same provinces.
 */
export function withinThreshold(
  state: Pick<AppState, 'url'>,
  layer: LayerId,
  query: SqlQuery,
  current: SqlQuery,
): SqlQuery {
  return thresholdOf(state.url, layer) === null
    ? query
    : restrictToProvincesOf(query, thresholded(state, layer, current));
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
