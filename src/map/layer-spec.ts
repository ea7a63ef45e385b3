import type { Lang } from '../i18n/messages';
import { drawingHasData } from '../state/layers/layer-drawing';
import type {
  ChoroplethDrawing,
  DayRange,
  HexCellsDrawing,
  IncidentPointsDrawing,
  IncidentsDrawing,
  LayerDrawing,
  ProvinceSymbolsDrawing,
} from '../state/layers/layer-drawing';
import type { Rgb } from '../state/layers/palettes';
import type { DensityMode } from '../state/models/view-models';

export type { DayRange, DensityMode };

/** What every layer of the map has besides its drawing. */
export interface LayerSpecBase {
  /** Unique among the layers; the deck.gl layer ids derive from it, so keep it stable. */
  readonly key: string;
  /** Hidden layers keep their GPU buffers, so showing them again costs nothing. */
  readonly visible: boolean;
  /** 0–1. */
  readonly opacity: number;
  /**
   * The legend of a layer the datasets' legends do not cover (the analyst's own files), for the
   * briefing export's page.
   */
  readonly ownLegend?: (lang: Lang) => SpecLegend;
}

/** A layer's own legend: its name, what it shows, its swatches and where it came from. */
export interface SpecLegend {
  readonly title: string;
  readonly unit: string;
  /** Filled areas are keyed by squares, points by dots. */
  readonly symbol: 'square' | 'dot';
  readonly swatches: readonly { readonly colour: Rgb; readonly label: string }[];
  readonly source: string;
}

/**
 * One data layer of the map: one of the state's drawings (src/state/layers/layer-drawing.ts, the
 * single union of what can be drawn) with its key, visibility and opacity. The map draws a list
 * of them, the first at the bottom; a dataset's layer model is one as it is.
 */
export type MapLayerSpec = LayerDrawing & LayerSpecBase;

export type ChoroplethSpec = ChoroplethDrawing & LayerSpecBase;
export type IncidentsSpec = IncidentsDrawing & LayerSpecBase;
export type IncidentPointsSpec = IncidentPointsDrawing & LayerSpecBase;
export type ProvinceSymbolsSpec = ProvinceSymbolsDrawing & LayerSpecBase;
export type HexCellsSpec = HexCellsDrawing & LayerSpecBase;

/** What the pointer is over: the layer's key, and a province code and/or a row index. */
export interface MapHit {
  readonly layerKey: string;
  /** What the index points into, for layers that draw two inputs (incidents: points or cells). */
  readonly part?: 'points' | 'cells';
  /** Province code (choropleth, province symbols). */
  readonly code?: number;
  /** Row index in the layer's input (incident points, hex cells, density cells). */
  readonly index?: number;
  /** CSS pixels relative to the map element. */
  readonly x: number;
  readonly y: number;
}

/** True when the layer has something to draw (a province colour, a point, a symbol, a cell). */
export function specHasData(spec: MapLayerSpec): boolean {
  return drawingHasData(spec);
}
