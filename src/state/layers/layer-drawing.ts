/**
 * What the map draws for one layer: the one union of drawings, produced here in the state (the
 * dataset modules' layer models extend it) and by the analyst's own files, and drawn by src/map
 * (`MapLayerSpec` is a drawing plus the map's key, visibility and opacity). The map reads only
 * these fields, so a layer model is drawn as it is, with no second union to translate into.
 */
import type {
  ChoroplethModel,
  DensityCells,
  DensityMode,
  HexCell,
  PointColumns,
  ProvinceSymbol,
} from '../models/view-models';

/** Day-index range [first, last] the GPU keeps of a points layer. */
export type DayRange = readonly [number, number];

/** Provinces filled by value (vaccination, poverty, indicators, a user's province file). */
export interface ChoroplethDrawing {
  readonly kind: 'choropleth';
  readonly choropleth: ChoroplethModel;
}

/**
 * Incidents that switch by zoom: density (hexagons or heat map) below zoom 7.5, dots from 7.5 on;
 * density at every zoom while `points` is null; nothing while `cells` is null (not yet queried).
 */
export interface IncidentsDrawing {
  readonly kind: 'incidents';
  readonly points: PointColumns | null;
  readonly cells: DensityCells | null;
  readonly densityMode: DensityMode;
  /** null = all days. */
  readonly dayRange: DayRange | null;
}

/** Every point as a dot (a user's points file), optionally filtered by day on the GPU. */
export interface IncidentPointsDrawing {
  readonly kind: 'incident-points';
  readonly points: PointColumns;
  readonly dayRange: DayRange | null;
}

/** Proportional circles at province anchors (complaints). */
export interface ProvinceSymbolsDrawing {
  readonly kind: 'province-symbols';
  readonly symbols: readonly ProvinceSymbol[];
}

/** Aggregated hexagonal cells of personal data (households), already k-anonymous. */
export interface HexCellsDrawing {
  readonly kind: 'hex-cells';
  readonly cells: readonly HexCell[];
}

/** One layer's drawing. */
export type LayerDrawing =
  | ChoroplethDrawing
  | IncidentsDrawing
  | IncidentPointsDrawing
  | ProvinceSymbolsDrawing
  | HexCellsDrawing;

/** True when the drawing has something to draw (a province colour, a point, a symbol, a cell). */
export function drawingHasData(drawing: LayerDrawing): boolean {
  switch (drawing.kind) {
    case 'choropleth':
      return drawing.choropleth.colourByCode.size > 0;
    case 'incident-points':
      return drawing.points.length > 0;
    case 'incidents':
      return (drawing.cells?.cells.length ?? 0) > 0 || (drawing.points?.length ?? 0) > 0;
    case 'province-symbols':
      return drawing.symbols.length > 0;
    case 'hex-cells':
      return drawing.cells.length > 0;
  }
}
