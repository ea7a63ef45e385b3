import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip } from '@turf/bbox-clip';
import { polygon } from '@turf/helpers';
import { rewind } from '@turf/rewind';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { stringifyStable } from './stable-json';
import { collectionGeometries, polygonalGeometry } from './topology-geometry';

/** TopoJSON object name of the neighbouring countries layer. */
export const NEIGHBOURS_OBJECT_NAME = 'countries';

/** Properties of one country feature in `neighbours.topo.json`. */
export interface NeighbourProperties {
  /** ISO 3166-1 numeric code. */
  iso_n3: number;
  /** English short name. */
  name_en: string;
  /** Thai short name. */
  name_th: string;
}

/** Thailand's land neighbours, in output order. */
export const NEIGHBOUR_COUNTRIES: readonly NeighbourProperties[] = [
  { iso_n3: 104, name_en: 'Myanmar', name_th: 'เมียนมา' },
  { iso_n3: 116, name_en: 'Cambodia', name_th: 'กัมพูชา' },
  { iso_n3: 418, name_en: 'Laos', name_th: 'ลาว' },
  { iso_n3: 458, name_en: 'Malaysia', name_th: 'มาเลเซีย' },
];

/** Countries are cut to this lon/lat box around Thailand: [west, south, east, north]. */
export const NEIGHBOURS_CLIP_BOX: BBox = [90, -1, 112, 25];

const NEIGHBOURS_QUANTIZATION = 1e5;

/** Reads the installed `world-atlas/countries-50m.json` (Natural Earth 1:50m countries). */
export function readWorldAtlasCountries(): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/**
 * Builds the deterministic text of `public/geo/neighbours.topo.json`: Myanmar, Cambodia, Laos
 * and Malaysia from world-atlas, clipped to {@link NEIGHBOURS_CLIP_BOX}, wound the RFC 7946
 * way (exterior rings counter-clockwise) and quantized to 1e5.
 */
export function buildNeighboursTopoJson(worldAtlas: Topology = readWorldAtlasCountries()): string {
  const countries = collectionGeometries(worldAtlas, 'countries');
  const features = NEIGHBOUR_COUNTRIES.map((properties): Feature<Polygon | MultiPolygon> => {
    // world-atlas ids are zero-padded strings such as "104".
    const source = countries.find((country) => Number(country.id) === properties.iso_n3);
    const outline = source === undefined ? undefined : polygonalGeometry(worldAtlas, source);
    if (outline === undefined) {
      throw new Error(
        `world-atlas has no polygon for ${properties.name_en} (${properties.iso_n3})`,
      );
    }
    // turf's typings widen rewind's result; it returns the same geometry type it is given.
    const geometry = rewind(clipToBox(outline, NEIGHBOURS_CLIP_BOX)) as Polygon | MultiPolygon;
    return { type: 'Feature', properties: { ...properties }, geometry };
  });
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  return stringifyStable(
    topology({ [NEIGHBOURS_OBJECT_NAME]: collection }, NEIGHBOURS_QUANTIZATION),
  );
}

/** Clips a (multi)polygon to a box, dropping polygons whose exterior lies outside it. */
function clipToBox(geometry: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = polygons.flatMap((rings) => {
    const [exterior, ...holes] = rings.map((ring) => clipRing(ring, box));
    if (exterior === undefined) return [];
    return [[exterior, ...holes.filter((hole) => hole !== undefined)]];
  });
  const [only] = clipped;
  if (only === undefined) throw new Error('clipToBox: nothing of the geometry is inside the box');
  return clipped.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: clipped };
}

/** Clips one closed ring on its own, so that a lost exterior cannot turn a hole into one. */
function clipRing(ring: Position[], box: BBox): Position[] | undefined {
  const clipped = bboxClip(polygon([ring]), box).geometry;
  return clipped.type === 'Polygon' ? clipped.coordinates[0] : undefined;
}
