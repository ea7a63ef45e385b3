import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a lost WebGL context may stay lost before the map is rebuilt anyway. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 5000;

/** Wait before trying again when a new map could not get a WebGL context. */
export const MAP_RETRY_MS = 3000;

/**
 * Calls `rebuild` once after `map` loses its WebGL context: when the browser restores it, or after
 * {@link CONTEXT_RESTORE_TIMEOUT_MS} if it does not. MapLibre can restore its own style, but
 * deck.gl's interleaved layers cannot follow (luma.gl keeps the lost context's state on the
 * context object and a new overlay draws nothing: measured here), so a new map with a new canvas
 * is the one path that brings every layer back. Returns the function that stops watching.
 */
export function rebuildAfterContextLoss(map: MapLibreMap, rebuild: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const rebuildOnce = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    rebuild();
  };
  const onLost = () => {
    timer ??= setTimeout(rebuildOnce, CONTEXT_RESTORE_TIMEOUT_MS);
  };
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', rebuildOnce);
  return () => {
    done = true;
    clearTimeout(timer);
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', rebuildOnce);
  };
}
