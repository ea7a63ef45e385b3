/** One incident count, measured: native DuckDB on one and all threads, then DuckDB-WASM in Chromium. */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatasetRegistry, parseManifest } from '../../../src/data/manifest/registry';
import { browserMemoryBytes } from '../browser-session';
import { callPage, openBenchBrowser } from './browser';
import { mismatches, type NativeRuns } from './compare';
import { openNativeBench, type EngineRun } from './native';
import type { BrowserLoad, NativeLoad, QueryRecord, SizeRecord } from './report';
import { ratio, summarise } from './stats';
import { benchQueries, rawOnlyRegistry, type BenchQuery } from './workload';

/** Versions found while measuring, for the machine line. */
export interface SeenVersions {
  chromium: string;
  nativeDuckdb: string;
  wasmDuckdb: string;
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/** Resolves with `work`'s value and the peak RSS of the browser's processes while it ran. */
async function withPeakRss<T>(work: Promise<T>): Promise<{ value: T; peakBytes: number }> {
  let peak = browserMemoryBytes();
  const timer = setInterval(() => {
    peak = Math.max(peak, browserMemoryBytes());
  }, 200);
  try {
    const value = await work;
    return { value, peakBytes: Math.max(peak, browserMemoryBytes()) };
  } finally {
    clearInterval(timer);
  }
}

interface WasmSide {
  readonly load: BrowserLoad;
  readonly runs: ReadonlyMap<BenchQuery, EngineRun>;
  readonly errors: ReadonlyMap<BenchQuery, string>;
}

async function measureWasm(
  dataDir: string,
  queries: readonly BenchQuery[],
  runs: number,
  seen: SeenVersions,
): Promise<WasmSide> {
  const results = new Map<BenchQuery, EngineRun>();
  const errors = new Map<BenchQuery, string>();
  const load: { -readonly [K in keyof BrowserLoad]: BrowserLoad[K] } = {
    engineMs: null,
    publishedLoadMs: null,
    rawLoadMs: null,
    rawLoadError: null,
    jsHeapBytes: null,
    duckdbBytes: null,
    browserRssBytes: null,
    browserPeakRssBytes: null,
  };
  const timeAll = async (group: string, run: (q: BenchQuery) => Promise<EngineRun>) => {
    for (const q of queries.filter((query) => query.group === group)) {
      try {
        results.set(q, await run(q));
      } catch (error) {
        errors.set(q, firstLine(error));
      }
    }
  };
  const bench = await openBenchBrowser(dataDir);
  let failure: string | null = null;
  try {
    seen.chromium = bench.browser.version();
    const { page } = bench;
    const start = await callPage(page, 'start', 'data/manifest.json');
    if (start.errors.length > 0) {
      throw new Error(`published tables did not load: ${start.errors.join('; ')}`);
    }
    seen.wasmDuckdb = start.version;
    load.engineMs = start.engineMs;
    load.publishedLoadMs = start.loadMs;
    console.log(`wasm: started in ${Math.round(start.engineMs)} ms, published tables loaded`);
    await timeAll('pre-aggregated', (q) => callPage(page, 'time', q.query, runs));
    console.log('wasm: loading the raw incidents');
    const { value: raw, peakBytes } = await withPeakRss(
      callPage(page, 'loadDeferred', 'road_safety').catch(
        (error: unknown) => ({ ok: false, error: firstLine(error) }) as const,
      ),
    );
    load.browserPeakRssBytes = peakBytes;
    load.browserRssBytes = browserMemoryBytes();
    const memory = await callPage(page, 'memory').catch(() => null);
    load.jsHeapBytes = memory?.jsHeapBytes ?? null;
    load.duckdbBytes = memory?.duckdbBytes ?? null;
    if (!raw.ok) {
      load.rawLoadError = raw.error;
      throw new Error('raw table not loaded');
    }
    load.rawLoadMs = raw.loadMs;
    await timeAll('raw', (q) => callPage(page, 'time', q.query, runs));
  } catch (error) {
    failure = firstLine(error);
    console.error(`wasm: ${failure}`);
  } finally {
    await bench.close();
  }
  for (const error of bench.pageErrors) console.warn(`wasm page error: ${error}`);
  if (bench.foreignRequests.length > 0) {
    throw new Error(
      `the page requested hosts other than 127.0.0.1: ${bench.foreignRequests.join(', ')}`,
    );
  }
  for (const q of queries) {
    if (!results.has(q) && !errors.has(q)) errors.set(q, failure ?? 'not run');
  }
  return { load, runs: results, errors };
}

/** Measures every query at the data in `dataDir` (demo data of `incidents` incidents). */
export async function measureSize(
  incidents: number,
  dataDir: string,
  regionCodes: readonly number[],
  runs: number,
  seen: SeenVersions,
): Promise<SizeRecord> {
  const manifestJson: unknown = JSON.parse(
    readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'),
  );
  const published = new DatasetRegistry(parseManifest(manifestJson, 'manifest.json'));
  const queries = benchQueries(
    published,
    rawOnlyRegistry(manifestJson, 'manifest.json'),
    regionCodes,
  );
  const threadsAll = os.cpus().length;

  const native = await openNativeBench(published, dataDir);
  const nativeRuns = new Map<BenchQuery, NativeRuns>();
  let nativeLoad: NativeLoad;
  try {
    seen.nativeDuckdb = native.version;
    console.log(`native: loaded in ${Math.round(native.loadMs)} ms`);
    for (const q of queries) {
      const one = await native.time(q.query, runs, 1);
      const all = await native.time(q.query, runs, threadsAll);
      nativeRuns.set(q, { one, all });
    }
    nativeLoad = {
      loadMs: native.loadMs,
      rssBytes: process.memoryUsage().rss,
      duckdbBytes: await native.duckdbBytes(),
      threadsAll,
    };
  } finally {
    native.close();
  }
  const wasm = await measureWasm(dataDir, queries, runs, seen);

  const records: QueryRecord[] = queries.map((q) => {
    const { one, all } = nativeRuns.get(q) as NativeRuns;
    const w = wasm.runs.get(q);
    const native1 = summarise(one.samplesMs);
    const nativeAll = summarise(all.samplesMs);
    const wasmTiming = w ? summarise(w.samplesMs) : null;
    return {
      group: q.group,
      name: q.name,
      builder: q.builder,
      sql: q.query.sql,
      params: q.query.params,
      rows: one.rows,
      digest: one.digest,
      native1,
      nativeAll,
      wasm: wasmTiming,
      wasmError: w ? null : (wasm.errors.get(q) ?? 'not run'),
      wasmOverNative1: ratio(wasmTiming?.medianMs ?? null, native1.medianMs),
      wasmOverNativeAll: ratio(wasmTiming?.medianMs ?? null, nativeAll.medianMs),
    };
  });
  return {
    incidents,
    rawFileBytes: statSync(path.join(dataDir, published.get('road_safety').file)).size,
    native: nativeLoad,
    browser: wasm.load,
    queries: records,
    mismatches: mismatches(queries, nativeRuns, wasm.runs),
  };
}
