/**
 * {@link EngineBackend} on duckdb-wasm. Written against the shape shared by the worker-based
 * AsyncDuckDB (browser) and the blocking Node bundle (tests), so the tests run this very code.
 */
import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import { stopReasonOr, throwIfStopped, type EngineBackend } from './engine';
import { inlineParams } from '../sql-guard/inline-params';
import type { SqlParam } from '../sql';
import { STAGING_DIRECTORY } from '../sql-guard/sql-guard-lockdown';

type MaybePromise<T> = T | Promise<T>;

/** The parts of a duckdb-wasm prepared statement used here. */
export interface WasmPreparedStatement {
  query(...params: unknown[]): MaybePromise<Table>;
  close(): MaybePromise<void>;
}

/** The parts of a duckdb-wasm connection used here. */
export interface WasmConnection {
  prepare(sql: string): MaybePromise<WasmPreparedStatement>;
  insertArrowFromIPCStream(
    buffer: Uint8Array,
    options: { name: string; create?: boolean },
  ): MaybePromise<void>;
  close(): MaybePromise<void>;
}

/** A result stream of duckdb-wasm's `send` (its async and blocking readers both fit). */
export interface WasmResultReader {
  readonly schema: Schema;
  readAll(): MaybePromise<RecordBatch[]>;
}

/** The parts of a duckdb-wasm connection used for a query that can be stopped. */
export interface WasmPendingConnection {
  /**
   * Runs `text` as a pending query: the worker runs it in slices between which it answers other
   * requests. Undefined when the worker is gone.
   */
  send(text: string): MaybePromise<WasmResultReader | undefined>;
  /** Stops the query sent last: `send` then rejects. */
  cancelSent(): MaybePromise<boolean>;
  /** Prepares without running: refuses text holding more than one statement. */
  prepare(sql: string): MaybePromise<WasmPreparedStatement>;
  close(): MaybePromise<void>;
}

/** The parts of a duckdb-wasm database used here. */
export interface WasmDatabase {
  registerFileBuffer(name: string, buffer: Uint8Array): MaybePromise<void>;
  dropFile(name: string): MaybePromise<unknown>;
  /** A new connection (for interruptible queries: a pending query must have its own). */
  connect(): MaybePromise<WasmPendingConnection>;
}

/**
 * Wraps an open duckdb-wasm connection.
 * @param shutdown called after the connection is closed, e.g. to terminate the worker.
 */
export function createWasmBackend(
  db: WasmDatabase,
  conn: WasmConnection,
  shutdown: () => Promise<void>,
): EngineBackend {
  const statements = new StatementCache(conn);
  return {
    async query(q) {
      const params = q.params.map(toWasmParam);
      if (!isReadOnlyQuery(q.sql)) {
        // DDL changes the catalog the cached plans were bound against.
        await statements.clear();
        const statement = await conn.prepare(q.sql);
        try {
          return await statement.query(...params);
        } finally {
          await statement.close();
        }
      }
      // A statement prepared before runs at once: the message leaves for the worker before this
      // call returns, not a microtask later behind whatever the main thread does next.
      const ready = statements.ready(q.sql);
      if (ready) return await ready.query(...params);
      return await (await statements.get(q.sql)).query(...params);
    },
    async interruptibleQuery(q, signal) {
      throwIfStopped(signal);
      const text = inlineParams(q);
      // Its own connection: a query on the same connection would close the pending one, and the
      // prepared dashboard queries keep running on the main connection between its slices.
      const own = await db.connect();
      const cancel = (): void => {
        void Promise.resolve(own.cancelSent()).catch(() => undefined);
      };
      signal.addEventListener('abort', cancel, { once: true });
      try {
        // A pending query runs every statement in its text, where a prepared statement refuses a
        // second one: prepared first, so that guard layer holds here too (sql-guard.ts).
        await (await own.prepare(text)).close();
        throwIfStopped(signal);
        const reader = await own.send(text);
        if (!reader) throw new Error('the DuckDB worker is gone');
        const batches = await reader.readAll();
        throwIfStopped(signal);
        return new Table(reader.schema, batches);
      } catch (error) {
        throw stopReasonOr(signal, error);
      } finally {
        signal.removeEventListener('abort', cancel);
        // Not awaited: a dead worker never answers, and the result is complete already.
        void Promise.resolve(own.close()).catch(() => undefined);
      }
    },
    async createTableFromArrowIpc(name, ipc) {
      await statements.clear();
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async registerFile(name, bytes) {
      // Under the one folder a locked-down DuckDB still reads (sql-guard-lockdown.ts).
      const path = `${STAGING_DIRECTORY}${name}`;
      // The async API transfers the buffer to the worker: copy so the caller's bytes stay usable.
      await db.registerFileBuffer(path, bytes.slice());
      return path;
    },
    async dropFile(path) {
      await db.dropFile(path);
    },
    async close() {
      await statements.clear();
      await conn.close();
      await shutdown();
    },
  };
}

/** How many prepared statements stay open: one per view query is plenty. */
const STATEMENT_CACHE_SIZE = 64;

/** True for a SELECT (or WITH ... SELECT): the only statements whose plans are kept. */
function isReadOnlyQuery(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql);
}

/**
 * Prepared statements by SQL text. A view's SQL stays the same while its parameters change (a
 * brush moves only the dates), so each query after the first is one message to the worker
 * instead of three (prepare, run, close).
 */
class StatementCache {
  private readonly byText = new Map<string, Promise<WasmPreparedStatement>>();
  private readonly prepared = new Map<string, WasmPreparedStatement>();

  constructor(private readonly conn: WasmConnection) {}

  /** The statement for `sql` if it has been prepared already (and marks it recently used). */
  ready(sql: string): WasmPreparedStatement | undefined {
    const statement = this.prepared.get(sql);
    if (statement) void this.get(sql);
    return statement;
  }

  get(sql: string): Promise<WasmPreparedStatement> {
    const cached = this.byText.get(sql);
    if (cached) {
      // Map order is insertion order: move it to the newest end.
      this.byText.delete(sql);
      this.byText.set(sql, cached);
      return cached;
    }
    const prepared = Promise.resolve(this.conn.prepare(sql));
    this.byText.set(sql, prepared);
    prepared.then(
      (statement) => {
        if (this.byText.get(sql) === prepared) this.prepared.set(sql, statement);
      },
      () => this.byText.delete(sql),
    );
    if (this.byText.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.byText.keys().next().value;
      if (oldest !== undefined) void this.close(oldest);
    }
    return prepared;
  }

  async clear(): Promise<void> {
    await Promise.all([...this.byText.keys()].map((sql) => this.close(sql)));
  }

  private async close(sql: string): Promise<void> {
    const statement = this.byText.get(sql);
    this.byText.delete(sql);
    this.prepared.delete(sql);
    await statement?.then((s) => s.close()).catch(() => undefined);
  }
}

/** duckdb-wasm sends parameters as JSON, which has no bigint: send it as text for CAST(? AS BIGINT). */
function toWasmParam(value: SqlParam): Exclude<SqlParam, bigint> {
  return typeof value === 'bigint' ? value.toString() : value;
}
