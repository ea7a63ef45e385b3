import type { Color, Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { Rgb } from '../../state/palettes';
import type { DensityCell, DensityMode } from '../../state/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { DENSITY_RAMP } from './colours';
import { hexCellLayer } from './hex-cell-layer';
import type { LayerHitHandler } from './layer-hit';

export type { DensityMode };

/** Inputs of {@link incidentDensityLayer}. */
export interface IncidentDensityInput {
  readonly id: string;
  /** Cells of the date range, aggregated by DuckDB (published per-day cell table). */
  readonly cells: readonly DensityCell[];
  readonly opacity: number;
  readonly visible?: boolean;
  readonly mode: DensityMode;
  /** Low to high density (heat-map mode); defaults to {@link DENSITY_RAMP}. */
  readonly colourRange?: readonly Rgb[];
  /** Hover on a hexagon (hit.index = the cell's index); the heat map is not pickable. */
  readonly onHover?: LayerHitHandler;
}

/** Heatmap kernel radius in CSS pixels. */
export const HEATMAP_RADIUS_PX = 25;

const rampCache = new WeakMap<readonly Rgb[], Color[]>();

function toColorRange(ramp: readonly Rgb[]): Color[] {
  let range = rampCache.get(ramp);
  if (!range) {
    range = ramp.map(([r, g, b]) => [r, g, b]);
    rampCache.set(ramp, range);
  }
  return range;
}

/**
 * Incident density from cells DuckDB has already counted for the date range: coloured hexagons,
 * or a heat map weighted by each cell's incidents. Nothing is aggregated on the main thread, so a
 * brush step costs one small query whatever the number of incidents. The layer's id is
 * `${id}:${mode}`, so switching the mode replaces the layer instead of morphing one class into
 * another.
 */
export function incidentDensityLayer(input: IncidentDensityInput): Layer {
  const id = `${input.id}:${input.mode}`;
  // A heat map over no points has no bounds to place its texture in.
  const visible = (input.visible ?? true) && input.cells.length > 0;
  if (input.mode === 'heatmap') {
    return new HeatmapLayer<DensityCell, { beforeId: string }>({
      id,
      data: input.cells,
      getPosition: (cell) => [cell.centre[0], cell.centre[1]],
      getWeight: (cell) => cell.count,
      opacity: input.opacity,
      visible,
      colorRange: toColorRange(input.colourRange ?? DENSITY_RAMP),
      radiusPixels: HEATMAP_RADIUS_PX,
      aggregation: 'SUM',
      threshold: 0.03,
      beforeId: DATA_LAYERS_BEFORE_ID,
    });
  }
  return hexCellLayer({
    id,
    cells: input.cells,
    opacity: input.opacity,
    visible,
    ...(input.onHover && { onHover: input.onHover }),
  });
}
