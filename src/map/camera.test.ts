import { describe, expect, it } from 'vitest';
import { provinceBounds, roundView, sameBounds, sameView } from './camera';
import { squareProvince } from './testing/fixtures';
import { initialCamera } from './use-controlled-camera';

describe('roundView and sameView', () => {
  it('rounds lon/lat to 4 decimals and zoom to 2, without a negative zero', () => {
    expect(roundView({ lon: 100.523456, lat: 13.756749, zoom: 7.12567 })).toEqual({
      lon: 100.5235,
      lat: 13.7567,
      zoom: 7.13,
    });
    expect(Object.is(roundView({ lon: -0.00001, lat: 0, zoom: 0 }).lon, 0)).toBe(true);
  });

  it('treats views equal within the URL rounding as the same camera', () => {
    const view = { lon: 100.5, lat: 13.75, zoom: 7 };
    expect(sameView(view, { lon: 100.50004, lat: 13.74996, zoom: 7.004 })).toBe(true);
    expect(sameView(view, { lon: 100.5001, lat: 13.75, zoom: 7 })).toBe(false);
    expect(sameView(view, { lon: 100.5, lat: 13.75, zoom: 7.01 })).toBe(false);
  });

  it('compares bounds by value', () => {
    expect(sameBounds([1, 2, 3, 4], [1, 2, 3, 4])).toBe(true);
    expect(sameBounds([1, 2, 3, 4], [1, 2, 3, 5])).toBe(false);
    expect(sameBounds(null, null)).toBe(true);
    expect(sameBounds(null, [1, 2, 3, 4])).toBe(false);
  });
});

describe('provinceBounds', () => {
  const features = [
    squareProvince(10, 100, 13),
    squareProvince(50, 98, 18, 2),
    squareProvince(90, 100, 6),
  ];

  it('is the bounding box of one province', () => {
    expect(provinceBounds(features, [50])).toEqual([98, 18, 100, 20]);
  });

  it('covers every province of a group and ignores unknown codes', () => {
    expect(provinceBounds(features, new Set([10, 90, 999]))).toEqual([100, 6, 101, 14]);
  });

  it('is null when no code matches', () => {
    expect(provinceBounds(features, [999])).toBeNull();
    expect(provinceBounds(features, [])).toBeNull();
  });
});

describe('initialCamera', () => {
  it('prefers fitTo, then view, then all of Thailand', () => {
    const view = { lon: 100.5, lat: 13.75, zoom: 9 };
    expect(initialCamera(view, { bounds: [98, 18, 100, 20] })).toMatchObject({
      bounds: [98, 18, 100, 20],
    });
    expect(initialCamera(view, null)).toEqual({ center: [100.5, 13.75], zoom: 9 });
    expect(initialCamera(null, null)).toMatchObject({ bounds: [97.2, 5.5, 105.8, 20.6] });
  });
});
