/**
 * Where the wall puts its map legends: in a corner of the map that holds no province the scene
 * ranks or names, else in a strip under the map. The trial found the legend on Nakhon
 * Ratchasima (first in the north-east ranking) and two legends over a third of the Korat map.
 *
 * A corner may come with a camera that leaves room for it: the map fits the scene's bounds with
 * the legend's width added to the padding on its side, so the legend sits over the sea or a
 * neighbour instead of provinces (the national vaccination scene had its legend over the north).
 * The corners are judged on the camera each would bring, which the wall knows before the map has
 * moved: the map fits the bounds with a padding (src/map/use-controlled-camera.ts), so the
 * Web-Mercator fit below puts each label point where the map will draw it.
 */
import type { Bounds } from '../../map/camera';
import type { FitPadding } from '../../map/use-controlled-camera';

export type { FitPadding };

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

/** `padding` on every side. */
export function evenPadding(padding: number): FitPadding {
  return { top: padding, right: padding, bottom: padding, left: padding };
}

/** How many pixels a world unit takes when `bounds` fit a map of `size` inside `padding`. */
export function fittedScale(bounds: Bounds, size: Size, padding: FitPadding): number {
  const [west, south, east, north] = bounds;
  const nw = mercator(west, north);
  const se = mercator(east, south);
  return Math.min(
    (size.width - padding.left - padding.right) / (se.x - nw.x),
    (size.height - padding.top - padding.bottom) / (se.y - nw.y),
  );
}

/**
 * The projection of a map of `size` after fitting `bounds` inside `padding` (a number: on each
 * side), as MapLibre's fitBounds does it (north up): the bounds' Mercator box scaled to the
 * padded box and centred in it.
 */
export function fittedProjection(
  bounds: Bounds,
  size: Size,
  padding: number | FitPadding,
): (lon: number, lat: number) => Point {
  const pad = typeof padding === 'number' ? evenPadding(padding) : padding;
  const [west, south, east, north] = bounds;
  const nw = mercator(west, north);
  const se = mercator(east, south);
  const scale = fittedScale(bounds, size, pad);
  const centre = { x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 };
  // The padded box's centre: MapLibre shifts the camera by half the padding's difference.
  const box = {
    x: (pad.left + size.width - pad.right) / 2,
    y: (pad.top + size.height - pad.bottom) / 2,
  };
  return (lon, lat) => {
    const point = mercator(lon, lat);
    return {
      x: box.x + (point.x - centre.x) * scale,
      y: box.y + (point.y - centre.y) * scale,
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
  /** The legends' box as drawn over the map. */
  readonly legend: Size;
  /** The bounds the scene's camera fits. */
  readonly bounds: Bounds;
  /** The camera's padding on each side when nothing needs room. */
  readonly padding: number;
  /** Where the provinces the scene ranks or names are labelled: never under the legend. */
  readonly avoid: readonly LonLat[];
  /** Where every province is labelled: the fewer under the legend, the better. */
  readonly others?: readonly LonLat[];
  /** Gap between the legend and the map's edges. */
  readonly inset: number;
  /** How far a label reaches around its point (half a name's width, half a line's height). */
  readonly margin: Point;
}

/** A longitude and latitude. */
export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Where the legends go, and the padding the camera fits the scene's bounds with. */
export interface LegendDecision {
  readonly placement: LegendPlacement;
  readonly padding: FitPadding;
}

/**
 * The least share of the plain fit's scale a camera making room for the legend may keep. The
 * strip costs as much: on the north-east scene at 1080p it left the map 0.65 of its scale, and
 * room beside the region keeps 0.64 with the legend over Laos instead of under the map.
 */
export const MIN_ROOM_SCALE = 0.6;

interface Candidate extends LegendDecision {
  readonly placement: LegendCorner;
  readonly covered: number;
  readonly scale: number;
}

/**
 * Every corner twice, with the plain camera and with one that pads the legend's side by its
 * width (when that keeps {@link MIN_ROOM_SCALE} of the scale): of those whose legend box, grown
 * by the labels' reach, holds none of the `avoid` points, the one over the fewest `others`, then
 * with the larger map, then in {@link LEGEND_CORNERS} order. The strip when none is free or the
 * legend would take more than half the map's width or most of its height.
 */
export function placeLegend(input: PlacementInput): LegendDecision {
  const { map, legend, bounds, avoid, inset, margin, others = [] } = input;
  const plain = evenPadding(input.padding);
  const strip: LegendDecision = { placement: 'strip', padding: plain };
  if (legend.width > map.width / 2 || legend.height > map.height - 2 * inset) return strip;
  const plainScale = fittedScale(bounds, map, plain);
  let best: Candidate | null = null;
  for (const corner of LEGEND_CORNERS) {
    const side = corner.endsWith('left') ? 'left' : 'right';
    const room = { ...plain, [side]: plain[side] + legend.width + inset };
    for (const padding of [plain, room]) {
      const scale = fittedScale(bounds, map, padding);
      if (scale < MIN_ROOM_SCALE * plainScale) continue;
      const project = fittedProjection(bounds, map, padding);
      const rect = cornerRect(corner, map, legend, inset);
      const under = (point: LonLat) => covers(rect, project(point.lon, point.lat), margin);
      if (avoid.some(under)) continue;
      const covered = others.filter(under).length;
      if (
        best === null ||
        covered < best.covered ||
        (covered === best.covered && scale > best.scale * 1.001)
      ) {
        best = { placement: corner, padding, covered, scale };
      }
    }
  }
  return best ? { placement: best.placement, padding: best.padding } : strip;
}
