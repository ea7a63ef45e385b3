import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkProvinceFeatures, type ProvinceProps } from './load-geography';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [100, 13],
      [101, 13],
      [101, 14],
      [100, 13],
    ],
  ],
};

function province(
  props: Partial<ProvinceProps> | null,
): Feature<Polygon | MultiPolygon, Partial<ProvinceProps> | null> {
  return { type: 'Feature', geometry: square, properties: props };
}

describe('checkProvinceFeatures', () => {
  const known = new Set([10, 38]);
  it('accepts features with a known code and a label point', () => {
    expect(() => {
      checkProvinceFeatures(
        [province({ code: 38, label_lon: 103.6, label_lat: 18.3 })],
        'p.json',
        known,
      );
    }).not.toThrow();
  });

  it('names the file and the feature for an unknown code or a missing label', () => {
    expect(() => {
      checkProvinceFeatures([province({ code: 97, label_lon: 1, label_lat: 1 })], 'p.json', known);
    }).toThrow('p.json: feature 0: property "code" 97 is not a province code');
    expect(() => {
      checkProvinceFeatures(
        [province({ code: 10, label_lon: 1, label_lat: 1 }), province({ code: 38 })],
        'p.json',
        known,
      );
    }).toThrow('p.json: feature 1: province 38 has no label_lon/label_lat');
    expect(() => {
      checkProvinceFeatures([province(null)], 'p.json', known);
    }).toThrow('feature 0');
  });
});
