import { describe, expect, it } from 'vitest';
import { column, imported, refused } from './__fixtures__/import-helpers';
import { checkPoint, checkPolygonal } from './geometry-check';

const square = (x: number, y: number): number[][] => [
  [x, y],
  [x + 0.1, y],
  [x + 0.1, y + 0.1],
  [x, y + 0.1],
  [x, y],
];

function collection(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const polygon = (properties: object, coordinates: unknown) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates },
});

const point = (properties: object, coordinates: unknown) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

describe('GeoJSON polygons with a province property', () => {
  it('becomes a province table; bad rings are named by feature and do not drop the row', async () => {
    const text = collection([
      polygon({ pro_code: '20', v: 1 }, [square(100.9, 13)]),
      polygon({ pro_code: '21', v: 2 }, [square(101.2, 12.7).slice(0, 4)]),
      polygon({ pro_code: '22', v: 3 }, [
        [
          [102, 12],
          [102.2, 12.2],
          [102.2, 12],
          [102, 12.2],
          [102, 12],
        ],
      ]),
      polygon({ pro_code: '23', v: 4 }, [
        [
          [102.5, 12],
          [102.6, 12],
          [102.6, 12.1],
        ],
      ]),
      polygon({ pro_code: '24', v: 5 }, [[[101, 13.5], null, [101.1, 13.6], [101, 13.5]]]),
      { type: 'Feature', properties: { pro_code: 'XX', v: 6 }, geometry: null },
    ]);
    const result = await imported('provinces.geojson', text);
    expect(result.kind).toBe('province');
    expect(result.unit).toBe('feature');
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual([
      20, 21, 22, 23, 24,
    ]);
    expect(result.unmatched).toMatchObject([{ location: 6, value: 'XX', unit: 'feature' }]);
    expect(result.unmatched[0]?.th).toContain('"XX"');
    const geometry = result.warnings.filter((w) => w.code === 'invalid-geometry');
    expect(geometry).toHaveLength(1);
    expect(geometry[0]?.en).toContain(
      'malformed shapes (feature 2, feature 3, feature 4, feature 5)',
    );
    expect(geometry[0]?.en).toContain('feature 2: ring 1 is not closed');
    expect(geometry[0]?.th).toContain('ฟีเจอร์ที่ 2: วงที่ 1 ไม่ปิด');
  });

  it('reads NaN written by Python as missing, with a warning', async () => {
    const text = `{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"province":"Rayong","v":NaN},"geometry":{"type":"Polygon","coordinates":[[[101,12],[NaN,12],[101.1,12.1],[101,12]]]}}]}`;
    const result = await imported('nan.geojson', text);
    expect(column(result, 'v')).toEqual([null]);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['nan-in-json', 'invalid-geometry']),
    );
  });
});

describe('geometry checks', () => {
  const ring = (coords: number[][]) => [coords];
  it.each([
    ['a closed square', ring(square(100, 13)), null],
    [
      'an unclosed ring',
      ring(square(100, 13).slice(0, 4)),
      'ring 1 is not closed (first and last positions differ)',
    ],
    [
      'a bow tie',
      ring([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
      'ring 1 crosses itself',
    ],
    [
      'a short ring',
      ring([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
      'ring 1 has fewer than 4 positions',
    ],
    [
      'a NaN position',
      ring([
        [0, 0],
        [Number.NaN, 0],
        [1, 1],
        [0, 0],
      ]),
      'ring 1 has coordinates that are not numbers (NaN or missing)',
    ],
    ['no rings', [], 'the polygon has no rings'],
  ])('Polygon: %s', (_label, coordinates, problem) => {
    expect(checkPolygonal('Polygon', coordinates)?.en ?? null).toBe(problem);
  });

  it('names the polygon of a MultiPolygon', () => {
    const coordinates = [ring(square(100, 13)), ring(square(101, 13).slice(0, 4))];
    expect(checkPolygonal('MultiPolygon', coordinates)?.en).toBe(
      'ring 1 of polygon 2 is not closed (first and last positions differ)',
    );
  });

  it.each([[[100, 13]], [[100, 13, 5]]])('accepts the point %j', (coordinates) => {
    expect(checkPoint(coordinates)).toMatchObject({ ok: true, lon: 100, lat: 13 });
  });

  it.each([[[Number.NaN, 13]], [[100]], [null], [['100', '13']]])(
    'rejects the point %j',
    (coordinates) => {
      expect(checkPoint(coordinates).ok).toBe(false);
    },
  );
});

describe('GeoJSON points', () => {
  it('uses Point geometry; flags NaN, swapped and out-of-Thailand points by feature', async () => {
    const text = collection([
      point({ id: 1 }, [100.5, 13.7]),
      point({ id: 2 }, [13.8, 100.6]),
      point({ id: 3 }, [2.35, 48.85]),
      point({ id: 4 }, ['x', 13]),
      point({ id: 5 }, [98.9, 18.8]),
    ]);
    const result = await imported('points.geojson', text);
    expect(result.kind).toBe('points');
    if (result.key.kind !== 'points') throw new Error('points expected');
    expect(Array.from(result.key.lon)).toEqual([100.5, 98.9]);
    expect(Array.from(result.key.lat)).toEqual([13.7, 18.8]);
    expect(result.key.columns).toBeNull();
    expect(result.unmatched.map((u) => [u.location, u.reason])).toEqual([
      [2, 'swapped'],
      [3, 'outside-thailand'],
      [4, 'geometry'],
    ]);
    expect(result.unmatched[2]?.en).toContain('not numbers');
  });
});

describe('JSON safety and shape', () => {
  it('keeps __proto__ and constructor keys as data without polluting prototypes', async () => {
    const text =
      '[{"province":"Rayong","__proto__":{"polluted":true},"constructor":"c"},' +
      '{"province":"Trat","__proto__":"x","constructor":{"prototype":{"polluted":true}}}]';
    const result = await imported('records.json', text);
    expect(result.format).toBe('json');
    // __proto__ is renamed: as an object key (Arrow tables, row objects) it would set a prototype.
    expect(result.columns.map((c) => c.name)).toEqual(['province', 'proto_', 'constructor']);
    expect(result.columns.map((c) => c.header)).toEqual(['province', '__proto__', 'constructor']);
    expect(column(result, 'proto_')).toEqual(['{"polluted":true}', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads the one list of records inside an object', async () => {
    const text = '{"update_date":"2021-11-28","data":[{"province":"ระยอง","total_doses":5}]}';
    const result = await imported('by-manufacturer.json', text);
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual([21]);
    expect(column(result, 'total_doses')).toEqual([5]);
  });

  it('names the line of a JSON syntax error', async () => {
    const failure = await refused(
      'broken.geojson',
      '{\n"type": "FeatureCollection",\n"features": [,]\n}',
    );
    expect(failure.error.code).toBe('unreadable-json');
    expect(failure.error.en).toContain('line 3');
  });

  it.each([
    ['an object that is not GeoJSON', '{"hello": 1}', 'not-geojson'],
    ['an empty FeatureCollection', collection([]), 'empty-file'],
    ['an empty array', '[]', 'empty-file'],
    ['a number', '42', 'not-geojson'],
    ['TopoJSON', '{"type":"Topology","objects":{},"arcs":[]}', 'topojson'],
  ])('refuses %s', async (_label, text, code) => {
    expect((await refused('x.geojson', text)).error.code).toBe(code);
  });
});
