import { describe, expect, it } from 'vitest';
import { imported, refused } from './__fixtures__/import-helpers';
import { countPositions, countVertices } from './vertex-count';

/** A closed square ring of `n` + 1 positions around Bangkok. */
const ring = (n: number): number[][] => {
  const points = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    return [100.5 + 0.1 * Math.cos(angle), 13.75 + 0.1 * Math.sin(angle)];
  });
  return [...points, points[0] ?? [0, 0]];
};

const polygonFile = (vertices: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { province_code: 10, value: 1 },
        geometry: { type: 'Polygon', coordinates: [ring(vertices - 1)] },
      },
    ],
  });

describe('GeoJSON vertices', () => {
  it('counts positions of points, lines, polygons, multipolygons and collections', () => {
    expect(countPositions([100, 13])).toBe(1);
    expect(countPositions([ring(4)])).toBe(5);
    expect(countPositions([[ring(4)], [ring(9), ring(3)]])).toBe(19);
    const features = [
      { geometry: { type: 'Point', coordinates: [100, 13] } },
      { geometry: { type: 'Polygon', coordinates: [ring(4)] } },
      {
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'LineString',
              coordinates: [
                [100, 13],
                [101, 14],
              ],
            },
          ],
        },
      },
      { geometry: null },
      'not a feature',
    ];
    expect(countVertices(features)).toBe(1 + 5 + 2);
  });

  it('refuses a shape over the limit before checking it, with the count and the limit', async () => {
    const failure = await refused('detailed.geojson', polygonFile(12), { maxVertices: 11 });
    expect(failure.error).toEqual({
      code: 'too-many-vertices',
      th: 'ไฟล์ "detailed.geojson" มีจุดยอดของรูปทรง 12 จุด เกินขีดจำกัด 11 จุด: ลดความละเอียดของรูปทรง (เช่น Simplify ใน QGIS หรือ mapshaper) แล้วนำเข้าอีกครั้ง หรือใช้ไฟล์ที่มีแต่จุดหรือรหัสจังหวัด',
      en: '"detailed.geojson" has 12 shape vertices, over the 11 limit: simplify the shapes (e.g. Simplify in QGIS or mapshaper) and import it again, or use a file of points or province codes',
    });
    expect(
      (await imported('detailed.geojson', polygonFile(12), { maxVertices: 12 })).rowCount,
    ).toBe(1);
  });

  it('refuses a one-polygon file of 300,000 vertices under the default limit of 250,000', async () => {
    const failure = await refused('one-polygon.geojson', polygonFile(300_000));
    expect(failure.error.en).toMatch(
      /^"one-polygon\.geojson" has 300,000 shape vertices, over the 250,000 limit/,
    );
  });
});
