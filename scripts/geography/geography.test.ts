import { readFileSync, statSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { labelPointOf } from './label-point';
import { buildNeighboursTopoJson, NEIGHBOURS_OBJECT_NAME } from './neighbours';
import { GEOGRAPHY_FILES, repoPath } from './paths';
import { assertSameProvinceCodes, readProvinceCodes } from './province-codes';
import { extractThaiProvinces, PROVINCES_OBJECT_NAME, provinceCodeOf } from './provinces';
import { simplifyTopology } from './simplify-topology';
import { stringifyStable } from './stable-json';
import { collectionGeometries, polygonalGeometry } from './topology-geometry';

interface DecodedFeature {
  properties: Record<string, unknown>;
  geometry: Polygon | MultiPolygon;
}

function readCommitted(relativePath: string): { text: string; topology: Topology } {
  const text = readFileSync(repoPath(relativePath), 'utf8');
  return { text, topology: JSON.parse(text) as Topology };
}

function decode(topo: Topology, objectName: string): DecodedFeature[] {
  return collectionGeometries(topo, objectName).map((geometry) => {
    const outline = polygonalGeometry(topo, geometry);
    if (outline === undefined) throw new Error(`${objectName}: a geometry is not a polygon`);
    return { properties: { ...geometry.properties }, geometry: outline };
  });
}

function square(west: number, south: number, size: number): Position[] {
  return [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
}

const provincesFile = readCommitted(GEOGRAPHY_FILES.provincesTopoJson);
const provinces = decode(provincesFile.topology, PROVINCES_OBJECT_NAME);
const neighboursFile = readCommitted(GEOGRAPHY_FILES.neighboursTopoJson);
const codeOf = (province: DecodedFeature): number => Number(province.properties.code);

describe('public/geo/provinces.topo.json', () => {
  it('has the 77 provinces of data/provinces.csv, Bueng Kan (38) included', () => {
    const codes = provinces.map(codeOf);
    expect(codes).toHaveLength(77);
    expect([...codes].sort((a, b) => a - b)).toEqual(readProvinceCodes());
    expect(codes).toContain(38);
  });

  it('keeps only code, label_lon and label_lat, as numbers rounded to 4 decimals', () => {
    for (const { properties } of provinces) {
      expect(Object.keys(properties).sort()).toEqual(['code', 'label_lat', 'label_lon']);
      for (const value of Object.values(properties)) {
        expect(typeof value).toBe('number');
        expect(Math.round(Number(value) * 1e4) / 1e4).toBe(value);
      }
    }
  });

  it('puts every label point inside its own province', () => {
    for (const province of provinces) {
      const label = [Number(province.properties.label_lon), Number(province.properties.label_lat)];
      expect(booleanPointInPolygon(label, province.geometry), `code ${codeOf(province)}`).toBe(
        true,
      );
    }
  });

  it.each([
    ['Bangkok', 100.5018, 13.7563, 10],
    ['Chiang Mai city', 98.9853, 18.7883, 50],
    ['Phuket town', 98.3381, 7.8804, 83],
    ['Bueng Kan town', 103.65, 18.36, 38],
    ['Hat Yai', 100.47, 7.01, 90],
    ['Nakhon Ratchasima city', 102.1, 14.97, 30],
  ])('places %s (%f, %f) in province %i only', (_place, lon, lat, expectedCode) => {
    const containing = provinces.filter((province) =>
      booleanPointInPolygon([lon, lat], province.geometry),
    );
    expect(containing.map(codeOf)).toEqual([expectedCode]);
  });

  it('is a quantized topology smaller than 200 KB', () => {
    expect(statSync(repoPath(GEOGRAPHY_FILES.provincesTopoJson)).size).toBeLessThan(200 * 1024);
    expect(provincesFile.topology.transform).toBeDefined();
  });
});

describe('public/geo/neighbours.topo.json', () => {
  it('has exactly Myanmar, Cambodia, Laos and Malaysia with English and Thai names', () => {
    const countries = decode(neighboursFile.topology, NEIGHBOURS_OBJECT_NAME);
    expect(countries.map((country) => country.properties)).toEqual([
      { iso_n3: 104, name_en: 'Myanmar', name_th: 'เมียนมา' },
      { iso_n3: 116, name_en: 'Cambodia', name_th: 'กัมพูชา' },
      { iso_n3: 418, name_en: 'Laos', name_th: 'ลาว' },
      { iso_n3: 458, name_en: 'Malaysia', name_th: 'มาเลเซีย' },
    ]);
  });

  it('stays within the clip box around Thailand', () => {
    const [west = NaN, south = NaN, east = NaN, north = NaN] = neighboursFile.topology.bbox ?? [];
    expect(west).toBeGreaterThanOrEqual(90);
    expect(south).toBeGreaterThanOrEqual(-1);
    expect(east).toBeLessThanOrEqual(112);
    expect(north).toBeLessThanOrEqual(25);
  });

  it('is byte-identical to a fresh build from world-atlas', () => {
    expect(buildNeighboursTopoJson()).toBe(neighboursFile.text);
  });
});

describe('geography build helpers', () => {
  it('turns ISO 3166-2 codes into numbers and rejects others', () => {
    expect(provinceCodeOf('TH-30')).toBe(30);
    expect(provinceCodeOf('TH-38')).toBe(38);
    expect(() => provinceCodeOf('LA-VT')).toThrow(/iso_3166_2/);
  });

  it('names missing and unexpected province codes', () => {
    expect(() => {
      assertSameProvinceCodes([10, 11, 99], [10, 11, 12], 'test data');
    }).toThrow(/test data .*missing codes 12; unexpected codes 99/);
    expect(() => {
      assertSameProvinceCodes([10, 10, 11], [10, 11], 'test data');
    }).toThrow(/more than once/);
    expect(() => {
      assertSameProvinceCodes([11, 10], [10, 11], 'test data');
    }).not.toThrow();
  });

  it('extracts Thai features with only their numeric code, sorted', () => {
    const feature = (iso: string, iso_a2: string): Feature<Polygon> => ({
      type: 'Feature',
      properties: { iso_a2, iso_3166_2: iso, name: iso },
      geometry: { type: 'Polygon', coordinates: [square(100, 14, 1)] },
    });
    const admin1 = {
      type: 'FeatureCollection',
      features: [feature('TH-50', 'TH'), feature('LA-VT', 'LA'), feature('TH-10', 'TH')],
    };
    expect(extractThaiProvinces(admin1).map((province) => province.properties)).toEqual([
      { code: 10 },
      { code: 50 },
    ]);
  });

  it('serialises with sorted keys and a final newline', () => {
    expect(stringifyStable({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}\n',
    );
  });

  it('labels a U-shaped polygon inside its arms, not at its empty centre', () => {
    const uShape: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [100, 10],
          [103, 10],
          [103, 13],
          [102, 13],
          [102, 11],
          [101, 11],
          [101, 13],
          [100, 13],
          [100, 10],
        ],
      ],
    };
    const label = labelPointOf(uShape);
    expect(booleanPointInPolygon(label, uShape, { ignoreBoundary: true })).toBe(true);
    expect(booleanPointInPolygon([101.5, 12], uShape)).toBe(false);
  });

  it('labels the largest polygon of a multi-polygon', () => {
    const [lon, lat] = labelPointOf({
      type: 'MultiPolygon',
      coordinates: [[square(100, 10, 0.1)], [square(105, 15, 2)]],
    });
    expect(lon).toBeCloseTo(106, 1);
    expect(lat).toBeCloseTo(16, 1);
  });

  it('keeps a lone small island while dropping small islands of bigger features', () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        properties: { name: 'mainland with islet' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[square(100, 10, 5)], [square(106, 10, 0.01)]],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'lone island' },
        geometry: { type: 'Polygon', coordinates: [square(108, 10, 0.01)] },
      },
    ];
    const shapes: FeatureCollection = { type: 'FeatureCollection', features };
    const simplified = simplifyTopology(topology({ shapes }, 1e5), 'shapes', {
      minWeight: 1,
      minRingArea: 0.01,
      minProtectedVertices: 3,
      quantization: 1e5,
    });
    const [mainland, island] = decode(simplified, 'shapes');
    expect(mainland?.geometry.type).toBe('MultiPolygon');
    expect(mainland?.geometry.coordinates).toHaveLength(1);
    expect(island?.geometry.type).toBe('Polygon');
    // 3 protected vertices plus the ring's start point, which is also its end.
    expect(island?.geometry.coordinates[0]).toHaveLength(5);
  });
});
