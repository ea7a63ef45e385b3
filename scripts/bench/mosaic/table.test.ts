import { describe, expect, it } from 'vitest';
import { formatMs, formatRatio, quantiles, sweepTable } from './table';

describe('quantiles', () => {
  it('takes nearest-rank p50 / p95 / p99', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(quantiles(values)).toEqual({ p50: 10, p95: 19, p99: 20 });
  });

  it('is NaN for no values', () => {
    expect(quantiles([]).p50).toBeNaN();
  });
});

describe('formatting', () => {
  it('writes milliseconds with a decimal only below 10 ms', () => {
    expect(formatMs(0.74)).toBe('0.7 ms');
    expect(formatMs(66.6)).toBe('67 ms');
    expect(formatMs(NaN)).toBe('–');
  });

  it('writes ratios, or a dash when a side is missing', () => {
    expect(formatRatio(300, 100)).toBe('3.0×');
    expect(formatRatio(NaN, 100)).toBe('–');
    expect(formatRatio(1, 0)).toBe('–');
  });
});

describe('sweepTable', () => {
  it('writes the machine line and one row per width', () => {
    const lines = sweepTable('2 × CPU', 1_000_000, [
      {
        width: 0.2,
        mosaic: { paintedMs: [60, 70], queryMs: [30, 40] },
        ours: { paintedMs: [180, 210], queryMs: [80, 90] },
      },
      { width: 0.3, mosaic: { paintedMs: [5], queryMs: [2] }, ours: undefined },
    ]);
    expect(lines[0]).toBe('Machine: 2 × CPU. 1,000,000 incidents, 2 brush steps per width.');
    expect(lines).toHaveLength(10);
    expect(lines[4]).toBe(
      '| 20 % | 60 ms / 70 ms / 70 ms | 180 ms / 210 ms / 210 ms | 3.0× / 3.0× | 30 ms / 40 ms | 80 ms / 90 ms |',
    );
    expect(lines[5]).toBe(
      '| 30 % | 5.0 ms / 5.0 ms / 5.0 ms | – / – / – | – / – | 2.0 ms / 2.0 ms | – / – |',
    );
  });
});
