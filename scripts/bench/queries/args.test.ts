import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_BENCH_OPTIONS, parseQueryBenchArgs } from './args';

describe('parseQueryBenchArgs', () => {
  it('gives the defaults without arguments', () => {
    expect(parseQueryBenchArgs([])).toEqual(DEFAULT_QUERY_BENCH_OPTIONS);
    expect(DEFAULT_QUERY_BENCH_OPTIONS).toMatchObject({
      incidents: [1_000_000],
      runs: 5,
      out: 'scripts/bench/queries-results.json',
      fresh: false,
    });
  });

  it('reads every flag, incidents as a comma list', () => {
    expect(
      parseQueryBenchArgs([
        '--incidents',
        '1000000,10000000',
        '--runs',
        '3',
        '--out',
        '/tmp/q.json',
        '--fresh',
      ]),
    ).toEqual({ incidents: [1_000_000, 10_000_000], runs: 3, out: '/tmp/q.json', fresh: true });
    expect(parseQueryBenchArgs(['--incidents=20000'])?.incidents).toEqual([20_000]);
  });

  it('returns null for --help', () => {
    expect(parseQueryBenchArgs(['--help'])).toBeNull();
    expect(parseQueryBenchArgs(['-h'])).toBeNull();
  });

  it('refuses bad values and unknown flags, naming the flag', () => {
    expect(() => parseQueryBenchArgs(['--incidents', '1e6x'])).toThrow(/--incidents/);
    expect(() => parseQueryBenchArgs(['--incidents', '0'])).toThrow(/>= 1/);
    expect(() => parseQueryBenchArgs(['--incidents', '1000,'])).toThrow(/--incidents/);
    expect(() => parseQueryBenchArgs(['--incidents', '1000,1000'])).toThrow(/twice/);
    expect(() => parseQueryBenchArgs(['--runs', '2.5'])).toThrow(/--runs/);
    expect(() => parseQueryBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseQueryBenchArgs(['--out', ' '])).toThrow(/--out/);
    expect(() => parseQueryBenchArgs(['--size', '10'])).toThrow(/size/);
    expect(() => parseQueryBenchArgs(['extra'])).toThrow();
  });
});
