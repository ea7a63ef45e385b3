import { describe, expect, it } from 'vitest';
import {
  loadLine,
  machineLine,
  markdownReport,
  sizeTable,
  type MachineInfo,
  type QueryBenchResults,
  type QueryRecord,
  type SizeRecord,
} from './report';
import { summarise } from './stats';

const MACHINE: MachineInfo = {
  cpus: 2,
  cpuModel: 'AMD EPYC',
  ramBytes: 24 * 2 ** 30,
  node: 'v20.20.2',
  chromium: '156.0.8078.108',
  nativeDuckdb: 'v1.5.6',
  wasmDuckdb: 'v1.4.3',
  nodeApiPackage: '1.5.6-r.1',
  duckdbWasmPackage: '1.32.0',
};

const QUERY: QueryRecord = {
  group: 'raw',
  name: 'province choropleth',
  builder: 'roadSafetyByProvince, a|b',
  sql: 'SELECT 1',
  params: [],
  rows: 1234,
  digest: 'ab12',
  native1: summarise([10, 11, 12, 13, 20]),
  nativeAll: summarise([5, 6, 6, 7, 9]),
  wasm: summarise([30, 33, 36, 40, 41]),
  wasmError: null,
  wasmOverNative1: 3,
  wasmOverNativeAll: 6,
};

const SIZE: SizeRecord = {
  incidents: 10_000_000,
  rawFileBytes: 225_366_262,
  native: { loadMs: 4620, rssBytes: 2e9, duckdbBytes: 1e9, threadsAll: 2 },
  browser: {
    engineMs: 1000,
    publishedLoadMs: 1800,
    rawLoadMs: null,
    rawLoadError: 'Out of memory',
    jsHeapBytes: 30e6,
    duckdbBytes: 150e6,
    browserRssBytes: 1.8e9,
    browserPeakRssBytes: 6.5e9,
  },
  queries: [
    QUERY,
    {
      ...QUERY,
      name: 'raw points in a box',
      wasm: null,
      wasmError: 'raw table not loaded',
      wasmOverNative1: null,
      wasmOverNativeAll: null,
    },
  ],
  mismatches: [],
};

describe('machineLine', () => {
  it('names CPUs, RAM, Node and Chromium', () => {
    expect(machineLine(MACHINE)).toBe(
      '2 × AMD EPYC, 24 GiB RAM, Node v20.20.2, Chromium 156.0.8078.108',
    );
  });
});

describe('sizeTable', () => {
  it('has a header naming the thread count and a row per query, pipes escaped', () => {
    const [header, rule, first, second] = sizeTable(SIZE);
    expect(header).toBe(
      '| tables | query | builder, filters | rows | native 1 thread | native 2 threads | wasm | wasm / native 1 thread | wasm / native 2 threads |',
    );
    expect(rule).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(first).toBe(
      '| raw | province choropleth | roadSafetyByProvince, a\\|b | 1,234 | 12.0 / 20.0 ms | 6.00 / 9.00 ms | 36.0 / 41.0 ms | 3.0× | 6.0× |',
    );
    expect(second).toContain('| – (raw table not loaded) | – | – |');
  });
});

describe('loadLine and markdownReport', () => {
  it('says plainly when the raw table did not load, with the file size', () => {
    const line = loadLine(SIZE);
    expect(line).toContain('raw road_safety.parquet (225.4 MB) failed (Out of memory)');
    expect(line).toContain('native 4.62 s');
    expect(line).toContain('RSS 1800.0 MB (peak during the raw load 6500.0 MB)');
  });

  it('heads the tables with the command, the machine and the method, and lists mismatches', () => {
    const results: QueryBenchResults = {
      measuredAt: '2026-11-26T15:00:00.000Z',
      command: 'npm run bench:queries -- --incidents 10000000',
      runs: 5,
      durationMs: 123_000,
      machine: MACHINE,
      sizes: [{ ...SIZE, mismatches: ['raw province choropleth: wasm ≠ native'] }],
    };
    const text = markdownReport(results).join('\n');
    expect(text).toContain('`npm run bench:queries -- --incidents 10000000` (123.00 s in all)');
    expect(text).toContain(machineLine(MACHINE));
    expect(text).toContain('DuckDB v1.5.6 (@duckdb/node-api 1.5.6-r.1)');
    expect(text).toContain('DuckDB-WASM 1.32.0');
    expect(text).toContain('### 10,000,000 incidents');
    expect(text).toContain('- raw province choropleth: wasm ≠ native');
  });
});
