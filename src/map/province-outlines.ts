/**
 * The 77 province outlines as SVG paths, for light previews that need neither MapLibre nor
 * deck.gl (the data-pack builder). Decoded from the same TopoJSON the map draws, projected with a
 * plain equirectangular projection corrected for Thailand's latitude (at 5.6°–20.5° N the
 * distortion is a few per cent: enough for a preview, and no projection library to load).
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { messageOf } from '../data/error-message';
import { PROVINCE_BY_CODE } from '../data/places/provinces';
import { checkProvinceFeatures, type ProvinceFeature, type ProvinceProps } from './load-geography';

/** One province as an SVG path in the outline's own coordinates. */
export interface ProvinceOutline {
  readonly code: number;
  /** Path data: one `M … Z` per ring; draw with fill-rule evenodd so holes stay open. */
  readonly d: string;
}

/** The provinces projected into a `width` × `height` box (the SVG's viewBox). */
export interface ProvinceOutlines {
  readonly width: number;
  readonly height: number;
  readonly provinces: readonly ProvinceOutline[];
}

/** Width of the viewBox; the height follows from Thailand's shape. */
export const OUTLINE_WIDTH = 300;
/** Room around the country so the outer strokes are not cut off. */
const MARGIN = 4;
/** Points closer than this (viewBox units) to the last point kept are dropped: invisible detail. */
const MIN_STEP = 0.6;

type Outline = Polygon | MultiPolygon;

function ringsOf(geometry: Outline): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const oneDecimal = (value: number): string => String(Math.round(value * 10) / 10);

/** Projects `features` to fit {@link OUTLINE_WIDTH}; the order of the features is kept. */
export function projectOutlines(features: readonly ProvinceFeature[]): ProvinceOutlines {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const f of features) {
    for (const ring of ringsOf(f.geometry)) {
      for (const [lon = 0, lat = 0] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (!Number.isFinite(west)) return { width: OUTLINE_WIDTH, height: 0, provinces: [] };
  // A degree of longitude is shorter than one of latitude by cos(latitude).
  const squash = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (OUTLINE_WIDTH - 2 * MARGIN) / Math.max((east - west) * squash, 1e-9);
  const height = Math.round((north - south) * scale + 2 * MARGIN);

  const ringPath = (ring: readonly Position[]): string => {
    const kept: [number, number][] = [];
    ring.forEach(([lon = 0, lat = 0], index) => {
      const x = MARGIN + (lon - west) * squash * scale;
      const y = MARGIN + (north - lat) * scale;
      const last = kept[kept.length - 1];
      const isEnd = index === ring.length - 1;
      if (last === undefined || isEnd || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) {
        kept.push([x, y]);
      }
    });
    if (kept.length < 3) return '';
    const points = kept.map(([x, y]) => `${oneDecimal(x)} ${oneDecimal(y)}`);
    return `M${points.join('L')}Z`;
  };

  return {
    width: OUTLINE_WIDTH,
    height,
    provinces: features.map((f) => ({
      code: f.properties.code,
      d: ringsOf(f.geometry).map(ringPath).join(''),
    })),
  };
}

/** Decodes the provinces TopoJSON read from `url`; a broken file throws saying how to rebuild it. */
export function decodeProvinceOutlines(topology: Topology, url: string): ProvinceOutlines {
  const object = topology.objects.provinces;
  if (object === undefined) {
    throw new Error(`${url}: the TopoJSON has no object "provinces"; rebuild it with npm run geo`);
  }
  const collection = feature(topology, object) as unknown as FeatureCollection<
    Outline,
    Omit<ProvinceProps, 'areaKm2'>
  >;
  checkProvinceFeatures(collection.features, url, new Set(PROVINCE_BY_CODE.keys()));
  // The area is not needed to draw an outline; the type asks for it.
  return projectOutlines(
    collection.features.map((f) => ({ ...f, properties: { ...f.properties, areaKm2: 0 } })),
  );
}

/** Fetches `provinces.topo.json` under `baseUrl` (e.g. "geo/", as the app does) and projects it. */
export async function loadProvinceOutlines(baseUrl: string): Promise<ProvinceOutlines> {
  const url = `${baseUrl}provinces.topo.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} — check that the file exists`);
  let topology: Topology;
  try {
    topology = (await response.json()) as Topology;
  } catch (error) {
    throw new Error(
      `${url}: is not valid JSON (${messageOf(error)}); rebuild it with npm run geo`,
      {
        cause: error,
      },
    );
  }
  return decodeProvinceOutlines(topology, url);
}
