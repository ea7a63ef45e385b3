import type { Color, Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { ColumnLayer } from '@deck.gl/layers';
import type { Rgb } from '../../state/layers/palettes';
import type { DensityCell, DensityCells, DensityMode } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { CELL_FILL_ALPHA } from './hex-cell-layer';
import { DENSITY_RAMP, withAlpha } from './colours';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

export type { DensityMode };

/** Inputs of {@link incidentDensityLayer}. */
export interface IncidentDensityInput {
  readonly id: string;
  /** Cells of the date range, aggregated by DuckDB (published per-day cell table). */
  readonly cells: DensityCells;
  readonly opacity: number;
  readonly visible?: boolean;
  readonly mode: DensityMode;
  /** Low to high density (heat-map mode); defaults to {@link DENSITY_RAMP}. */
  readonly colourRange?: readonly Rgb[];
  /** Hover on a hexagon (hit.index = the cell's index); the heat map is not pickable. */
  readonly onHover?: LayerHitHandler;
}

/** Share of a cell its hexagon fills: the gaps keep neighbouring cells apart. */
export const CELL_COVERAGE = 0.92;
/** deck.gl's disk starts at 0° (east); 30° turns it into the grid's pointy-top hexagon. */
const POINTY_TOP_DEGREES = 30;

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
  const { cells, radiusMetres } = input.cells;
  // A heat map over no points has no bounds to place its texture in.
  const visible = (input.visible ?? true) && cells.length > 0;
  if (input.mode === 'heatmap') {
    return new HeatmapLayer<DensityCell, { beforeId: string }>({
      id,
      data: cells,
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
  const onHover = toPickHandler(input.onHover, (info) => ({ index: info.index }));
  // Instanced hexagons (one disk of 6 sides per cell): a new range re-uploads a few thousand
  // centres and colours, with no polygon to tessellate.
  return new ColumnLayer<DensityCell, { beforeId: string }>({
    id,
    data: cells,
    diskResolution: 6,
    angle: POINTY_TOP_DEGREES,
    radius: radiusMetres,
    coverage: CELL_COVERAGE,
    extruded: false,
    getPosition: (cell) => [cell.centre[0], cell.centre[1]],
    getFillColor: (cell) => withAlpha(cell.colour, CELL_FILL_ALPHA),
    pickable: onHover !== undefined,
    opacity: input.opacity,
    visible,
    ...(onHover && { onHover }),
    beforeId: DATA_LAYERS_BEFORE_ID,
  });
}
