/**
 * What an engine runs on. Kept apart from engine.ts because the table loader (which engine.ts
 * calls) needs these types too.
 */
import type { Table } from 'apache-arrow';
import type { SqlQuery } from '../sql';

/** The few DuckDB operations the shared engine logic needs; each engine implements them. */
export interface EngineBackend {
  /** Runs one statement, binding `q.params` to its `?` placeholders; returns its result. */
  query(q: SqlQuery): Promise<Table>;
  /**
   * Runs one read-only statement on a connection of its own, interrupting DuckDB when `signal`
   * aborts (the call then rejects with `signal.reason`). Other calls are answered meanwhile.
   */
  interruptibleQuery(q: SqlQuery, signal: AbortSignal): Promise<Table>;
  /** Creates table `name` (unquoted) from an Arrow IPC stream; its columns keep the Arrow types. */
  createTableFromArrowIpc(name: string, ipc: Uint8Array): Promise<void>;
  /**
   * Makes `bytes` readable by DuckDB's file functions (e.g. read_csv).
   * @returns the path to pass to them as a parameter.
   */
  registerFile(name: string, bytes: Uint8Array): Promise<string>;
  /** Forgets a file made readable by {@link registerFile}. */
  dropFile(path: string): Promise<void>;
  /** Closes the connection and the database. */
  close(): Promise<void>;
}

/** Turns Parquet file bytes into an Arrow IPC stream (parquet-wasm: DuckDB-wasm has no Parquet reader offline). */
export type ParquetDecoder = (bytes: Uint8Array) => Promise<Uint8Array>;
