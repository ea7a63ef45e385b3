/**
 * How many positions the shapes of a GeoJSON file hold, counted before any shape is checked:
 * the checks compare edges with edges, so a shape of a million vertices would keep the reader
 * busy for many seconds for a layer the app draws with its own boundaries anyway.
 */

/** Most shape vertices a GeoJSON file may hold: 250,000 (Thailand's 77 provinces in fine detail). */
export const MAX_GEOJSON_VERTICES = 250_000;

/** Arrays nested deeper than a MultiPolygon's four levels are not coordinates: left uncounted. */
const MAX_NESTING = 4;

/** Positions in a GeoJSON `coordinates` value (a position is an array starting with a number). */
export function countPositions(coordinates: unknown): number {
  let total = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: coordinates, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() ?? { value: null, depth: 0 };
    if (!Array.isArray(value)) continue;
    if (typeof value[0] === 'number') {
      total += 1;
    } else if (depth < MAX_NESTING) {
      for (const item of value as unknown[]) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return total;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Vertices of the features' geometries (GeometryCollections included): one linear pass. */
export function countVertices(features: readonly unknown[]): number {
  let total = 0;
  for (const feature of features) {
    const geometry = isObject(feature) ? feature.geometry : null;
    if (!isObject(geometry)) continue;
    const parts = Array.isArray(geometry.geometries) ? geometry.geometries : [geometry];
    for (const part of parts as unknown[]) {
      if (isObject(part)) total += countPositions(part.coordinates);
    }
  }
  return total;
}
