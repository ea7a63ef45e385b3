import { area } from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { messageOf } from '../data/error-message';
import { PROVINCE_BY_CODE } from '../data/places/provinces';

/** Properties the geography script writes on each province. */
export interface ProvinceProps {
  readonly code: number;
  readonly label_lon: number;
  readonly label_lat: number;
  /** Added here: area in km², used to rank labels. */
  readonly areaKm2: number;
}

/** Properties of the neighbouring countries. */
export interface CountryProps {
  readonly iso_n3: number;
  readonly name_en: string;
  readonly name_th: string;
}

/** A province polygon. */
export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProps>;

/** The geography the map draws. */
export interface Geography {
  readonly provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
  readonly neighbours: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
}

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} — check that the file exists`);
  try {
    return (await response.json()) as Topology;
  } catch (error) {
    throw new Error(
      `${url}: is not valid JSON (${messageOf(error)}); rebuild it with npm run geo`,
      {
        cause: error,
      },
    );
  }
}

/** Checks what the map relies on: a known province code and a finite label point per feature. */
export function checkProvinceFeatures(
  features: readonly Feature<Polygon | MultiPolygon, Partial<ProvinceProps> | null>[],
  url: string,
  knownCodes: ReadonlySet<number>,
): void {
  features.forEach((f, index) => {
    const props = f.properties;
    const fail = (what: string) =>
      new Error(`${url}: feature ${index}: ${what}; rebuild the file with npm run geo`);
    if (!props || typeof props.code !== 'number' || !knownCodes.has(props.code)) {
      throw fail(`property "code" ${JSON.stringify(props?.code)} is not a province code`);
    }
    if (!Number.isFinite(props.label_lon) || !Number.isFinite(props.label_lat)) {
      throw fail(`province ${props.code} has no label_lon/label_lat`);
    }
  });
}

function objectAsCollection<P>(topology: Topology, name: string, url: string) {
  const object = topology.objects[name];
  if (!object) throw new Error(`${url}: the TopoJSON has no object "${name}"`);
  return feature(topology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, P>;
}

/** Fetches and decodes the province and neighbour TopoJSON files under `baseUrl` (e.g. "geo/"). */
export async function loadGeography(baseUrl: string): Promise<Geography> {
  const provincesUrl = `${baseUrl}provinces.topo.json`;
  const neighboursUrl = `${baseUrl}neighbours.topo.json`;
  const [provinceTopology, neighbourTopology] = await Promise.all([
    fetchTopology(provincesUrl),
    fetchTopology(neighboursUrl),
  ]);
  const rawProvinces = objectAsCollection<Omit<ProvinceProps, 'areaKm2'>>(
    provinceTopology,
    'provinces',
    provincesUrl,
  );
  checkProvinceFeatures(rawProvinces.features, provincesUrl, new Set(PROVINCE_BY_CODE.keys()));
  const provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProps> = {
    type: 'FeatureCollection',
    features: rawProvinces.features.map((f) => ({
      ...f,
      properties: { ...f.properties, areaKm2: area(f) / 1e6 },
    })),
  };
  return {
    provinces,
    neighbours: objectAsCollection<CountryProps>(neighbourTopology, 'countries', neighboursUrl),
  };
}
