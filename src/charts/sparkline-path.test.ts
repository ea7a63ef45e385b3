import { describe, expect, it } from 'vitest';
import { sparklinePath, sparklinePoints } from './sparkline-path';

describe('sparklinePoints', () => {
  it('spreads values across the width, the maximum at the top and the minimum at the bottom', () => {
    expect(sparklinePoints([0, 5, 10], 104, 24, 2)).toEqual([
      { x: 2, y: 22 },
      { x: 52, y: 12 },
      { x: 102, y: 2 },
    ]);
  });

  it('draws a flat series across the middle and a single value in the centre', () => {
    expect(sparklinePoints([3, 3], 20, 10, 0)).toEqual([
      { x: 0, y: 5 },
      { x: 20, y: 5 },
    ]);
    expect(sparklinePoints([7], 20, 10, 0)).toEqual([{ x: 10, y: 5 }]);
  });

  it('skips values that are not finite and is empty without values', () => {
    expect(sparklinePoints([1, Number.NaN, 2], 10, 10, 0)).toHaveLength(2);
    expect(sparklinePoints([], 10, 10)).toEqual([]);
  });
});

describe('sparklinePath', () => {
  it('is an SVG move-then-line path through the points', () => {
    expect(sparklinePath([0, 10], 10, 10, 0)).toBe('M0,10 L10,0');
    expect(sparklinePath([], 10, 10)).toBe('');
  });
});
