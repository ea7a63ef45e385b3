/** Test-only: a native DuckDB engine that can be made to die like a duckdb-wasm worker. */
import type { DataEngine } from '../engine/engine';
import { createNativeEngine } from './engines';

/** A {@link DataEngine} on native DuckDB whose death the test decides. */
export interface MortalEngine extends DataEngine {
  /** From now on every call fails as a terminated worker's does (`silent`: never answers). */
  die(silent?: boolean): void;
  /** Fires `died`, as a worker 'error' event does; calls then never answer. */
  crash(reason: string): void;
  /** Calls made to this engine. */
  readonly calls: { query: number; load: number };
  /** True once {@link DataEngine.kill} was called. */
  readonly killed: boolean;
}

/** A fresh in-memory native DuckDB, alive until the test kills it. */
export async function createMortalEngine(): Promise<MortalEngine> {
  const inner = await createNativeEngine();
  let mode: 'alive' | 'failing' | 'silent' = 'alive';
  let killed = false;
  let crash: (reason: string) => void = () => undefined;
  const died = new Promise<string>((resolve) => {
    crash = resolve;
  });
  const guard = <T>(work: () => Promise<T>): Promise<T> => {
    if (mode === 'failing') return Promise.reject(new Error('Error: worker terminated'));
    if (mode === 'silent') return new Promise<T>(() => undefined);
    return work();
  };
  const calls = { query: 0, load: 0 };
  return {
    calls,
    get killed() {
      return killed;
    },
    died,
    die: (silent = false) => {
      mode = silent ? 'silent' : 'failing';
    },
    crash: (reason) => {
      mode = 'silent';
      crash(reason);
    },
    query: (q) => {
      calls.query += 1;
      return guard(() => inner.query(q));
    },
    interruptibleQuery: (q, signal) => guard(() => inner.interruptibleQuery(q, signal)),
    loadTable: (def, bytes) => {
      calls.load += 1;
      return guard(() => inner.loadTable(def, bytes));
    },
    dropTable: (name) => guard(() => inner.dropTable(name)),
    terminate: () => inner.terminate(),
    kill: () => {
      killed = true;
      void inner.terminate();
    },
  };
}
