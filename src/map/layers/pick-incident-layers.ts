import type { Layer } from '@deck.gl/core';
import type { PointColumns } from '../../state/view-models';
import { incidentDensityLayer, type DensityMode } from './incident-density-layer';
import { incidentPointsLayer, type DayRange } from './incident-points-layer';
import type { LayerHitHandler } from './layer-hit';

/** From this zoom on, incidents are drawn one by one; below it, as density. */
export const INCIDENT_POINTS_MIN_ZOOM = 7.5;

/** Inputs of {@link pickIncidentLayers}. */
export interface IncidentLayersInput {
  readonly id: string;
  readonly points: PointColumns;
  readonly opacity: number;
  readonly visible?: boolean;
  readonly densityMode: DensityMode;
  readonly dayRange: DayRange | null;
  /** Hover on individual points (density is not pickable). */
  readonly onHover?: LayerHitHandler;
}

/** True when `zoom` shows individual incidents rather than their density. */
export function showsIncidentPoints(zoom: number): boolean {
  return zoom >= INCIDENT_POINTS_MIN_ZOOM;
}

/**
 * Points when zoomed in, density when zoomed out. Both layers are always returned (density first,
 * ids `${id}:${mode}` and `${id}:points`) and the other one is hidden, so crossing the zoom
 * threshold toggles visibility instead of rebuilding buffers.
 */
export function pickIncidentLayers(zoom: number, input: IncidentLayersInput): [Layer, Layer] {
  const visible = input.visible ?? true;
  const points = showsIncidentPoints(zoom);
  return [
    incidentDensityLayer({
      id: input.id,
      points: input.points,
      opacity: input.opacity,
      visible: visible && !points,
      mode: input.densityMode,
      dayRange: input.dayRange,
    }),
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
