import { bbox } from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceFeature, ProvinceProps } from './load-geography';

/** A camera position as the URL keeps it. */
export interface MapView {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** West, south, east, north in degrees. */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** West, south, east, north of Thailand with a little margin. */
export const THAILAND_BOUNDS: Bounds = [97.2, 5.5, 105.8, 20.6];

/** Padding in CSS pixels around bounds the camera fits. */
export const FIT_PADDING_PX = 24;

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** `view` rounded as the URL keeps it: lon/lat to 4 decimals (~11 m), zoom to 2. */
export function roundView(view: MapView): MapView {
  return { lon: roundTo(view.lon, 4), lat: roundTo(view.lat, 4), zoom: roundTo(view.zoom, 2) };
}

/** True when `a` and `b` are the same camera once rounded (no need to move). */
export function sameView(a: MapView, b: MapView): boolean {
  const ra = roundView(a);
  const rb = roundView(b);
  return ra.lon === rb.lon && ra.lat === rb.lat && ra.zoom === rb.zoom;
}

/** True when two bounds are equal (null equals null). */
export function sameBounds(a: Bounds | null, b: Bounds | null): boolean {
  if (a === null || b === null) return a === b;
  return a.every((value, i) => value === b[i]);
}

/**
 * The bounding box of the provinces with the given codes (e.g. a region's or one province's), or
 * null when none of the codes is among `features`.
 */
export function provinceBounds(
  features: readonly ProvinceFeature[],
  codes: Iterable<number>,
): Bounds | null {
  const wanted = new Set(codes);
  const selected = features.filter((f) => wanted.has(f.properties.code));
  if (selected.length === 0) return null;
  const collection: FeatureCollection<Polygon | MultiPolygon, ProvinceProps> = {
    type: 'FeatureCollection',
    features: selected,
  };
  const [west, south, east, north] = bbox(collection);
  return [west, south, east, north];
}
