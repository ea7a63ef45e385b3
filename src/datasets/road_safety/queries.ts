/**
 * The road-safety view queries: crashes, deaths and injuries per province in the effective range
 * (the layer, KPI, card and ranking read it) and over the whole period (the KPI's baseline), the
 * same for the period just before (the KPI's change), per day and per festival day (the series
 * and the 7 dangerous days), per cause and per vehicle (the breakdowns), the raw incidents
 * (deferred until the map is zoomed in to them) and the density cells of the range.
 */
import {
  aggregateInputs,
  ROAD_SAFETY_CELLS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyCellDensity,
  roadSafetyDaily,
  roadSafetyFestivalDays,
  roadSafetyPoints,
} from '../../data/queries';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { DatasetRegistry } from '../../data/manifest/registry';
import type { AppState } from '../../state/app/app-state';
import { ROAD_FILTERABLE, roadWhole } from '../../state/queries/filtered-queries';
import type { ViewQuery } from '../../state/queries/query-runner';
import { thresholdOf } from '../../state/url/url-filters';
import {
  categoryFilters,
  chartFilters,
  CURSOR_WINDOW_DAYS,
  filterInputs,
  filterProvinceCodes,
  isLayerActive,
  mapFilters,
  showsIncidentPointsAt,
  thresholded,
  withinThreshold,
} from '../../state/queries/view-filters';
import { previousRange, QUERY_KEYS } from '../../state/queries/view-queries';
import { hasIncidentPoints } from './points';

const NO_RANGE = { from: null, to: null };

/** The road-safety queries wait for the published aggregate they read (or its raw table). */
const roadTables =
  (aggregate: string) =>
  (registry: DatasetRegistry): readonly string[] =>
    aggregateInputs(registry, aggregate);
const ROAD_DAILY = roadTables('road_safety_daily');

const chartInputs = (s: AppState) => [s.url.province, s.url.region, ...filterInputs(s)];
const chartRangeInputs = (s: AppState) => [...chartInputs(s), s.url.from, s.url.to, s.cursor];
const mapRangeInputs = (s: AppState) => [s.url.from, s.url.to, s.cursor, ...filterInputs(s)];

/** The view queries of road-safety dataset `def`; the points and cells only when it has points. */
export function roadSafetyQueries(def: DatasetDef): readonly ViewQuery<AppState>[] {
  const { id } = def;
  const points = hasIncidentPoints(def);
  const inRange = (registry: DatasetRegistry, s: AppState) =>
    roadSafetyByProvince(registry, mapFilters(s, CURSOR_WINDOW_DAYS));
  const thresholdedRangeInputs = (s: AppState) => [...mapRangeInputs(s), thresholdOf(s.url, id)];
  return [
    {
      key: QUERY_KEYS.roadByProvince,
      datasets: ROAD_FILTERABLE,
      inputs: thresholdedRangeInputs,
      build: (registry, s) => thresholded(s, id, inRange(registry, s)),
    },
    {
      key: QUERY_KEYS.roadWholeByProvince,
      datasets: ROAD_FILTERABLE,
      inputs: thresholdedRangeInputs,
      build: (registry, s) => withinThreshold(s, id, roadWhole(registry, s), inRange(registry, s)),
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
      datasets: [id],
      inputs: (s) => [s.url.provinces, s.url.causes, s.url.vehicles],
      // The raw incidents are deferred: they load the first time the map is zoomed in to the dots.
      enabled: (s) =>
        points &&
        isLayerActive(s, id) &&
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
      enabled: (s) => points && isLayerActive(s, id),
      build: (registry, s) => roadSafetyCellDensity(registry, mapFilters(s, CURSOR_WINDOW_DAYS)),
    },
    {
      key: QUERY_KEYS.roadPreviousByProvince,
      datasets: ROAD_FILTERABLE,
      inputs: thresholdedRangeInputs,
      enabled: (s) => previousRange(s) !== null,
      build: (registry, s) =>
        withinThreshold(
          s,
          id,
          roadSafetyByProvince(registry, {
            ...mapFilters(s, 1),
            ...(previousRange(s) ?? NO_RANGE),
          }),
          inRange(registry, s),
        ),
    },
  ];
}
