/**
 * Is a point in the province its row names? The ingest context may carry the app's province
 * shapes (public/geo/provinces.topo.json, decoded once by whoever builds the context); when it
 * does not, the check is skipped. The shapes are simplified, so a point a little outside its
 * province's outline (a river bank, a pier, a coastal road) still counts as inside.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { IngestContext } from '../ingest-types';

type Ring = readonly (readonly number[])[];
/** Each province's polygons, each a list of rings (the outline, then its holes). */
export type ProvinceShapes = ReadonlyMap<number, readonly (readonly Ring[])[]>;

/** An ingest context that may carry the province shapes. */
export interface ShapesContext extends IngestContext {
  readonly provinceShapes?: ProvinceShapes;
}

/** About 2 km: how far outside its simplified outline a point may lie and still count as inside. */
export const OUTLINE_TOLERANCE_DEGREES = 0.02;

/** The shapes of the app's province topology (objects.provinces, properties.code). */
export function provinceShapesOf(topology: Topology): ProvinceShapes {
  const object = topology.objects.provinces as GeometryCollection<{ code: number }> | undefined;
  const shapes = new Map<number, Ring[][]>();
  if (object === undefined) return shapes;
  for (const f of feature(topology, object).features) {
    const code = f.properties.code;
    const geometry = f.geometry;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    shapes.set(code, [...(shapes.get(code) ?? []), ...polygons]);
  }
  return shapes;
}

function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in degrees from (lon, lat) to the ring's nearest edge. */
function distanceToRing(ring: Ring, lon: number, lat: number): number {
  let best = Infinity;
  for (let i = 1; i < ring.length; i += 1) {
    const [ax = 0, ay = 0] = ring[i - 1] ?? [];
    const [bx = 0, by = 0] = ring[i] ?? [];
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const t =
      length === 0 ? 0 : Math.max(0, Math.min(1, ((lon - ax) * dx + (lat - ay) * dy) / length));
    best = Math.min(best, Math.hypot(lon - (ax + t * dx), lat - (ay + t * dy)));
  }
  return best;
}

/**
 * True when (lon, lat) is in province `code` or within the tolerance of its outline; null when
 * the context has no shape for it.
 */
export function inProvince(
  context: ShapesContext,
  code: number,
  lon: number,
  lat: number,
): boolean | null {
  const polygons = context.provinceShapes?.get(code);
  if (polygons === undefined || polygons.length === 0) return null;
  for (const rings of polygons) {
    const [outline, ...holes] = rings;
    if (outline === undefined) continue;
    if (inRing(outline, lon, lat) && !holes.some((hole) => inRing(hole, lon, lat))) return true;
  }
  return polygons.some((rings) =>
    rings.some((ring) => distanceToRing(ring, lon, lat) <= OUTLINE_TOLERANCE_DEGREES),
  );
}
