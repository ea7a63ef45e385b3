/**
 * The view queries one indicator declares (the Mosaic idea: a view names what it needs from the
 * filter state; the runner re-runs it only when one of its inputs changes). Keys carry the
 * dataset id, so a change to one indicator's inputs re-runs that indicator's queries only.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { indicatorSeries, type ProvinceThreshold } from '../../data/queries';
import { indicatorByProvinceWithin } from '../../data/queries/indicator';
import type { AppState } from '../../state/app/app-state';
import type { ViewQuery } from '../../state/queries/query-runner';
import {
  cardGroupCodes,
  filterProvinceCodes,
  isLayerActive,
  regionCodes,
} from '../../state/queries/view-filters';
import { focusedDataset } from '../../state/charts/chart-models';
import { splitIndicatorMeasure } from '../../state/url/indicator-thresholds';
import { thresholdOf } from '../../state/url/url-filters';
import { shownMeasure } from './measure';

/** The result keys of one indicator's queries. */
export interface IndicatorKeys {
  /** Each province's value at the newest date in range: the map, ranking and card. */
  readonly byProvince: string;
  /** The region's (or nation's) aggregate per date up to the range's end: the KPI tile. */
  readonly kpi: string;
  /** The nation's aggregate per date up to the range's end: the card's national figure. */
  readonly national: string;
  /** The selected province's region, per date up to the range's end: the card's region figure. */
  readonly cardRegion: string;
  /** The charts' scope (province, else region, else nation) per date: the time series. */
  readonly series: string;
}

/** The keys of indicator `id`'s queries. */
export function indicatorKeys(id: string): IndicatorKeys {
  const key = (name: string) => `indicator.${id}.${name}`;
  return {
    byProvince: key('byProvince'),
    kpi: key('kpi'),
    national: key('national'),
    cardRegion: key('cardRegion'),
    series: key('series'),
  };
}

/** The day the views look at: the time cursor, else the range's end (null = the newest). */
export function viewDay(state: Pick<AppState, 'cursor' | 'url'>): string | null {
  return state.cursor ?? state.url.to;
}

/** The date range the map shows: the brushed range, ending at the cursor when it is set. */
export function shownRange(state: Pick<AppState, 'cursor' | 'url'>): {
  from: string | null;
  to: string | null;
} {
  return { from: state.url.from, to: viewDay(state) };
}

const fingerprints = new WeakMap<DatasetDef, string>();

/**
 * The entry as text: a refresh that reads the manifest again hands over new objects, but only an
 * entry whose text changed re-runs its queries.
 */
export function entryFingerprint(def: DatasetDef): string {
  let text = fingerprints.get(def);
  if (text === undefined) {
    text = JSON.stringify(def);
    fingerprints.set(def, text);
  }
  return text;
}

/** The codes of the selected province's group (its region unless a grouping is chosen), or null. */
function cardRegionCodes(state: AppState): readonly number[] | null {
  return cardGroupCodes(state);
}

/** The provinces the charts summarise: the selected one, else the region's, else all. */
function chartCodes(state: AppState): readonly number[] | null {
  return state.url.province !== null ? [state.url.province] : regionCodes(state.url.region);
}

/**
 * The analyst's threshold on indicator `id`'s layer, with the measure's column (the URL names it
 * `<id>.<column>`), or null without one.
 */
export function indicatorThreshold(
  state: Pick<AppState, 'url'>,
  id: string,
): ProvinceThreshold | null {
  const threshold = thresholdOf(state.url, id);
  const parts = threshold && splitIndicatorMeasure(threshold.measure);
  if (!threshold || !parts || parts.dataset !== id) return null;
  return { measure: parts.column, op: threshold.op, value: threshold.value };
}

/** The view queries of indicator `def`. */
export function indicatorQueries(def: DatasetDef): readonly ViewQuery<AppState>[] {
  const { id } = def;
  const keys = indicatorKeys(id);
  const measureOf = (s: AppState) => shownMeasure(s, def)?.column ?? '';
  const upToDay = (s: AppState) => ({ from: null, to: viewDay(s) });
  const common = (s: AppState) => [entryFingerprint(def), measureOf(s)];
  return [
    {
      key: keys.byProvince,
      datasets: [id],
      // The map, ranking and card leave out the provinces that fail the layer's threshold.
      inputs: (s) => [
        ...common(s),
        s.url.from,
        viewDay(s),
        s.url.provinces,
        thresholdOf(s.url, id),
      ],
      enabled: (s) => isLayerActive(s, id) || s.url.province !== null,
      build: (registry, s) =>
        indicatorByProvinceWithin(
          registry,
          id,
          measureOf(s),
          shownRange(s),
          filterProvinceCodes(s),
          indicatorThreshold(s, id),
        ),
    },
    {
      key: keys.kpi,
      datasets: [id],
      inputs: (s) => [...common(s), viewDay(s), s.url.region],
      build: (registry, s) =>
        indicatorSeries(registry, id, measureOf(s), upToDay(s), regionCodes(s.url.region)),
    },
    {
      key: keys.national,
      datasets: [id],
      inputs: (s) => [...common(s), viewDay(s)],
      enabled: (s) => s.url.province !== null,
      build: (registry, s) => indicatorSeries(registry, id, measureOf(s), upToDay(s), null),
    },
    {
      key: keys.cardRegion,
      datasets: [id],
      // The group's codes (stable arrays of the groupings in use): a province or group change
      // that keeps the same comparison group does not re-run it.
      inputs: (s) => [...common(s), viewDay(s), cardRegionCodes(s)],
      enabled: (s) => cardRegionCodes(s) !== null,
      build: (registry, s) =>
        indicatorSeries(registry, id, measureOf(s), upToDay(s), cardRegionCodes(s)),
    },
    {
      key: keys.series,
      datasets: [id],
      inputs: (s) => [...common(s), s.url.province, s.url.region],
      enabled: (s) => focusedDataset(s) === id,
      build: (registry, s) =>
        indicatorSeries(registry, id, measureOf(s), { from: null, to: null }, chartCodes(s)),
    },
  ];
}
