import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../i18n/format';
import { classCountOf, classIndex, classify, quantileBreaks, roundTo } from './classify';
import { rgbToHex, spreadPalette, VIRIDIS_5 } from './palettes';
import { createStore, memoizeLast } from '../app/store';

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

describe('roundTo', () => {
  it('rounds the way the screen shows numbers (half away from zero, shortest decimal form)', () => {
    expect(roundTo(4.35, 1)).toBe(4.4);
    expect(roundTo(-4.35, 1)).toBe(-4.4);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(72.44, 1)).toBe(72.4);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });

  it('agrees with formatNumber for awkward values', () => {
    for (const value of [4.35, 1.45, 2.675, 0.145, 72.45, 59.95, 99.95, -2.5]) {
      for (const decimals of [0, 1, 2]) {
        expect(roundTo(value, decimals)).toBe(Number(formatNumber(value, 'en', decimals)));
      }
    }
  });
});

describe('classify', () => {
  it('equal intervals split min..max into equal widths', () => {
    const result = classify([0, 10, 25, 100], 'equal', 4, 0);
    expect(result.breaks).toEqual([25, 50, 75]);
    expect(result.min).toBe(0);
    expect(result.max).toBe(100);
  });

  it('equal interval breaks are rounded to the shown decimals', () => {
    // 1.04 and 2.96 show as 1.0 and 3.0; thirds of 1..3 are 1.667 and 2.333.
    const result = classify([1.04, 2.96], 'equal', 3, 1);
    expect(result.breaks).toEqual([1.7, 2.3]);
    expect([result.min, result.max]).toEqual([1, 3]);
  });

  it('natural breaks on the simple-statistics ckmeans example', () => {
    // Clusters {-1 x4}, {2 x3}, {4, 5, 6}: within-class sum of squares 0 + 0 + 2.
    const values = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1];
    expect(classify(values, 'jenks', 3, 0).breaks).toEqual([2, 4]);
  });

  it('natural breaks minimise the within-class sum of squares', () => {
    // 3 classes: {1,2,4,5} 10 + {7,9,10} 4.67 + {20} 0 = 14.67, the least of all splits
    // ({1,2,4},{5,7,9,10},{20}) gives 19.42, ({1,2,4,5,7},{9,10},{20}) 23.3).
    // 2 classes: {1..10} 69.7 + {20} 0 beats {1,2,4,5,7} 22.8 + {9,10,20} 74.
    const values = [20, 1, 9, 2, 4, 10, 5, 7];
    expect(classify(values, 'jenks', 3, 0).breaks).toEqual([7, 20]);
    expect(classify(values, 'jenks', 2, 0).breaks).toEqual([20]);
    // The same values by the other methods, for contrast.
    expect(classify(values, 'quantile', 3, 0).breaks).toEqual([5, 9]);
    expect(classify(values, 'equal', 3, 0).breaks).toEqual([7, 14]);
  });

  it('quantiles merge ties', () => {
    // 8 values, quarters at sorted index 2, 4, 6: 1 (the minimum, dropped), 2, 3.
    const result = classify([1, 1, 1, 1, 2, 2, 3, 4], 'quantile', 4, 0);
    expect(result.breaks).toEqual([2, 3]);
    expect(classCountOf(result)).toBe(3);
  });

  it('quantiles match quantileBreaks for existing callers', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(classify(values, 'quantile', 5, 0).breaks).toEqual(quantileBreaks(values, 5, 0).breaks);
  });

  it('gives fewer classes when there are fewer distinct values than classes', () => {
    expect(classify([1, 1, 1, 2], 'jenks', 5, 0).breaks).toEqual([2]);
    // Fifths of 1..2 are 1.2, 1.4, 1.6, 1.8: shown with 0 decimals they are 1, 1, 2, 2.
    expect(classify([1, 1, 2], 'equal', 5, 0).breaks).toEqual([2]);
    expect(classify([1, 1, 2], 'quantile', 5, 0).breaks).toEqual([2]);
  });

  it('returns no classes for no values', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const result = classify([], method, 5);
      expect(result.breaks).toEqual([]);
      expect(result.min).toBeNaN();
      expect(classCountOf(result)).toBe(0);
    }
  });

  it('ignores null, undefined, NaN and infinite values', () => {
    const result = classify([null, 3, NaN, undefined, 7, Infinity, -Infinity], 'equal', 2, 0);
    expect(result.breaks).toEqual([5]);
    expect([result.min, result.max]).toEqual([3, 7]);
  });

  it('gives one class for all-equal values', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const result = classify([4, 4, 4], method, 3);
      expect(result.breaks).toEqual([]);
      expect(classCountOf(result)).toBe(1);
      expect(classIndex(4, result)).toBe(0);
    }
  });

  it('accepts any iterable, e.g. the values of a Map', () => {
    const byCode = new Map([
      [10, 1],
      [11, 5],
      [12, 9],
    ]);
    expect(classify(byCode.values(), 'equal', 2, 0).breaks).toEqual([5]);
  });

  it('classes a value by the number the screen shows', () => {
    const result = classify([3, 3.1, 4.35, 4.5], 'jenks', 2, 1);
    // 4.35 shows as "4.4"; the clusters are {3.0, 3.1} and {4.4, 4.5}.
    expect(result.breaks).toEqual([4.4]);
    expect(formatNumber(4.35, 'en', 1)).toBe('4.4');
    expect(classIndex(4.35, result)).toBe(1);
    expect(classIndex(4.349, result)).toBe(0);
  });
});
