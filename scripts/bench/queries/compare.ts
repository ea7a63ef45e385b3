/** Checks that every engine, and both groups of a query, gave the same result (pure). */
import type { EngineRun } from './native';
import type { BenchQuery } from './workload';

/** A query's native runs: one thread and all threads. */
export interface NativeRuns {
  readonly one: EngineRun;
  readonly all: EngineRun;
}

function describeRun(run: EngineRun): string {
  return `${run.rows.toLocaleString('en')} rows, sha256 ${run.digest.slice(0, 12)}`;
}

/**
 * Every disagreement, as a sentence: native all threads against one thread, wasm against native,
 * and a pre-aggregated query against the same query over the raw table. Empty when all agree.
 */
export function mismatches(
  queries: readonly BenchQuery[],
  native: ReadonlyMap<BenchQuery, NativeRuns>,
  wasm: ReadonlyMap<BenchQuery, EngineRun>,
): string[] {
  const found: string[] = [];
  for (const q of queries) {
    const runs = native.get(q);
    if (!runs) {
      found.push(`${q.group} ${q.name}: no native result`);
      continue;
    }
    const { one, all } = runs;
    const label = `${q.group} ${q.name}`;
    if (all.digest !== one.digest) {
      found.push(
        `${label}: native all threads (${describeRun(all)}) ≠ one thread (${describeRun(one)})`,
      );
    }
    const w = wasm.get(q);
    if (w && w.digest !== one.digest) {
      found.push(`${label}: wasm (${describeRun(w)}) ≠ native (${describeRun(one)})`);
    }
    const raw = queries.find((other) => other.group === 'raw' && other.name === q.name);
    const rawRun = raw && raw !== q ? native.get(raw)?.one : undefined;
    if (rawRun && rawRun.digest !== one.digest) {
      found.push(`${q.name}: pre-aggregated (${describeRun(one)}) ≠ raw (${describeRun(rawRun)})`);
    }
  }
  return found;
}
