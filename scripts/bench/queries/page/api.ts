/** What the benchmark page exposes to the Node script (page.evaluate), and what it answers. */
import type { SqlQuery } from '../../../../src/data/sql';

/** The published tables are loaded (or failed). */
export interface PageStart {
  /** createBrowserEngine(): duckdb-wasm instantiated, opened, connected. */
  readonly engineMs: number;
  /** DataCoordinator.start(): engine start and every dataset that is not deferred. */
  readonly loadMs: number;
  /** Load errors of datasets, one message each. */
  readonly errors: readonly string[];
  /** duckdb-wasm's DuckDB version. */
  readonly version: string;
}

/** A deferred dataset's load: its time, or the error message. */
export type PageLoad =
  { readonly ok: true; readonly loadMs: number } | { readonly ok: false; readonly error: string };

/** Timed runs of one query in the page. */
export interface PageRun {
  readonly samplesMs: readonly number[];
  readonly rows: number;
  readonly digest: string;
}

/** Memory as the page sees it. */
export interface PageMemory {
  /** performance.memory.usedJSHeapSize of the page (null if not exposed). */
  readonly jsHeapBytes: number | null;
  /** sum(memory_usage_bytes) of duckdb_memory() in duckdb-wasm. */
  readonly duckdbBytes: number;
}

/** window.warRoomQueryBench. */
export interface QueryBenchApi {
  start(manifestUrl: string): Promise<PageStart>;
  loadDeferred(id: string): Promise<PageLoad>;
  time(q: SqlQuery, runs: number): Promise<PageRun>;
  memory(): Promise<PageMemory>;
}

declare global {
  interface Window {
    warRoomQueryBench?: QueryBenchApi;
  }
}
