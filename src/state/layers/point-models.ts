/**
 * The shapes of the layers drawn without a choropleth: road incidents (points, density cells or a
 * heatmap: src/datasets/road_safety) and proportional symbols at province anchors (complaints:
 * src/datasets/complaints), and the incident colours their legends and tests share. Households'
 * cells are HexCellsLayerModel (layer-models.ts).
 */
import type { IncidentsDrawing, ProvinceSymbolsDrawing } from './layer-drawing';
import type { Rgb } from './palettes';
import type { LayerId, LegendModel } from '../models/view-models';

/** Incident colours: a death, injuries only, neither. */
export const INCIDENT_COLOURS: readonly [Rgb, Rgb, Rgb] = [
  [230, 60, 60],
  [255, 170, 40],
  [250, 230, 120],
];

/** A layer of incidents: dots when zoomed in, density cells or a heatmap when zoomed out. */
export interface IncidentsLayerModel extends IncidentsDrawing {
  readonly id: LayerId;
  readonly opacity: number;
  readonly legend: LegendModel | null;
}

/** A layer of proportional symbols at province anchors (complaints: src/datasets/complaints). */
export interface SymbolsLayerModel extends ProvinceSymbolsDrawing {
  readonly id: LayerId;
  readonly opacity: number;
  readonly legend: LegendModel | null;
}
