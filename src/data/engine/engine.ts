/**
 * The DuckDB engine as the rest of src/data sees it, independent of which DuckDB runs it
 * (duckdb-wasm in the browser, native DuckDB or the duckdb-wasm Node bundle in tests).
 */
import type { Table } from 'apache-arrow';
import type { EngineBackend, ParquetDecoder } from './engine-backend';
import type { DatasetDef } from '../manifest/manifest-types';
import { quoteIdent, type SqlQuery } from '../sql';
import { loadTableInto } from './table-loader';

/** A DuckDB database holding one table per dataset. */
export interface DataEngine {
  /**
   * Reads a dataset file (Parquet or CSV, per `def.format`) into the dataset's table. The file is
   * staged and checked against `def.columns` first and then swapped in atomically, so a failed
   * load keeps the previous table. An engine never detaches or changes `bytes`: the caller may
   * keep them (the restarting engine does, to load the table again into a new database).
   * @returns the number of rows loaded.
   * @throws Error naming the file and, for schema problems, the column.
   */
  loadTable(def: DatasetDef, bytes: Uint8Array): Promise<number>;
  /** Runs one statement with `?` parameters and returns its result. */
  query(q: SqlQuery): Promise<Table>;
  /**
   * Runs one read-only statement that `signal` can stop (the analyst's SQL console): on abort
   * DuckDB is interrupted and the call rejects with `signal.reason` at once, even while it still
   * waits for its turn. It runs on a connection of its own, so the dashboard's queries are
   * answered while it runs. Never retried, never taken for a dead database (engine-restart.ts).
   */
  interruptibleQuery(q: SqlQuery, signal: AbortSignal): Promise<Table>;
  /**
   * Drops a table loaded by {@link loadTable} (nothing when there is none), after the loads
   * before it; a restarting engine then no longer loads it again into a new database.
   */
  dropTable(name: string): Promise<void>;
  /** Releases the database; later calls fail. */
  terminate(): Promise<void>;
  /**
   * Resolves with a reason when the database dies on its own (its worker reported an error):
   * calls in flight may then never settle. Absent when the engine cannot tell.
   */
  readonly died?: Promise<string>;
  /** Stops the database at once, without waiting for work in flight (e.g. terminates the worker). */
  kill?(): void;
}

/** How a database ends, for engines that can tell (see {@link DataEngine.died}). */
export interface EngineLife {
  readonly died?: Promise<string>;
  readonly kill?: () => void;
}

export type { EngineBackend, ParquetDecoder } from './engine-backend';

/**
 * Builds a {@link DataEngine} on a backend. Queries run side by side (the worker still executes
 * them one after another, but the next one is already waiting there, so no round trip through a
 * busy main thread sits between them); a load runs alone: a query running inside a load's
 * transaction (or failing inside it) would break the load. A query waiting for its turn goes
 * before loads that have not started yet, so the map's query is not stuck behind a large file; a
 * started load always finishes first.
 */
export function createEngine(
  backend: EngineBackend,
  decodeParquet: ParquetDecoder,
  life: EngineLife = {},
): DataEngine {
  const queries: (() => Promise<void>)[] = [];
  const loads: (() => Promise<void>)[] = [];
  let loading = false;
  let activeQueries = 0;
  let terminated = false;

  const runNext = (): void => {
    if (loading) return;
    for (let job = queries.shift(); job; job = queries.shift()) {
      activeQueries += 1;
      void job().finally(() => {
        activeQueries -= 1;
        runNext();
      });
    }
    const load = activeQueries === 0 ? loads.shift() : undefined;
    if (!load) return;
    loading = true;
    void load().finally(() => {
      loading = false;
      runNext();
    });
  };
  const enqueue = <T>(queue: (() => Promise<void>)[], task: () => Promise<T>): Promise<T> => {
    if (terminated) return Promise.reject(new Error('the data engine has been terminated'));
    return new Promise<T>((resolve, reject) => {
      queue.push(() => task().then(resolve, reject));
      runNext();
    });
  };

  return {
    ...(life.died ? { died: life.died } : {}),
    kill: () => {
      terminated = true;
      life.kill?.();
    },
    loadTable: (def, bytes) =>
      enqueue(loads, () => loadTableInto(backend, decodeParquet, def, bytes)),
    query: (q) => enqueue(queries, () => backend.query(q)),
    // Queued as a query: dashboard queries still run beside it; a load waits for it to end.
    interruptibleQuery: (q, signal) =>
      untilAborted(
        enqueue(queries, () => backend.interruptibleQuery(q, signal)),
        signal,
      ),
    dropTable: (name) =>
      enqueue(loads, async () => {
        await backend.query({ sql: `DROP TABLE IF EXISTS ${quoteIdent(name)}`, params: [] });
      }),
    terminate: async () => {
      if (terminated) return;
      const closed = enqueue(loads, () => backend.close());
      terminated = true;
      await closed;
    },
  };
}

/**
 * `work`, or a rejection with `signal.reason` as soon as `signal` aborts (work still queued then
 * starts, sees the aborted signal and ends at once).
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** Why `signal` aborted, as an Error (AbortController.abort() without a reason gives a DOMException). */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('the query was cancelled');
}

/** Throws {@link abortReason} once `signal` has aborted (a function: the flag changes under us). */
export function throwIfStopped(signal: AbortSignal): void {
  if (signal.aborted) throw abortReason(signal);
}

/** What an interruptible call rejects with: the abort's reason once aborted, else `error`. */
export function stopReasonOr(signal: AbortSignal, error: unknown): unknown {
  return signal.aborted ? abortReason(signal) : error;
}
