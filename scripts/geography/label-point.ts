import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { MaxHeap } from './max-heap';

/** Search stops once no cell can beat the best point by more than this (degrees, ~50 m). */
const LABEL_SEARCH_PRECISION_DEG = 0.0005;
const LABEL_DECIMALS = 4;

/** A square search cell of the pole-of-inaccessibility search, in projected units. */
interface Cell {
  x: number;
  y: number;
  halfSize: number;
  /** Signed distance from the centre to the outline: positive inside. */
  distance: number;
  /** Best distance any point of the cell could reach. */
  potential: number;
}

/**
 * Returns a label anchor `[lon, lat]` for a (multi)polygon, rounded to 4 decimals: the
 * approximate pole of inaccessibility (the inside point farthest from any edge) of its largest
 * polygon. The result is checked to lie strictly inside that polygon; if rounding ever pushed it
 * out, turf's pointOnFeature is used instead, and an error is thrown if even that fails.
 */
export function labelPointOf(geometry: Polygon | MultiPolygon): [number, number] {
  const rings = largestPolygonRings(geometry);
  const largest = polygon(rings);
  const candidates = [
    () => poleOfInaccessibility(rings),
    () => pointOnFeature(largest).geometry.coordinates,
  ];
  for (const candidate of candidates) {
    const [lon = NaN, lat = NaN] = candidate();
    const rounded: [number, number] = [roundTo(lon, LABEL_DECIMALS), roundTo(lat, LABEL_DECIMALS)];
    if (booleanPointInPolygon(rounded, largest, { ignoreBoundary: true })) return rounded;
  }
  throw new Error('labelPointOf: found no label point inside the polygon');
}

/** Returns the rings of the polygon with the largest area (the geometry itself for a Polygon). */
export function largestPolygonRings(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const polygonArea = area(polygon(rings));
    if (polygonArea > bestArea) {
      best = rings;
      bestArea = polygonArea;
    }
  }
  if (best === undefined) throw new Error('largestPolygonRings: empty MultiPolygon');
  return best;
}

/**
 * Approximates the pole of inaccessibility of a polygon (outer ring plus holes) with a
 * best-first quadtree search. Longitudes are scaled by cos(latitude) first so that distances
 * are roughly isotropic.
 */
export function poleOfInaccessibility(rings: Position[][]): [number, number] {
  const outer = rings[0];
  if (outer === undefined || outer.length === 0) throw new Error('poleOfInaccessibility: no ring');
  const meanLat = outer.reduce((sum, [, lat = 0]) => sum + lat, 0) / outer.length;
  const xScale = Math.cos((meanLat * Math.PI) / 180);
  const projected = rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon * xScale, lat]));
  const [minX, minY, maxX, maxY] = boundsOf(projected[0] ?? []);
  const cellSize = Math.min(maxX - minX, maxY - minY);
  if (cellSize === 0) return [minX / xScale, minY];

  const makeCell = (x: number, y: number, halfSize: number): Cell => {
    const distance = signedDistance(x, y, projected);
    return { x, y, halfSize, distance, potential: distance + halfSize * Math.SQRT2 };
  };
  const queue = new MaxHeap<Cell>((cell) => cell.potential);
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) {
      queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
    }
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  for (let cell = queue.pop(); cell !== undefined; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= LABEL_SEARCH_PRECISION_DEG) continue;
    const quarter = cell.halfSize / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      queue.push(makeCell(cell.x + dx * quarter, cell.y + dy * quarter, quarter));
    }
  }
  return [best.x / xScale, best.y];
}

function boundsOf(ring: readonly number[][]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** Distance from (x, y) to the nearest ring edge; positive inside the polygon, negative outside. */
function signedDistance(x: number, y: number, rings: readonly number[][][]): number {
  let inside = false;
  let minSquared = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[i] ?? [];
      const [bx = 0, by = 0] = ring[j] ?? [];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSquared = Math.min(minSquared, squaredDistanceToSegment(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSquared);
}

function squaredDistanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const nearestX = ax + t * dx - px;
  const nearestY = ay + t * dy - py;
  return nearestX * nearestX + nearestY * nearestY;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
