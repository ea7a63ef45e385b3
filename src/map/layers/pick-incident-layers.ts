import type { Layer } from '@deck.gl/core';
import type { DensityCells, PointColumns } from '../../state/models/view-models';
import { incidentDensityLayer, type DensityMode } from './incident-density-layer';
import { incidentPointsLayer, type DayRange } from './incident-points-layer';
import type { LayerHitHandler } from './layer-hit';

import { showsIncidentPoints } from '../incident-zoom';

export { INCIDENT_POINTS_MIN_ZOOM, showsIncidentPoints } from '../incident-zoom';

/** Inputs of {@link pickIncidentLayers}. */
export interface IncidentLayersInput {
  readonly id: string;
  /** Every incident (filtered by day on the GPU); null while the raw table is not loaded. */
  readonly points: PointColumns | null;
  /** Density cells of the date range. */
  readonly cells: DensityCells;
  readonly opacity: number;
  readonly visible?: boolean;
  readonly densityMode: DensityMode;
  readonly dayRange: DayRange | null;
  /** Hover on points (hit.index = point) and on hexagons (`${id}:density` layer key). */
  readonly onHover?: LayerHitHandler;
  readonly onHoverCell?: LayerHitHandler;
}

/**
 * Points when zoomed in, density when zoomed out. Both layers are returned when there are points
 * (density first, ids `${id}:${mode}` and `${id}:points`) and the other one is hidden, so crossing
 * the zoom threshold toggles visibility instead of rebuilding buffers. Until the points have
 * loaded, the density stays visible at every zoom.
 */
export function pickIncidentLayers(zoom: number, input: IncidentLayersInput): Layer[] {
  const visible = input.visible ?? true;
  const points = input.points !== null && showsIncidentPoints(zoom);
  const density = incidentDensityLayer({
    id: input.id,
    cells: input.cells,
    opacity: input.opacity,
    visible: visible && !points,
    mode: input.densityMode,
    ...(input.onHoverCell && { onHover: input.onHoverCell }),
  });
  if (input.points === null) return [density];
  return [
    density,
    incidentPointsLayer({
      id: `${input.id}:points`,
      points: input.points,
      opacity: input.opacity,
      visible: visible && points,
      dayRange: input.dayRange,
      ...(input.onHover && { onHover: input.onHover }),
    }),
  ];
}
