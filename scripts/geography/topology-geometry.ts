import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Properties, Topology } from 'topojson-specification';

/**
 * Returns the geometries of the GeometryCollection `objectName` of a topology, throwing a clear
 * error when the object is missing or is not a collection.
 */
export function collectionGeometries(
  topology: Topology,
  objectName: string,
): GeometryObject<Properties>[] {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON object "${objectName}" is missing or not a GeometryCollection`);
  }
  return object.geometries;
}

/**
 * Decodes a TopoJSON Polygon or MultiPolygon geometry to GeoJSON coordinates; returns undefined
 * for any other geometry type.
 */
export function polygonalGeometry(
  topology: Topology,
  geometry: GeometryObject<Properties>,
): Polygon | MultiPolygon | undefined {
  if (geometry.type === 'Polygon') return feature(topology, geometry).geometry;
  if (geometry.type === 'MultiPolygon') return feature(topology, geometry).geometry;
  return undefined;
}
