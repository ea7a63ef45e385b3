import type { Table } from 'apache-arrow';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { GroupKey } from '../groupings/groupings';
import type { Lang } from '../../i18n/messages';
import type {
  AppStore,
  CellHoverState,
  EngineStatus,
  HoverState,
  VaccinationSnapshot,
} from './app-state';
import { layerSettingsOf } from '../models/dataset-modules';
import { dropUnlistedLayers } from './manifest-notices';
import type { BreakdownKind } from '../charts/breakdown-models';
import type { DatasetHealth } from '../freshness/freshness';
import type { LayerSettings, PovertyDimension } from '../layers/layer-settings';
import {
  roundThresholdValue,
  sameUrlFilters,
  thresholdLayer,
  type LIST_FILTERS,
  type Threshold,
} from '../url/url-filters';
import { withDateNotice } from './notice-actions';
import { roundView, type MapView, type UrlState } from '../url/url-state';
import type { LayerId } from '../models/view-models';

export {
  addNotice,
  dropUnknownListValues,
  hiddenNoticesLine,
  MAX_NOTICE_LENGTH,
  MAX_NOTICES,
} from './notice-actions';

/** Switches the UI language. */
export function setLang(store: AppStore, lang: Lang): void {
  store.update((s) => (s.lang === lang ? s : { ...s, lang, url: { ...s.url, lang } }));
}

/**
 * Replaces the URL-backed view (back/forward, a pasted link, a wall scene, a saved view). A view
 * without `refresh` or `playlist` keeps the current one: they are settings of the page, not of a
 * view. The poverty dimension follows the URL's `dimension`.
 */
export function applyUrlState(store: AppStore, url: UrlState): void {
  store.update((s) =>
    withDateNotice({
      ...s,
      url: {
        ...url,
        refresh: url.refresh === undefined ? (s.url.refresh ?? null) : url.refresh,
        playlist: url.playlist === undefined ? (s.url.playlist ?? null) : url.playlist,
      },
      lang: url.lang,
      povertyDimension: url.dimension ?? 'any',
    }),
  );
  // A view opened once the manifest is read (back/forward, a saved view, a scene) gets the check
  // the start-up link gets: a layer the manifest does not list is dropped with a notice.
  const { datasets } = store.getState();
  if (datasets.length > 0) dropUnlistedLayers(store, new Set(datasets.map((def) => def.id)));
}

function updateUrl(store: AppStore, change: Partial<UrlState>): void {
  store.update((s) => {
    const url = { ...s.url, ...change };
    const same = (Object.keys(change) as (keyof UrlState)[]).every((key) =>
      Object.is(url[key], s.url[key]),
    );
    return same ? s : withDateNotice({ ...s, url });
  });
}

/** Sets the layers shown, in drawing order (first = bottom). */
export function setLayerOrder(store: AppStore, layers: readonly LayerId[]): void {
  updateUrl(store, { layers });
}

/** Selects a province everywhere (map, rankings, charts, card), or clears the selection. */
export function selectProvince(store: AppStore, province: number | null): void {
  updateUrl(store, { province });
}

/** Narrows every view to a group (a region, a health region...), or to the whole country. */
export function setRegion(store: AppStore, region: GroupKey | null): void {
  // The camera follows the region (fit to its provinces) until the person moves it again.
  updateUrl(store, { region, view: null });
}

/** Filters every view to a date range (a brush), or clears it. */
export function setDateRange(store: AppStore, range: { from: string; to: string } | null): void {
  updateUrl(store, { from: range?.from ?? null, to: range?.to ?? null });
}

/** Records the map camera (rounded) for the URL. */
export function setMapView(store: AppStore, view: MapView | null): void {
  store.update((s) => {
    const next = view && roundView(view);
    const old = s.url.view;
    if (
      old === next ||
      (old && next && old.lon === next.lon && old.lat === next.lat && old.zoom === next.zoom)
    ) {
      return s;
    }
    return { ...s, url: { ...s.url, view: next } };
  });
}

