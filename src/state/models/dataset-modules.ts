/**
 * The one point where dataset modules (src/datasets/) plug into the state: src/datasets/index.ts
 * registers them at start-up, and the selectors, KPI strip, province card and query runner loop
 * over the manifest's datasets a module handles. The state never imports src/datasets itself (the
 * floors run data < state < datasets < ui), so this file holds only the shape and the list.
 */
import {
  CORE_DATASET_IDS,
  type CoreDatasetId,
  type DatasetDef,
} from '../../data/manifest/manifest-types';
import { t, type Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import type { KpiTileModel } from '../kpis/kpis';
import type { ChoroplethLayerModel, HexCellsLayerModel } from '../layers/layer-models';
import type { IncidentsLayerModel, SymbolsLayerModel } from '../layers/point-models';
import { DEFAULT_LAYER_SETTINGS, type LayerSettings } from '../layers/layer-settings';
import type { ProvinceCardRow } from '../card/card-row';
import type { ViewQuery } from '../queries/query-runner';
import type { BreakdownModel, LayerId, RankingModel, TimeSeriesModel } from './view-models';

/** A measure the layer panel offers: its value (a column name) and its label. */
export interface MeasureChoice {
  readonly value: string;
  readonly label: string;
}

/** Everything the views need from a dataset with no code of its own in src/state. */
export interface DatasetViewModule {
  /** True for the manifest entries this module draws (e.g. every `"kind": "indicator"`). */
  readonly handles: (def: DatasetDef) => boolean;
  /** The view queries of one dataset; keys must be unique to it. */
  readonly queries: (def: DatasetDef) => readonly ViewQuery<AppState>[];
  readonly title: (def: DatasetDef, lang: Lang) => string;
  readonly measures: (def: DatasetDef, lang: Lang) => readonly MeasureChoice[];
  readonly defaultSettings: (def: DatasetDef) => LayerSettings;
  /** The query the layer draws (its answer marks the layer as answered). */
  readonly drawnQueryKey: (def: DatasetDef, state: AppState) => string;
  /** The query the KPI tile is computed from (its answer ends "loading"). */
  readonly kpiQueryKey: (def: DatasetDef, state: AppState) => string;
  /**
   * The layer: provinces filled (a choropleth), hexagon cells (households), symbols at the
   * provinces' anchors (complaints) or incidents (road safety).
   */
  readonly layer: (
    state: AppState,
    def: DatasetDef,
  ) => ChoroplethLayerModel | HexCellsLayerModel | SymbolsLayerModel | IncidentsLayerModel;
  /** The tile's label, also while it loads. */
  readonly kpiLabel: (state: AppState, def: DatasetDef) => string;
  /** The tile once {@link kpiQueryKey} has answered. */
  readonly kpi: (state: AppState, def: DatasetDef) => KpiTileModel;
  /** The province card's row of the selected province; null without a figure to show. */
  readonly cardRow: (state: AppState, def: DatasetDef) => ProvinceCardRow | null;
  readonly series: (state: AppState, def: DatasetDef) => TimeSeriesModel | null;
  /** The ranking; `layer` is the drawn choropleth, null when the layer draws no provinces. */
  readonly ranking: (
    state: AppState,
    def: DatasetDef,
    layer: ChoroplethLayerModel | null,
  ) => RankingModel | null;
  /** The breakdown chart (e.g. poverty by dimension); absent when the dataset has none. */
  readonly breakdown?: (state: AppState, def: DatasetDef) => BreakdownModel | null;
  /** Day by day of the newest festival window (road safety's 7 dangerous days); often absent. */
  readonly festival?: (state: AppState, def: DatasetDef) => BreakdownModel | null;
}

const modules: DatasetViewModule[] = [];

/** Adds a module (once: registering the same module again changes nothing). */
export function registerDatasetModule(module: DatasetViewModule): void {
  if (!modules.includes(module)) modules.push(module);
}

/** The module that draws `def`, or undefined for a core dataset still drawn by src/state. */
export function moduleOfDef(def: DatasetDef): DatasetViewModule | undefined {
  return modules.find((module) => module.handles(def));
}

/** A listed dataset drawn by a module, with its module. */
export interface ModuleDataset {
  readonly def: DatasetDef;
  readonly module: DatasetViewModule;
}

/** Dataset `id` and its module when the manifest lists it and a module draws it. */
export function moduleDataset(
  state: Pick<AppState, 'datasets'>,
  id: LayerId,
): ModuleDataset | undefined {
  const def = state.datasets.find((d) => d.id === id);
  const module = def && moduleOfDef(def);
  return def && module ? { def, module } : undefined;
}

/** Every listed dataset a module draws, in manifest order. */
export function moduleDatasets(state: Pick<AppState, 'datasets'>): readonly ModuleDataset[] {
  return state.datasets.flatMap((def) => {
    const module = moduleOfDef(def);
    return module ? [{ def, module }] : [];
  });
}

/** A layer's display settings: the analyst's, else the layer's defaults. */
export function layerSettingsOf(
  state: Pick<AppState, 'datasets' | 'layerSettings'>,
  id: LayerId,
): LayerSettings {
  const own = state.layerSettings[id];
  if (own) return own;
  const found = moduleDataset(state, id);
  return found ? found.module.defaultSettings(found.def) : DEFAULT_LAYER_SETTINGS.vaccination;
}

let memoBase: readonly ViewQuery<AppState>[] | null = null;
let memoDatasets: readonly DatasetDef[] | null = null;
let memoQueries: readonly ViewQuery<AppState>[] = [];

/**
 * `base` (the core datasets' queries) and the view queries of every listed module dataset,
 * rebuilt only when the manifest's list changes. Each module query's inputs carry its own entry,
 * so a refresh that changes one indicator re-runs that indicator's queries only.
 */
export function withModuleQueries(
  base: readonly ViewQuery<AppState>[],
  datasets: readonly DatasetDef[],
): readonly ViewQuery<AppState>[] {
  if (base !== memoBase || datasets !== memoDatasets) {
    memoBase = base;
    memoDatasets = datasets;
    memoQueries = [...base, ...datasets.flatMap((def) => moduleOfDef(def)?.queries(def) ?? [])];
  }
  return memoQueries;
}

/** True for the five datasets with code of their own. */
export function isCoreDatasetId(id: string): id is CoreDatasetId {
  return (CORE_DATASET_IDS as readonly string[]).includes(id);
}

/** A layer's name in `lang`: a module's title, the core layer's message, else the manifest's. */
export function layerTitle(state: Pick<AppState, 'datasets'>, id: LayerId, lang: Lang): string {
  const found = moduleDataset(state, id);
  if (found) return found.module.title(found.def, lang);
  if (isCoreDatasetId(id)) return t(lang, `layer_${id}`);
  return state.datasets.find((d) => d.id === id)?.title[lang] ?? id;
}
