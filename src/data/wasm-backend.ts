/**
 * {@link EngineBackend} on duckdb-wasm. Written against the shape shared by the worker-based
 * AsyncDuckDB (browser) and the blocking Node bundle (tests), so the tests run this very code.
 */
import type { Table } from 'apache-arrow';
import type { EngineBackend } from './engine';
import type { SqlParam } from './sql';

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

/** The parts of a duckdb-wasm database used here. */
export interface WasmDatabase {
  registerFileBuffer(name: string, buffer: Uint8Array): MaybePromise<void>;
  dropFile(name: string): MaybePromise<unknown>;
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
  return {
    async query(q) {
      const statement = await conn.prepare(q.sql);
      try {
        return await statement.query(...q.params.map(toWasmParam));
      } finally {
        await statement.close();
      }
    },
    async createTableFromArrowIpc(name, ipc) {
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async registerFile(name, bytes) {
      // The async API transfers the buffer to the worker: copy so the caller's bytes stay usable.
      await db.registerFileBuffer(name, bytes.slice());
      return name;
    },
    async dropFile(path) {
      await db.dropFile(path);
    },
    async close() {
      await conn.close();
      await shutdown();
    },
  };
}

/** duckdb-wasm sends parameters as JSON, which has no bigint: send it as text for CAST(? AS BIGINT). */
function toWasmParam(value: SqlParam): Exclude<SqlParam, bigint> {
  return typeof value === 'bigint' ? value.toString() : value;
}