/** Changes one layer's display settings. */
export function setLayerSettings(
  store: AppStore,
  id: LayerId,
  change: Partial<LayerSettings>,
): void {
  store.update((s) => ({
    ...s,
    layerSettings: { ...s.layerSettings, [id]: { ...layerSettingsOf(s, id), ...change } },
  }));
}

/** Chooses the TPMAP dimension the poverty layer shows. */
export function setPovertyDimension(store: AppStore, povertyDimension: PovertyDimension): void {
  store.update((s) =>
    s.povertyDimension === povertyDimension
      ? s
      : {
          ...s,
          povertyDimension,
          url: { ...s.url, dimension: povertyDimension === 'any' ? undefined : povertyDimension },
        },
  );
}

/** Chooses the breakdown a dataset's breakdown chart shows (e.g. road safety by vehicle). */
export function setBreakdownBy(store: AppStore, id: LayerId, kind: BreakdownKind): void {
  store.update((s) =>
    s.breakdownBy[id] === kind ? s : { ...s, breakdownBy: { ...s.breakdownBy, [id]: kind } },
  );
}

/** Moves the global time cursor (null = the whole filter range). */
export function setCursor(store: AppStore, cursor: string | null): void {
  store.update((s) => (s.cursor === cursor ? s : { ...s, cursor }));
}

/** Starts or stops playback of the time cursor. */
export function setPlaying(store: AppStore, playing: boolean): void {
  store.update((s) => (s.playing === playing ? s : { ...s, playing }));
}

/** Stores the newest result of a view query. */
export function setResult(store: AppStore, key: string, table: Table): void {
  store.update((s) => ({ ...s, results: { ...s.results, [key]: table } }));
}

/** Stores the newest results of several view queries in one update. */
export function setResults(
  store: AppStore,
  entries: readonly { readonly key: string; readonly table: Table }[],
): void {
  store.update((s) => {
    const results = { ...s.results };
    for (const { key, table } of entries) results[key] = table;
    return { ...s, results };
  });
}

/** Records the datasets the manifest lists (no change when every entry is the same object). */
export function setDatasets(store: AppStore, datasets: readonly DatasetDef[]): void {
  store.update((s) =>
    s.datasets.length === datasets.length && s.datasets.every((def, i) => def === datasets[i])
      ? s
      : withDateNotice({ ...s, datasets }),
  );
}

/** Replaces the vaccination figures the map shows. */
export function setVaccination(store: AppStore, vaccination: VaccinationSnapshot): void {
  store.update((s) => ({ ...s, vaccination }));
}

/** Sets (or clears) the hovered province. */
export function setHovered(store: AppStore, hovered: HoverState | null): void {
  store.update((s) => {
    const old = s.hovered;
    if (old === hovered) return s;
    if (old && hovered && old.code === hovered.code && old.x === hovered.x && old.y === hovered.y) {
      return s;
    }
    return { ...s, hovered };
  });
}

/** Sets (or clears) the density hexagon under the pointer. */
export function setHoveredCell(store: AppStore, hoveredCell: CellHoverState | null): void {
  store.update((s) => {
    const old = s.hoveredCell;
    if (old === hoveredCell) return s;
    if (
      old &&
      hoveredCell &&
      Object.entries(old).every(([k, v]) => hoveredCell[k as keyof CellHoverState] === v)
    ) {
      return s;
    }
    return { ...s, hoveredCell };
  });
}

/** Marks the page ready: the map has painted its layers with data. */
export function markReady(store: AppStore): void {
  store.update((s) => (s.phase === 'loading' ? { ...s, phase: 'ready' } : s));
}

/** Puts the page into the error state with a message for the person looking at it. */
export function markError(store: AppStore, message: string): void {
  store.update((s) => ({ ...s, phase: 'error', errorMessage: message }));
}

