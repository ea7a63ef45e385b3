import { describe, expect, it } from 'vitest';
import { indicesEqual, indicesToRange, rangeToIndices, rangesEqual } from './brush-range';

const dates = ['2025-01-05', '2025-01-12', '2025-01-19', '2025-01-26', '2025-02-02'];

describe('rangesEqual', () => {
  it('compares ranges by their dates, not by identity', () => {
    expect(rangesEqual({ from: 'a', to: 'b' }, { from: 'a', to: 'b' })).toBe(true);
    expect(rangesEqual({ from: 'a', to: 'b' }, { from: 'a', to: 'c' })).toBe(false);
    expect(rangesEqual(null, null)).toBe(true);
    expect(rangesEqual(null, { from: 'a', to: 'b' })).toBe(false);
    expect(rangesEqual({ from: 'a', to: 'b' }, null)).toBe(false);
  });

  it('compares index pairs', () => {
    expect(indicesEqual({ startIndex: 1, endIndex: 2 }, { startIndex: 1, endIndex: 2 })).toBe(true);
    expect(indicesEqual({ startIndex: 1, endIndex: 2 }, { startIndex: 0, endIndex: 2 })).toBe(
      false,
    );
  });
});

describe('rangeToIndices', () => {
  it('shows every date when there is no range', () => {
    expect(rangeToIndices(dates, null)).toEqual({ startIndex: 0, endIndex: 4 });
  });

  it('maps a range on data dates to their indices', () => {
    expect(rangeToIndices(dates, { from: '2025-01-12', to: '2025-01-26' })).toEqual({
      startIndex: 1,
      endIndex: 3,
    });
  });

  it('keeps the dates inside a range whose ends fall between data dates', () => {
    expect(rangeToIndices(dates, { from: '2025-01-10', to: '2025-01-30' })).toEqual({
      startIndex: 1,
      endIndex: 3,
    });
  });

  it('clamps ranges off either end and ranges between two dates', () => {
    expect(rangeToIndices(dates, { from: '2020-01-01', to: '2030-01-01' })).toEqual({
      startIndex: 0,
      endIndex: 4,
    });
    expect(rangeToIndices(dates, { from: '2030-01-01', to: '2031-01-01' })).toEqual({
      startIndex: 4,
      endIndex: 4,
    });
    expect(rangeToIndices(dates, { from: '2020-01-01', to: '2020-02-01' })).toEqual({
      startIndex: 0,
      endIndex: 0,
    });
    expect(rangeToIndices(dates, { from: '2025-01-13', to: '2025-01-14' })).toEqual({
      startIndex: 1,
      endIndex: 2,
    });
  });

  it('handles an empty series', () => {
    expect(rangeToIndices([], { from: '2025-01-01', to: '2025-02-01' })).toEqual({
      startIndex: 0,
      endIndex: 0,
    });
  });
});

describe('indicesToRange', () => {
  it('reports the dates at the brush ends', () => {
    expect(indicesToRange(dates, { startIndex: 1, endIndex: 3 })).toEqual({
      from: '2025-01-12',
      to: '2025-01-26',
    });
    expect(indicesToRange(dates, { startIndex: 0, endIndex: 3 })).toEqual({
      from: '2025-01-05',
      to: '2025-01-26',
    });
  });

  it('reports null for a brush over every date', () => {
    expect(indicesToRange(dates, { startIndex: 0, endIndex: 4 })).toBeNull();
    expect(indicesToRange([], { startIndex: 0, endIndex: 0 })).toBeNull();
  });

  it('orders reversed indices and clamps out-of-range ones', () => {
    expect(indicesToRange(dates, { startIndex: 3, endIndex: 1 })).toEqual({
      from: '2025-01-12',
      to: '2025-01-26',
    });
    expect(indicesToRange(dates, { startIndex: 2, endIndex: 99 })).toEqual({
      from: '2025-01-19',
      to: '2025-02-02',
    });
  });

  it('round-trips with rangeToIndices', () => {
    const range = { from: '2025-01-19', to: '2025-02-02' };
    expect(indicesToRange(dates, rangeToIndices(dates, range))).toEqual(range);
  });
});
