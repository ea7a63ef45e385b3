/**
 * The shapes of the layers drawn without a choropleth: road incidents (points, density cells or a
 * heatmap: src/datasets/road_safety) and proportional symbols at province anchors (complaints:
 * src/datasets/complaints), and the incident colours their legends and tests share. Households'
 * cells are HexCellsLayerModel (layer-models.ts).
 */
import type { Rgb } from './palettes';
import type {
  DensityCells,
  DensityMode,
  LayerId,
  LegendModel,
  PointColumns,
  ProvinceSymbol,
} from '../models/view-models';

/** Incident colours: a death, injuries only, neither. */
export const INCIDENT_COLOURS: readonly [Rgb, Rgb, Rgb] = [
  [230, 60, 60],
  [255, 170, 40],
  [250, 230, 120],
];

/** A layer of incidents: dots when zoomed in, density cells or a heatmap when zoomed out. */
export interface IncidentsLayerModel {
  readonly kind: 'incidents';
  readonly id: LayerId;
  readonly opacity: number;
  /** The raw incidents, null until first zoomed in to them. */
  readonly points: PointColumns | null;
  /** Day-index range [first, last] the GPU keeps; null = all. */
  readonly dayRange: readonly [number, number] | null;
  /** Density cells of the date range (drawn when zoomed out); null until queried. */
  readonly cells: DensityCells | null;
  readonly densityMode: DensityMode;
  readonly legend: LegendModel | null;
}

/** A layer of proportional symbols at province anchors (complaints: src/datasets/complaints). */
export interface SymbolsLayerModel {
  readonly kind: 'symbols';
  readonly id: LayerId;
  readonly opacity: number;
  readonly symbols: readonly ProvinceSymbol[];
  readonly legend: LegendModel | null;
}
