/**
 * Everything of deck.gl the map needs, behind one dynamic import: WarMap loads this module after
 * the first paint, so deck.gl's code (a quarter of a megabyte, brotli) and shader compilation stay
 * off the start-up path.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';

export { buildLayers } from './build-layers';

/**
 * A deck.gl overlay interleaved into MapLibre's WebGL context, with no layers yet. deck.gl
 * attaches asynchronously: it draws nothing until `onLoad` has been called.
 */
export function createDeckOverlay(onLoad: () => void): MapLibreOverlay {
  return new MapLibreOverlay({ interleaved: true, layers: [], onLoad });
}
