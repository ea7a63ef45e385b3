/**
 * Where the wall puts its map legend: in a corner of the map that holds no province the scene
 * ranks or names, else in a strip under the map. The trial found the legend on Nakhon
 * Ratchasima (first in the north-east ranking) and two legends over a third of the Korat map.
 *
 * The corners are judged on the scene's camera, which the wall knows before the map has moved:
 * the map fits the scene's bounds with a padding (src/map/use-controlled-camera.ts), so the
 * Web-Mercator fit below puts each label point where the map will draw it.
 */
import type { Bounds } from '../../map/camera';

/** A size in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A point in CSS pixels from the map's top-left corner. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle in CSS pixels from the map's top-left corner. */
export interface Rect extends Point, Size {}

/** The corners a legend may take, in the order they are tried. */
export const LEGEND_CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;

/** A corner of the map. */
export type LegendCorner = (typeof LEGEND_CORNERS)[number];

/** A corner of the map, or the strip under it. */
export type LegendPlacement = LegendCorner | 'strip';

/** Web-Mercator x and y of a longitude and latitude, in world units (0..1). */
function mercator(lon: number, lat: number): Point {
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: (lon + 180) / 360,
    y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI),
  };
}

/**
 * The projection of a map of `size` after fitting `bounds` with `padding` pixels on each side,
 * as MapLibre's fitBounds does it (north up): the bounds' Mercator box scaled to the padded box
 * and centred in it.
 */
export function fittedProjection(
  bounds: Bounds,
  size: Size,
  padding: number,
): (lon: number, lat: number) => Point {
  const [west, south, east, north] = bounds;
  const nw = mercator(west, north);
  const se = mercator(east, south);
  const scale = Math.min(
    (size.width - 2 * padding) / (se.x - nw.x),
    (size.height - 2 * padding) / (se.y - nw.y),
  );
  const centre = { x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 };
  return (lon, lat) => {
    const point = mercator(lon, lat);
    return {
      x: size.width / 2 + (point.x - centre.x) * scale,
      y: size.height / 2 + (point.y - centre.y) * scale,
    };
  };
}

/**
 * How far the bottom-right legend stays above the map's bottom edge, in multiples of the inset:
 * the attribution line sits in that corner (wall.css places it 2.4rem up, three 0.8rem insets).
 */
const ATTRIBUTION_INSETS = 3;

/** The box of a legend of `legend` size in `corner` of a map of `map` size, `inset` from the edges. */
export function cornerRect(corner: LegendCorner, map: Size, legend: Size, inset: number): Rect {
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  const bottom = corner === 'bottom-right' ? ATTRIBUTION_INSETS * inset : inset;
  return {
    x: left ? inset : map.width - inset - legend.width,
    y: top ? inset : map.height - bottom - legend.height,
    width: legend.width,
    height: legend.height,
  };
}

/** True when `point` lies inside `rect` grown by `margin` on each side. */
export function covers(rect: Rect, point: Point, margin: Point): boolean {
  return (
    point.x >= rect.x - margin.x &&
    point.x <= rect.x + rect.width + margin.x &&
    point.y >= rect.y - margin.y &&
    point.y <= rect.y + rect.height + margin.y
  );
}

/** What {@link placeLegend} weighs. */
export interface PlacementInput {
  /** The map's size. */
  readonly map: Size;
  /** The legend's size as drawn over the map. */
  readonly legend: Size;
  /** Where the provinces the scene ranks or names are labelled: never under the legend. */
  readonly avoid: readonly Point[];
  /** Where every province is labelled: the fewer under the legend, the better. */
  readonly others?: readonly Point[];
  /** Gap between the legend and the map's edges. */
  readonly inset: number;
  /** How far a label reaches around its point (half a name's width, half a line's height). */
  readonly margin: Point;
}

/**
 * Among the corners whose legend box, grown by the labels' reach, holds none of the `avoid`
 * points, the one over the fewest `others` (sea and neighbours before provinces; ties in
 * {@link LEGEND_CORNERS} order); the strip when none is free or the legend would take more than
 * half the map's width or most of its height.
 */
export function placeLegend(input: PlacementInput): LegendPlacement {
  const { map, legend, avoid, inset, margin, others = [] } = input;
  if (legend.width > map.width / 2 || legend.height > map.height - 2 * inset) return 'strip';
  let best: { corner: LegendCorner; covered: number } | null = null;
  for (const corner of LEGEND_CORNERS) {
    const rect = cornerRect(corner, map, legend, inset);
    if (avoid.some((point) => covers(rect, point, margin))) continue;
    const covered = others.filter((point) => covers(rect, point, margin)).length;
    if (best === null || covered < best.covered) best = { corner, covered };
  }
  return best?.corner ?? 'strip';
}
