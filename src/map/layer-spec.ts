import type { Lang } from '../i18n/messages';
import type { Rgb } from '../state/layers/palettes';
import type {
  ChoroplethModel,
  DensityCells,
  HexCell,
  PointColumns,
  ProvinceSymbol,
} from '../state/models/view-models';
import type { DensityMode } from './layers/incident-density-layer';
import type { DayRange } from './layers/incident-points-layer';

export type { DayRange, DensityMode };

/** What every layer of the map has. */
interface LayerSpecBase {
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
  readonly legend?: (lang: Lang) => SpecLegend;
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

/** Provinces filled by value (vaccination, poverty ...). */
export interface ChoroplethSpec extends LayerSpecBase {
  readonly kind: 'choropleth';
  readonly model: ChoroplethModel;
}

/** Every incident as a dot, filtered by day on the GPU. */
export interface IncidentPointsSpec extends LayerSpecBase {
  readonly kind: 'incident-points';
  readonly points: PointColumns;
  readonly dayRange: DayRange | null;
}

/** Incident density (hexagons or heat map) from cells already counted for the date range. */
export interface IncidentDensitySpec extends LayerSpecBase {
  readonly kind: 'incident-density';
  readonly cells: DensityCells;
  readonly mode: DensityMode;
}

/**
 * Incidents that switch by zoom: density below zoom 7.5, dots from 7.5 on (density at every zoom
 * while `points` is null).
 */
export interface IncidentsSpec extends LayerSpecBase {
  readonly kind: 'incidents';
  readonly points: PointColumns | null;
  readonly cells: DensityCells;
  readonly densityMode: DensityMode;
  readonly dayRange: DayRange | null;
}

/** Proportional circles per province (complaints). */
export interface ProvinceSymbolsSpec extends LayerSpecBase {
  readonly kind: 'province-symbols';
  readonly symbols: readonly ProvinceSymbol[];
}

/** Aggregated hexagonal cells of personal data (households), already k-anonymous. */
export interface HexCellsSpec extends LayerSpecBase {
  readonly kind: 'hex-cells';
  readonly cells: readonly HexCell[];
}

/** One data layer of the map; the map draws a list of them, the first at the bottom. */
export type MapLayerSpec =
  | ChoroplethSpec
  | IncidentPointsSpec
  | IncidentDensitySpec
  | IncidentsSpec
  | ProvinceSymbolsSpec
  | HexCellsSpec;

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
  switch (spec.kind) {
    case 'choropleth':
      return spec.model.colourByCode.size > 0;
    case 'incident-points':
      return spec.points.length > 0;
    case 'incident-density':
      return spec.cells.cells.length > 0;
    case 'incidents':
      return spec.cells.cells.length > 0 || (spec.points?.length ?? 0) > 0;
    case 'province-symbols':
      return spec.symbols.length > 0;
    case 'hex-cells':
      return spec.cells.length > 0;
  }
}
