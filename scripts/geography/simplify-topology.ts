import { feature, quantize } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type {
  ArcIndexes,
  GeometryObject,
  Objects,
  Properties,
  Topology,
} from 'topojson-specification';
import { collectionGeometries } from './topology-geometry';

/** Tuning of {@link simplifyTopology}. */
export interface SimplifyOptions {
  /** Visvalingam effective area (square degrees) below which a vertex is removed. */
  minWeight: number;
  /** Rings (islands, holes) smaller than this many square degrees are dropped, except protected ones. */
  minRingArea: number;
  /** Each feature's largest exterior ring keeps at least this many vertices besides arc ends. */
  minProtectedVertices: number;
  /** Quantization of the returned topology, e.g. 1e5. */
  quantization: number;
}

/**
 * Simplifies a quantized topology with Visvalingam weights, drops tiny rings, and quantizes the
 * result again. The largest exterior ring of every polygon feature in `objectName` is protected:
 * it is never dropped and keeps its most important vertices, so that a province that is a
 * single small island (Phuket) keeps a real outline.
 */
export function simplifyTopology(
  topology: Topology,
  objectName: string,
  options: SimplifyOptions,
): Topology {
  // presimplify returns absolute coordinates with a weight as third value and no transform.
  // Its typings reject null properties, which GeoJSON allows, hence the cast.
  const weighted = presimplify(topology as Topology<Objects>);
  const geometries = collectionGeometries(weighted, objectName);
  const protectedRings = new Set(
    geometries.map((geometry) => largestExteriorRing(weighted, geometry)),
  );
  for (const ring of protectedRings) keepMostImportantVertices(weighted, ring, options);

  const simplified = simplify(weighted, options.minWeight);
  const filtered = filter(simplified, (ring) => {
    // The published typings call this a coordinate ring; at runtime it is the arc index list.
    const arcIndexes = ring as unknown as ArcIndexes;
    return (
      protectedRings.has(arcIndexes) ||
      planarRingArea(ringCoordinates(simplified, arcIndexes)) >= options.minRingArea
    );
  });
  return quantize(filtered, options.quantization);
}

/** Returns the arc index list of the geometry's exterior ring with the largest planar area. */
function largestExteriorRing(topology: Topology, geometry: GeometryObject<Properties>): ArcIndexes {
  const exteriorRings: ArcIndexes[] = [];
  if (geometry.type === 'Polygon') exteriorRings.push(...geometry.arcs.slice(0, 1));
  else if (geometry.type === 'MultiPolygon') {
    for (const polygonArcs of geometry.arcs) exteriorRings.push(...polygonArcs.slice(0, 1));
  }
  let best: ArcIndexes | undefined;
  let bestArea = -1;
  for (const ring of exteriorRings) {
    const ringArea = planarRingArea(ringCoordinates(topology, ring));
    if (ringArea > bestArea) {
      best = ring;
      bestArea = ringArea;
    }
  }
  if (best === undefined) throw new Error(`simplifyTopology: a geometry has no polygon ring`);
  return best;
}

/** Raises the weight of the ring's highest-weighted vertices so that simplify keeps them. */
function keepMostImportantVertices(
  weighted: Topology,
  ring: ArcIndexes,
  options: SimplifyOptions,
): void {
  const interiorVertices = ring.flatMap((arcIndex) => {
    const arc = weighted.arcs[arcIndex < 0 ? ~arcIndex : arcIndex] ?? [];
    return arc.slice(1, -1);
  });
  const alreadyKept = interiorVertices.filter((vertex) => weightOf(vertex) >= options.minWeight);
  const missing = options.minProtectedVertices - alreadyKept.length;
  if (missing <= 0) return;
  const candidates = interiorVertices
    .filter((vertex) => weightOf(vertex) < options.minWeight)
    .sort((a, b) => weightOf(b) - weightOf(a));
  for (const vertex of candidates.slice(0, missing)) vertex[2] = Infinity;
}

function weightOf(vertex: readonly number[]): number {
  return vertex[2] ?? 0;
}

function ringCoordinates(topology: Topology, ring: ArcIndexes): number[][] {
  const polygon = feature(topology, { type: 'Polygon', arcs: [ring] });
  return polygon.geometry.coordinates[0] ?? [];
}

/** Shoelace area of a ring in the square units of its coordinates. */
function planarRingArea(ring: readonly number[][]): number {
  let doubledArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax = 0, ay = 0] = ring[j] ?? [];
    const [bx = 0, by = 0] = ring[i] ?? [];
    doubledArea += ax * by - ay * bx;
  }
  return Math.abs(doubledArea) / 2;
}
