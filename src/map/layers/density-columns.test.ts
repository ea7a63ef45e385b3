import { describe, expect, it } from 'vitest';
import { pointsOnDays } from '../testing/fixtures';
import { densityColumns } from './density-columns';

describe('densityColumns', () => {
  const points = pointsOnDays([0, 5, 10, 15, 20]);

  it('keeps the points whose day lies in the inclusive range, as lon, lat, 0 and weight', () => {
    const columns = densityColumns(points, [5, 15]);
    expect(columns.length).toBe(3);
    expect([...columns.positions]).toEqual([101, 15, 0, 102, 15, 0, 103, 15, 0]);
    expect([...columns.weights]).toEqual([2, 3, 4]);
  });

  it('keeps every point without a range', () => {
    const columns = densityColumns(points, null);
    expect(columns.length).toBe(5);
    expect(columns.positions).toHaveLength(15);
  });

  it('is empty when no day lies in the range', () => {
    expect(densityColumns(points, [21, 30]).length).toBe(0);
  });

  it('copies only when the range changes', () => {
    const first = densityColumns(points, [0, 10]);
    expect(densityColumns(points, [0, 10])).toBe(first);
    const all = densityColumns(points, null);
    expect(densityColumns(points, null)).toBe(all);
    const other = densityColumns(points, [0, 11]);
    expect(other).not.toBe(first);
    expect(other.length).toBe(first.length);
    // Another point set with the same range is a different view.
    expect(densityColumns(pointsOnDays([0, 5, 10]), [0, 10])).not.toBe(other);
  });
});
