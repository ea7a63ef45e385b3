import { describe, expect, it } from 'vitest';
import {
  formatMegabytes,
  formatMs,
  formatRatio,
  formatSeconds,
  formatTiming,
  median,
  percentile,
  ratio,
  summarise,
} from './stats';

describe('percentile', () => {
  it('is nearest-rank: always one of the values', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 20)).toBe(1);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });

  it('refuses no values and p out of range', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 0)).toThrow(/p must be/);
    expect(() => percentile([1], 101)).toThrow(/p must be/);
  });
});

describe('median and summarise', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('keeps the samples and gives median and p95', () => {
    const samples = [10, 12, 11, 30, 13];
    expect(summarise(samples)).toEqual({ samplesMs: samples, medianMs: 12, p95Ms: 30 });
  });
});

describe('ratio', () => {
  it('divides, and gives null when a side is missing or the divisor is not positive', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(3, null)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(Number.POSITIVE_INFINITY, 1)).toBeNull();
  });
});

describe('formatting', () => {
  it('prints milliseconds with about three significant digits', () => {
    expect(formatMs(0.4123)).toBe('0.412');
    expect(formatMs(4.123)).toBe('4.12');
    expect(formatMs(41.23)).toBe('41.2');
    expect(formatMs(412.3)).toBe('412');
    expect(formatMs(4123.4)).toBe('4123');
  });

  it('prints timings, ratios, megabytes and seconds, with a dash for nothing', () => {
    expect(formatTiming({ samplesMs: [], medianMs: 12.34, p95Ms: 20 })).toBe('12.3 / 20.0 ms');
    expect(formatTiming(null)).toBe('–');
    expect(formatRatio(3.14159)).toBe('3.1×');
    expect(formatRatio(14.6)).toBe('15×');
    expect(formatRatio(null)).toBe('–');
    expect(formatMegabytes(25_800_000)).toBe('25.8 MB');
    expect(formatMegabytes(null)).toBe('–');
    expect(formatSeconds(1234)).toBe('1.23 s');
    expect(formatSeconds(null)).toBe('–');
  });
});
