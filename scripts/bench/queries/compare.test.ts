import { describe, expect, it } from 'vitest';
import { mismatches } from './compare';
import type { EngineRun } from './native';
import type { BenchQuery } from './workload';

const run = (digest: string, rows = 3): EngineRun => ({ samplesMs: [1], rows, digest });
const query = (group: BenchQuery['group'], name: string): BenchQuery => ({
  group,
  name,
  builder: name,
  query: { sql: 'SELECT 1', params: [] },
});

const RAW = query('raw', 'choropleth');
const PRE = query('pre-aggregated', 'choropleth');
const POINTS = query('raw', 'points');

describe('mismatches', () => {
  it('is empty when every engine and both groups agree', () => {
    const native = new Map([
      [RAW, { one: run('aa'), all: run('aa') }],
      [PRE, { one: run('aa'), all: run('aa') }],
      [POINTS, { one: run('bb'), all: run('bb') }],
    ]);
    const wasm = new Map([
      [RAW, run('aa')],
      [PRE, run('aa')],
    ]);
    expect(mismatches([RAW, PRE, POINTS], native, wasm)).toEqual([]);
  });

  it('names each disagreement: threads, wasm, raw against pre-aggregated, a missing result', () => {
    const native = new Map([
      [RAW, { one: run('aa'), all: run('ab') }],
      [PRE, { one: run('cc', 2), all: run('cc', 2) }],
    ]);
    const wasm = new Map([[RAW, run('dd', 1000)]]);
    expect(mismatches([RAW, PRE, POINTS], native, wasm)).toEqual([
      'raw choropleth: native all threads (3 rows, sha256 ab) ≠ one thread (3 rows, sha256 aa)',
      'raw choropleth: wasm (1,000 rows, sha256 dd) ≠ native (3 rows, sha256 aa)',
      'choropleth: pre-aggregated (2 rows, sha256 cc) ≠ raw (3 rows, sha256 aa)',
      'raw points: no native result',
    ]);
  });
});
