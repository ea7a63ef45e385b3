import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PROVINCE_BY_CODE } from '../data/places/provinces';
import type { ProvinceFeature } from './load-geography';
import { decodeProvinceOutlines, OUTLINE_WIDTH, projectOutlines } from './province-outlines';
import { squareProvince } from './testing/fixtures';

describe('projectOutlines', () => {
  it('fits the provinces to the width, longitude shortened by cos(latitude)', () => {
    // Two 1° squares side by side at 10°–11° N: 2° of longitude are 2·cos(10.5°) wide.
    const outlines = projectOutlines([squareProvince(10, 100, 10), squareProvince(11, 101, 10)]);
    expect(outlines.width).toBe(OUTLINE_WIDTH);
    // 292 units for 2·0.98325 wide, so 1° of latitude is 148.49 units, plus the 4-unit margins.
    expect(outlines.height).toBe(156);
    expect(outlines.provinces).toEqual([
      { code: 10, d: 'M4 152.5L150 152.5L150 4L4 4L4 152.5Z' },
      { code: 11, d: 'M150 152.5L296 152.5L296 4L150 4L150 152.5Z' },
    ]);
  });

  it('drops points too close to see, keeps every ring of a multipolygon', () => {
    const base = squareProvince(20, 100, 10);
    const twoParts: ProvinceFeature = {
      ...base,
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          // 3° wide: 1° is 97.3 units across, 99 down; 0.0001° after the first corner is 0.01: dropped.
          [
            [
              [100, 10],
              [100.0001, 10],
              [101, 10],
              [101, 11],
              [100, 10],
            ],
          ],
          [
            [
              [102, 10],
              [103, 10],
              [103, 11],
              [102, 10],
            ],
          ],
        ],
      },
    };
    const [outline] = projectOutlines([twoParts]).provinces;
    expect(outline?.d).toBe('M4 103L101.3 103L101.3 4L4 103ZM198.7 103L296 103L296 4L198.7 103Z');
  });
});

describe('decodeProvinceOutlines', () => {
  it("draws the app's own geo/provinces.topo.json: 77 provinces, taller than wide", () => {
    const topology = JSON.parse(readFileSync('public/geo/provinces.topo.json', 'utf8')) as Topology;
    const outlines = decodeProvinceOutlines(topology, 'geo/provinces.topo.json');
    expect(outlines.provinces.map((p) => p.code).sort((a, b) => a - b)).toEqual(
      [...PROVINCE_BY_CODE.keys()].sort((a, b) => a - b),
    );
    expect(outlines.provinces.every((p) => /^M[\d. L]+Z/.test(p.d))).toBe(true);
    // Thailand spans ~15° of latitude and ~8° of (shortened) longitude.
    expect(outlines.height).toBeGreaterThan(500);
    expect(outlines.height).toBeLessThan(600);
  });

  const square = {
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };

  it('names the file and the rebuild when the provinces object is missing', () => {
    const topology = { type: 'Topology', objects: {}, ...square } as unknown as Topology;
    expect(() => decodeProvinceOutlines(topology, 'geo/provinces.topo.json')).toThrow(
      'geo/provinces.topo.json: the TopoJSON has no object "provinces"; rebuild it with npm run geo',
    );
  });

  it('refuses a feature whose code is no province', () => {
    const topology = {
      type: 'Topology',
      objects: {
        provinces: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0]], properties: { code: 99, label_lon: 0, label_lat: 0 } },
          ],
        },
      },
      ...square,
    } as unknown as Topology;
    expect(() => decodeProvinceOutlines(topology, 'geo/provinces.topo.json')).toThrow(
      'geo/provinces.topo.json: feature 0: property "code" 99 is not a province code',
    );
  });
});
