/**
 * An off-screen map for exports: the live map's base style and deck.gl layers drawn again at the
 * export's size and pixel ratio (not an enlarged screenshot), then read back from the canvas.
 * One renderer is reused for a whole batch; it is loaded only with the export code.
 */
import type { Layer } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { createBaseStyle } from './base-style';
import type { MapView } from './camera';
import { buildLayers, createDeckOverlay } from './deck-overlay';
import type { MapLayerSpec } from './layer-spec';
import type { Geography } from './load-geography';
import { tileFrame } from './snapshot-mercator';

setWorkerUrl(maplibreWorkerUrl);

/** What one snapshot draws. */
export interface SnapshotRequest {
  /** Data layers, first at the bottom (as WarMap takes them). */
  readonly layers: readonly MapLayerSpec[];
  /** The camera of the whole frame (centre and zoom for a `cssWidth` × `cssHeight` map). */
  readonly view: MapView;
  readonly cssWidth: number;
  readonly cssHeight: number;
  /** Device pixels per CSS pixel: the drawing buffer is cssWidth × pixelRatio wide. */
  readonly pixelRatio: number;
  /** Province drawn with the selection outline, or null. */
  readonly selectedCode: number | null;
}

/** Renders snapshots of the map; `destroy` frees its WebGL context. */
export interface SnapshotRenderer {
  /** The largest drawing buffer side used; bigger frames are drawn in tiles. */
  readonly maxDevicePixels: number;
  /** Draws the frame and returns it as a canvas of cssWidth × pixelRatio by cssHeight × pixelRatio. */
  render(request: SnapshotRequest, signal?: AbortSignal): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/** Largest tile side tried when the GPU reports more (keeps one tile's memory bounded). */
const TILE_CAP_PX = 8192;
/** A render that has not settled in this time fails instead of hanging the export. */
const RENDER_TIMEOUT_MS = 90_000;

function abortError(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

function glLimit(): number {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2');
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    dims[0] ?? 4096,
    dims[1] ?? 4096,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return Math.min(limit, TILE_CAP_PX);
}

/**
 * Waits until the map is idle with every visible deck.gl layer loaded (IconLayer images and
 * similar arrive late; deck.gl repaints when they do, which ends in another idle).
 */
function whenSettled(
  map: MapLibreMap,
  layers: () => readonly Layer[],
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      finish(new Error('the map did not finish drawing in time'));
    }, RENDER_TIMEOUT_MS);
    const onAbort = () => {
      finish(abortError());
    };
    const onIdle = () => {
      const pending = layers().filter((layer) => layer.props.visible && !layer.isLoaded);
      if (pending.length > 0) {
        map.once('idle', onIdle);
        map.triggerRepaint();
        return;
      }
      finish(null);
    };
    function finish(error: Error | null) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      map.off('idle', onIdle);
      if (error) reject(error);
      else resolve();
    }
    signal?.addEventListener('abort', onAbort);
    map.once('idle', onIdle);
    map.triggerRepaint();
  });
}

interface LiveMap {
  readonly map: MapLibreMap;
  readonly overlay: MapLibreOverlay;
  readonly container: HTMLDivElement;
  readonly key: string;
}

/**
 * A map in a hidden container of `document.body`, created at its final CSS size and pixel ratio
 * (resizing a map that deck.gl is interleaved into left MapLibre's own layers undrawn here).
 * Resolves once MapLibre has loaded the style and deck.gl has attached.
 */
async function createLiveMap(
  geography: Geography,
  width: number,
  height: number,
  pixelRatio: number,
  maxDevicePixels: number,
): Promise<LiveMap> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.snapshotMap = '';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(container);
  const map = new MapLibreMap({
    container,
    style: createBaseStyle(geography),
    center: [100.5, 13.5],
    zoom: 5,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio,
    maxCanvasSize: [maxDevicePixels, maxDevicePixels],
    renderWorldCopies: false,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        resolve();
      });
      map.once('error', (event) => {
        const error: unknown = (event as { error?: unknown }).error;
        reject(error instanceof Error ? error : new Error('the export map could not load'));
      });
    });
    const overlay = await new Promise<MapLibreOverlay>((resolve) => {
      const created = createDeckOverlay(() => {
        resolve(created);
      });
      map.addControl(created);
    });
    return { map, overlay, container, key: `${width}x${height}@${pixelRatio}` };
  } catch (error) {
    map.remove();
    container.remove();
    throw error;
  }
}

function removeLiveMap(live: LiveMap): void {
  try {
    live.map.removeControl(live.overlay);
  } catch (error) {
    console.warn('export map: deck.gl clean-up failed', error);
  }
  live.map.remove();
  live.container.remove();
}

/**
 * A renderer of map snapshots. The off-screen map is made on the first render and kept while
 * later renders have the same size and pixel ratio (a batch reuses one map).
 */
export function createSnapshotRenderer(geography: Geography): SnapshotRenderer {
  const maxDevicePixels = glLimit();
  const features = geography.provinces.features;
  let live: LiveMap | null = null;
  let current: Layer[] = [];

  async function mapFor(width: number, height: number, pixelRatio: number): Promise<LiveMap> {
    if (live?.key === `${width}x${height}@${pixelRatio}`) return live;
    if (live) removeLiveMap(live);
    live = null;
    live = await createLiveMap(geography, width, height, pixelRatio, maxDevicePixels);
    return live;
  }

  async function renderTile(
    request: SnapshotRequest,
    view: MapView,
    width: number,
    height: number,
    signal?: AbortSignal,
  ): Promise<HTMLCanvasElement> {
    const { map, overlay } = await mapFor(width, height, request.pixelRatio);
    if (signal?.aborted) throw abortError();
    map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    current = buildLayers(request.layers, {
      features,
      zoom: view.zoom,
      // Export pages are laid out for a 1080-pixel-tall slide: the symbols' reference size.
      symbolScale: 1,
      highlightCode: null,
      selectedCode: request.selectedCode,
      onHover: () => undefined,
      onSelectProvince: () => undefined,
    });
    overlay.setProps({ layers: current });
    await whenSettled(map, () => current, signal);
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')?.drawImage(source, 0, 0);
    return copy;
  }

  return {
    maxDevicePixels,
    async render(request, signal) {
      if (signal?.aborted) throw abortError();
      const { cssWidth, cssHeight, pixelRatio, view } = request;
      const tiles = tileFrame(view, cssWidth, cssHeight, pixelRatio, maxDevicePixels);
      const only = tiles.length === 1 ? tiles[0] : undefined;
      if (only) return renderTile(request, only.view, only.width, only.height, signal);
      const output = document.createElement('canvas');
      output.width = Math.round(cssWidth * pixelRatio);
      output.height = Math.round(cssHeight * pixelRatio);
      const context = output.getContext('2d');
      if (!context) throw new Error('no 2D canvas for the map tiles');
      for (const tile of tiles) {
        const part = await renderTile(request, tile.view, tile.width, tile.height, signal);
        context.drawImage(part, Math.round(tile.x * pixelRatio), Math.round(tile.y * pixelRatio));
        part.width = 0;
      }
      return output;
    },
    destroy() {
      if (live) removeLiveMap(live);
      live = null;
    },
  };
}
