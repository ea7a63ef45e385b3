/**
 * Web Mercator arithmetic of MapLibre's camera (512-pixel world at zoom 0, no rotation or pitch),
 * so an export can place the camera, its labels, its scale bar and its tiles without a live map.
 * Pure: no MapLibre here.
 */
import type { Bounds, MapView } from './camera';

/** MapLibre's world size in CSS pixels at zoom 0. */
export const WORLD_TILE_SIZE = 512;

/** Equatorial circumference of the WGS 84 ellipsoid in metres (what MapLibre's scale uses). */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

const MAX_LATITUDE = 85.051129;

/** World size in CSS pixels at `zoom`. */
export function worldSize(zoom: number): number {
  return WORLD_TILE_SIZE * 2 ** zoom;
}

/** A longitude/latitude as world pixels at `zoom` (x east, y south). */
export function projectLonLat(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const size = worldSize(zoom);
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const phi = (clamped * Math.PI) / 180;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  return { x: ((lon + 180) / 360) * size, y: y * size };
}

/** World pixels at `zoom` back to longitude/latitude. */
export function unprojectPoint(x: number, y: number, zoom: number): { lon: number; lat: number } {
  const size = worldSize(zoom);
  const lon = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return { lon, lat };
}

/**
 * The camera that shows `bounds` as large as fits in a `width` × `height` CSS-pixel frame with
 * `padding` on every side (MapLibre's fitBounds without rotation).
 */
export function fitBoundsView(
  bounds: Bounds,
  width: number,
  height: number,
  padding: number,
): MapView {
  const [west, south, east, north] = bounds;
  const nw = projectLonLat(west, north, 0);
  const se = projectLonLat(east, south, 0);
  const spanX = Math.max(se.x - nw.x, 1e-9);
  const spanY = Math.max(se.y - nw.y, 1e-9);
  const innerW = Math.max(width - 2 * padding, 1);
  const innerH = Math.max(height - 2 * padding, 1);
  const zoom = Math.log2(Math.min(innerW / spanX, innerH / spanY));
  const centre = unprojectPoint((nw.x + se.x) / 2, (nw.y + se.y) / 2, 0);
  return { lon: centre.lon, lat: centre.lat, zoom };
}

/** The bounds a camera shows in a `width` × `height` CSS-pixel frame. */
export function viewBounds(view: MapView, width: number, height: number): Bounds {
  const centre = projectLonLat(view.lon, view.lat, view.zoom);
  const nw = unprojectPoint(centre.x - width / 2, centre.y - height / 2, view.zoom);
  const se = unprojectPoint(centre.x + width / 2, centre.y + height / 2, view.zoom);
  return [nw.lon, se.lat, se.lon, nw.lat];
}

/** Where a longitude/latitude falls in a frame (CSS pixels from its top-left corner). */
export function frameProject(
  view: MapView,
  width: number,
  height: number,
  lon: number,
  lat: number,
): { x: number; y: number } {
  const centre = projectLonLat(view.lon, view.lat, view.zoom);
  const point = projectLonLat(lon, lat, view.zoom);
  return { x: point.x - centre.x + width / 2, y: point.y - centre.y + height / 2 };
}

/** Ground metres per CSS pixel at latitude `lat` and `zoom`. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
}

/** One tile of a large render: its place in the whole frame and the camera that shows it. */
export interface SnapshotTile {
  /** CSS pixels from the frame's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly view: MapView;
}

/**
 * Splits a `width` × `height` CSS-pixel frame drawn at `pixelRatio` into tiles whose drawing
 * buffer is at most `maxDevicePixels` on a side (one tile when it fits). All tiles have the same
 * size (the last row and column reach past the frame and are cropped), so one map renders them
 * all. Each tile's camera keeps the zoom and moves the centre, exact in Web Mercator without
 * rotation.
 */
export function tileFrame(
  view: MapView,
  width: number,
  height: number,
  pixelRatio: number,
  maxDevicePixels: number,
): SnapshotTile[] {
  const maxCss = Math.max(1, Math.floor(maxDevicePixels / pixelRatio));
  const columns = Math.ceil(width / maxCss);
  const rows = Math.ceil(height / maxCss);
  if (columns === 1 && rows === 1) return [{ x: 0, y: 0, width, height, view }];
  const tileW = Math.ceil(width / columns);
  const tileH = Math.ceil(height / rows);
  const centre = projectLonLat(view.lon, view.lat, view.zoom);
  const tiles: SnapshotTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = column * tileW;
      const y = row * tileH;
      const tileCentre = unprojectPoint(
        centre.x - width / 2 + x + tileW / 2,
        centre.y - height / 2 + y + tileH / 2,
        view.zoom,
      );
      tiles.push({ x, y, width: tileW, height: tileH, view: { ...tileCentre, zoom: view.zoom } });
    }
  }
  return tiles;
}
