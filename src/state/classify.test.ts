import { describe, expect, it } from 'vitest';
import { classIndex, quantileBreaks } from './classify';
import { rgbToHex, spreadPalette, VIRIDIS_5 } from './palettes';
import { createStore, memoizeLast } from './store';

describe('quantileBreaks', () => {
  it('splits evenly spread values into equal-count classes', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const result = quantileBreaks(values, 5, 0);
    expect(result.breaks).toEqual([21, 41, 61, 81]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values)
      counts[classIndex(v, result)] = (counts[classIndex(v, result)] ?? 0) + 1;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('merges duplicate breaks and ignores non-finite values', () => {
    const result = quantileBreaks([5, 5, 5, 5, NaN, 9], 5);
    expect(result.breaks).toEqual([9]);
    expect(result.min).toBe(5);
    expect(result.max).toBe(9);
  });

  it('returns no breaks for no values', () => {
    expect(quantileBreaks([], 5).breaks).toEqual([]);
  });
});

describe('classIndex', () => {
  const classification = { breaks: [10, 20], min: 0, max: 30 };
  it('puts a value on a break into the upper class', () => {
    expect(classIndex(9.99, classification)).toBe(0);
    expect(classIndex(10, classification)).toBe(1);
    expect(classIndex(30, classification)).toBe(2);
  });
  it('marks missing values with -1', () => {
    expect(classIndex(null, classification)).toBe(-1);
    expect(classIndex(NaN, classification)).toBe(-1);
  });
});

describe('palettes', () => {
  it('writes hex colours', () => {
    expect(rgbToHex(VIRIDIS_5[0] ?? [0, 0, 0])).toBe('#440154');
  });
});

describe('store', () => {
  it('notifies listeners only on change and stops after unsubscribe', () => {
    const store = createStore({ n: 0 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.update((s) => s);
    store.update((s) => ({ n: s.n + 1 }));
    unsubscribe();
    store.update((s) => ({ n: s.n + 1 }));
    expect(calls).toBe(1);
    expect(store.getState().n).toBe(2);
  });

  it('memoizeLast recomputes only for a new argument', () => {
    let runs = 0;
    const double = memoizeLast((xs: number[]) => {
      runs += 1;
      return xs.map((x) => x * 2);
    });
    const input = [1, 2];
    expect(double(input)).toBe(double(input));
    double([1, 2]);
    expect(runs).toBe(2);
  });
});

describe('spreadPalette', () => {
  it('keeps both ends when classes merge', () => {
    expect(spreadPalette(VIRIDIS_5, 5)).toEqual(VIRIDIS_5);
    expect(spreadPalette(VIRIDIS_5, 3)).toEqual([VIRIDIS_5[0], VIRIDIS_5[2], VIRIDIS_5[4]]);
    expect(spreadPalette(VIRIDIS_5, 1)).toEqual([VIRIDIS_5[2]]);
    expect(spreadPalette(VIRIDIS_5, 0)).toEqual([]);
  });
});