/** Records DuckDB's status. */
export function setEngineStatus(
  store: AppStore,
  engine: EngineStatus,
  engineMessage: string | null = null,
): void {
  store.update((s) => ({ ...s, engine, engineMessage }));
}

/** Records each province's anchor point (for symbols at provinces). */
export function setAnchors(
  store: AppStore,
  anchors: ReadonlyMap<number, readonly [number, number]>,
): void {
  store.update((s) => ({ ...s, anchors }));
}

/** Records whether view queries are running. */
export function setQueriesRunning(store: AppStore, queriesRunning: boolean): void {
  store.update((s) => (s.queriesRunning === queriesRunning ? s : { ...s, queriesRunning }));
}

/** Records a dataset's load history (for its freshness badge). */
export function setDatasetHealth(store: AppStore, id: string, health: DatasetHealth): void {
  store.update((s) => {
    const old = Object.hasOwn(s.health, id) ? s.health[id] : undefined;
    if (
      old?.lastGoodAt === health.lastGoodAt &&
      old.failedAt === health.failedAt &&
      old.message === health.message
    ) {
      return s;
    }
    return { ...s, health: { ...s.health, [id]: health } };
  });
}

/** Moves the day freshness is judged on (ISO date, Thai time). */
export function setToday(store: AppStore, today: string): void {
  store.update((s) => (s.today === today ? s : { ...s, today }));
}

/** Narrows every view to these provinces (TIS-1099 codes); an empty list clears the filter. */
export function setProvinceFilter(store: AppStore, codes: readonly number[]): void {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const current = store.getState().url.provinces ?? [];
  if (sorted.join(',') === current.join(',')) return;
  updateUrl(store, { provinces: sorted.length > 0 ? sorted : undefined });
}

/**
 * Keeps only these values of a category filter (causes, vehicles, categories, statuses); an
 * empty list clears it. Causes and vehicles exclude each other: setting one clears the other.
 */
export function setListFilter(
  store: AppStore,
  field: (typeof LIST_FILTERS)[number],
  values: readonly string[],
): void {
  const next = values.length > 0 ? [...new Set(values)] : undefined;
  const current = store.getState().url[field];
  if ((next ?? []).join('\u0000') === (current ?? []).join('\u0000')) return;
  const exclusive: Partial<UrlState> =
    next && field === 'causes'
      ? { vehicles: undefined }
      : next && field === 'vehicles'
        ? { causes: undefined }
        : {};
  updateUrl(store, { ...exclusive, [field]: next });
}

/** Sets (or with null, clears) the threshold of a layer; a layer has at most one. */
export function setThreshold(store: AppStore, layer: LayerId, threshold: Threshold | null): void {
  store.update((s) => {
    const others = (s.url.thresholds ?? []).filter((t) => thresholdLayer(t.measure) !== layer);
    const thresholds =
      threshold === null || !Number.isFinite(threshold.value) || Math.abs(threshold.value) >= 1e12
        ? others
        : [...others, { ...threshold, value: roundThresholdValue(threshold.value) }];
    const url = { ...s.url, thresholds: thresholds.length > 0 ? thresholds : undefined };
    return sameUrlFilters(url, s.url) ? s : { ...s, url };
  });
}

/** Clears every analyst filter (provinces, categories, thresholds) and the date range. */
export function clearFilters(store: AppStore): void {
  store.update((s) => {
    const url: UrlState = {
      ...s.url,
      provinces: undefined,
      causes: undefined,
      vehicles: undefined,
      categories: undefined,
      statuses: undefined,
      thresholds: undefined,
      from: null,
      to: null,
    };
    return sameUrlFilters(url, s.url) && s.url.from === null && s.url.to === null
      ? s
      : withDateNotice({ ...s, url, cursor: null });
  });
}

/** Filters every view to a date range with either end open (null); a reversed range is swapped. */
export function setDateFilter(store: AppStore, from: string | null, to: string | null): void {
  const [a, b] = from !== null && to !== null && from > to ? [to, from] : [from, to];
  updateUrl(store, { from: a, to: b });
}
