import { describe, expect, it } from 'vitest';
import { isolatedPoints } from './isolated-points';

describe('isolatedPoints', () => {
  it('finds values with a gap or an end on both sides', () => {
    const rows = [
      { date: '2021-11-28', s0: 60.1, s1: null },
      { date: '2021-12-05', s0: null, s1: 10 },
      { date: '2021-12-12', s0: 61, s1: 11 },
      { date: '2021-12-19', s0: 62, s1: null },
      { date: '2021-12-26', s0: null, s1: 12 },
    ];
    expect([...isolatedPoints(rows, 's0')]).toEqual([0]);
    expect([...isolatedPoints(rows, 's1')]).toEqual([4]);
  });

  it('a single row is a point of its own', () => {
    expect([...isolatedPoints([{ date: '2022-03-05', s0: 75.3 }], 's0')]).toEqual([0]);
  });
});
