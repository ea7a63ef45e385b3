import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import type { ProvinceSymbol } from '../models/view-models';
import type { LayerDrawing } from './layer-drawing';
import { withSizeKey } from './size-key-legend';
import {
  buildSizeKey,
  roundDown,
  roundUp,
  screenScaleOf,
  sizeKeyValues,
  symbolRadiusPx,
} from './symbol-size';
import type { LegendModel } from '../models/view-models';

describe('symbol sizes', () => {
  it('scale with the screen height: 1 at 1080 px, 2 at 4K, never below 0.75', () => {
    expect(screenScaleOf(1080)).toBe(1);
    expect(screenScaleOf(2160)).toBe(2);
    expect(screenScaleOf(900)).toBeCloseTo(0.8333, 4);
    expect(screenScaleOf(600)).toBe(0.75);
    expect(screenScaleOf(0)).toBe(1);
    expect(screenScaleOf(Number.NaN)).toBe(1);
  });

  it('keep the area in proportion to the value above an 8 px floor, 30 px for the largest', () => {
    expect(symbolRadiusPx(100, 100)).toBe(30);
    expect(symbolRadiusPx(25, 100)).toBe(15);
    // (8 / 30)² of the largest is where the floor starts.
    expect(symbolRadiusPx(7.12, 100)).toBeCloseTo(8.005, 3);
    expect(symbolRadiusPx(1, 100)).toBe(8);
    expect(symbolRadiusPx(0, 100)).toBe(8);
    expect(symbolRadiusPx(5, 0)).toBe(8);
    // A value above the stated largest is drawn as the largest, never beyond it.
    expect(symbolRadiusPx(400, 100)).toBe(30);
  });
});

describe('the size key', () => {
  it('rounds its reference values to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k', () => {
    expect([84, 21, 7, 168, 1234, 0.45].map(roundDown)).toEqual([80, 20, 6, 150, 1000, 0.4]);
    expect([5.97, 21, 9, 11.9, 0.028].map(roundUp)).toEqual([6, 25, 10, 15, 0.03]);
  });

  it('picks one value near the largest, one near a quarter and the smallest above the floor', () => {
    expect(sizeKeyValues(84)).toEqual([80, 20, 6]);
    expect(sizeKeyValues(250)).toEqual([250, 60, 20]);
    expect(sizeKeyValues(168)).toEqual([150, 40, 15]);
    expect(sizeKeyValues(12)).toEqual([10, 3, 1]);
    // Counts: no fractions, no duplicates.
    expect(sizeKeyValues(3)).toEqual([3]);
    expect(sizeKeyValues(1)).toEqual([1]);
    expect(sizeKeyValues(0)).toEqual([]);
  });

  it('labels its circles with values and the unit, Thai first, at the radii the map draws', () => {
    const key = buildSizeKey(84, { th: 'เรื่อง', en: 'cases' }, 'th');
    expect(key?.caption).toBe('ขนาดวงกลม (เรื่อง · cases)');
    expect(key?.entries.map((e) => [e.value, e.label])).toEqual([
      [80, '80'],
      [20, '20'],
      [6, '6'],
    ]);
    expect(key?.entries.map((e) => e.radiusPx)).toEqual(
      [80, 20, 6].map((v) => symbolRadiusPx(v, 84)),
    );
    expect(buildSizeKey(1500, { th: 'เรื่อง', en: 'cases' }, 'en')?.caption).toBe(
      'Circle size (เรื่อง · cases)',
    );
    expect(buildSizeKey(1500, { th: 'เรื่อง', en: 'cases' }, 'en')?.entries[0]?.label).toBe('1,500');
    expect(buildSizeKey(0, { th: 'เรื่อง', en: 'cases' }, 'th')).toBeNull();
  });
});

describe('withSizeKey', () => {
  const legend = { layerId: 'complaints', title: 'เรื่องร้องเรียน' } as LegendModel;
  const def = { ...testDataset('complaints'), unit: { th: 'เรื่อง', en: 'cases' } };
  const symbol = (code: number, value: number): ProvinceSymbol => ({
    code,
    lon: 102,
    lat: 15,
    value,
    radiusPx: 3,
    colour: [1, 2, 3],
  });

  it('gives a symbols layer the key of its largest value', () => {
    const drawing = {
      kind: 'province-symbols',
      symbols: [symbol(30, 84), symbol(40, 12)],
    } as const;
    const keyed = withSizeKey(legend, drawing, def, 'th');
    expect(keyed.sizeKey?.entries.map((e) => e.value)).toEqual([80, 20, 6]);
    expect(keyed.title).toBe('เรื่องร้องเรียน');
  });

  it('leaves other legends as they are (the same object, for memoised views)', () => {
    const drawing: LayerDrawing = {
      kind: 'choropleth',
      choropleth: { colourByCode: new Map(), outlinedCodes: new Set<number>() },
    };
    expect(withSizeKey(legend, drawing, def, 'th')).toBe(legend);
  });
});
