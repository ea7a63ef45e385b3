/**
 * One memoised selector for everything the dashboard draws, recomputed only when a field it
 * reads changes (never on hover or life-cycle changes).
 */
import type { AppState } from '../app/app-state';
import type { BivariateLegendModel } from '../layers/bivariate';
import { focusedDataset } from '../charts/chart-models';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { Lang } from '../../i18n/messages';
import { isQualityDataset, qualityNoteOf } from '../quality/data-quality';
import { caveatLines, provenanceHashes, provenanceText } from '../quality/dataset-caveats';
import { moduleDataset } from './dataset-modules';
import { focusCharts } from '../charts/focus-charts';
import { kpiTileIds, kpiTileOf } from '../kpis/kpi-models';
import type { KpiTileModel } from '../kpis/kpis';
import type { ChoroplethLayerModel, HexCellsLayerModel } from '../layers/layer-models';
import type { IncidentsLayerModel, SymbolsLayerModel } from '../layers/point-models';
import { provinceCard, type ProvinceCardModel } from '../card/province-card';
import { ReadTrackingMemo, sameItemsOr } from '../queries/read-tracking-memo';
import { withSizeKey } from '../layers/size-key-legend';
import type {
  BreakdownModel,
  LayerId,
  LegendModel,
  RankingModel,
  TimeSeriesModel,
} from './view-models';

/**
 * What one active layer draws: a dataset module's layer model, each a drawing of
 * src/state/layers/layer-drawing.ts with its id, opacity and legend (src/map draws it as it is).
 */
export type DatasetLayerModel =
  ChoroplethLayerModel | IncidentsLayerModel | SymbolsLayerModel | HexCellsLayerModel;

/** An active layer: its drawing, legend and (for bivariate) its 3x3 legend. */
export interface LayerView {
  readonly id: LayerId;
  readonly drawing: DatasetLayerModel;
  readonly legend: LegendModel | null;
  readonly bivariate: BivariateLegendModel | null;
  /**
   * DuckDB has answered the query the layer draws. With nothing to draw, the layer is then empty
   * (a filter or threshold nothing passes), not still loading.
   */
  readonly answered: boolean;
}

/** Everything the dashboard draws. */
export interface ViewModels {
  /** Active layers, bottom first. */
  readonly layers: readonly LayerView[];
  readonly focus: LayerId;
  readonly series: TimeSeriesModel | null;
  readonly ranking: RankingModel | null;
  readonly breakdown: BreakdownModel | null;
  /** Road safety only: the newest festival window day by day. */
  readonly festival: BreakdownModel | null;
  readonly kpis: readonly KpiTileModel[];
  readonly card: ProvinceCardModel | null;
  readonly steps: readonly string[];
}

function layerView(state: AppState, id: LayerId): LayerView | null {
  const drawn = drawnLayer(state, id);
  if (drawn === null) return null;
  const qualityNote = isQualityDataset(id) ? qualityNoteOf(state, id) : null;
  const def = moduleDataset(state, id)?.def;
  // Every layer's legend says what its figures leave out, whichever model built the legend.
  const legend =
    drawn.legend && def
      ? withDatasetNotes(drawn.legend, def, qualityNote, state.lang)
      : drawn.legend;
  return {
    ...drawn,
    // Proportional symbols: the circles' size key, from the symbols the map draws.
    legend: legend && def ? withSizeKey(legend, drawn.drawing, def, state.lang) : legend,
    answered: drawnQueryAnswered(state, id),
  };
}

/** A legend with its dataset's quality note, the manifest's caveats and the ingest's provenance. */
function withDatasetNotes(
  legend: LegendModel,
  def: DatasetDef,
  qualityNote: string | null,
  lang: Lang,
): LegendModel {
  const caveats = caveatLines(def, lang);
  const provenance = provenanceText(def.provenance, lang);
  if (qualityNote === null && caveats.length === 0 && provenance === null) return legend;
  return {
    ...legend,
    ...(qualityNote === null ? {} : { qualityNote }),
    ...(caveats.length === 0 ? {} : { caveats }),
    ...(provenance === null ? {} : { provenance, hashes: provenanceHashes(def.provenance) }),
  };
}

/** What layer `id` draws; null for a dataset no module draws (nothing to show). */
function drawnLayer(state: AppState, id: LayerId): Omit<LayerView, 'answered'> | null {
  const found = moduleDataset(state, id);
  if (!found) return null;
  const layer = found.module.layer(state, found.def);
  const bivariate = layer.kind === 'choropleth' ? layer.bivariate : null;
  return { id, drawing: layer, legend: layer.legend, bivariate };
}

/** DuckDB has answered the query layer `id` draws (its module says which). */
function drawnQueryAnswered(state: AppState, id: LayerId): boolean {
  const found = moduleDataset(state, id);
  return (
    found !== undefined && state.results[found.module.drawnQueryKey(found.def, state)] !== undefined
  );
}

const memo = new ReadTrackingMemo<AppState>();

function compute(state: AppState, last: ViewModels | null): ViewModels {
  const layers = sameItemsOr(
    last?.layers ?? null,
    state.url.layers.flatMap((id) => memo.get(`layer:${id}`, state, (s) => layerView(s, id)) ?? []),
  );
  const focus = focusedDataset(state);
  const focusDrawing = layers.find((l) => l.id === focus)?.drawing;
  const charts = focusCharts(
    memo,
    state,
    focus,
    focusDrawing?.kind === 'choropleth' ? focusDrawing : null,
  );
  const kpis = sameItemsOr(
    last?.kpis ?? null,
    kpiTileIds(state).flatMap((id) => memo.get(`kpi:${id}`, state, (s) => kpiTileOf(s, id)) ?? []),
  );
  const card = memo.get('card', state, provinceCard);
  const next: ViewModels = { layers, focus, ...charts, kpis, card };
  const unchanged =
    last !== null &&
    (Object.keys(next) as (keyof ViewModels)[]).every((part) => Object.is(next[part], last[part]));
  return unchanged ? last : next;
}

const FIELDS = [
  'results',
  'layerSettings',
  'url',
  'lang',
  'datasets',
  'vaccination',
  'anchors',
  'cursor',
  'povertyDimension',
  'breakdownBy',
] as const satisfies readonly (keyof AppState)[];

let lastState: AppState | null = null;
let lastModels: ViewModels | null = null;

/** The dashboard's view models; the same object until a field they read changes. */
export function selectViewModels(state: AppState): ViewModels {
  if (
    lastModels &&
    lastState &&
    FIELDS.every((field) => Object.is(state[field], lastState?.[field]))
  ) {
    lastState = state;
    return lastModels;
  }
  lastState = state;
  lastModels = compute(state, lastModels);
  return lastModels;
}
