import { INCIDENT_POINTS_MIN_ZOOM } from '../state/queries/view-filters';

export { INCIDENT_POINTS_MIN_ZOOM };

/** True when `zoom` shows individual incidents rather than their density. */
export function showsIncidentPoints(zoom: number): boolean {
  return zoom >= INCIDENT_POINTS_MIN_ZOOM;
}
