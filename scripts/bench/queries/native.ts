/**
 * The native side of the query benchmark: @duckdb/node-api in this process, the data loaded the
 * way the publish step loads raw files (read_parquet, cast to the manifest's types), each query a
 * prepared statement timed with one thread and with all threads.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetRegistry } from '../../../src/data/manifest/registry';
import type { SqlQuery } from '../../../src/data/sql';
import { rawTableSql } from '../../publish/raw-tables';
import { canonicalText } from './digest';

/** Timed runs of one query and its result's fingerprint. */
export interface EngineRun {
  readonly samplesMs: readonly number[];
  readonly rows: number;
  /** SHA-256 of the result's canonical text (digest.ts). */
  readonly digest: string;
}

/** An in-memory native DuckDB holding every dataset of a published manifest. */
export interface NativeBench {
  /** DuckDB's version, e.g. v1.5.6. */
  readonly version: string;
  /** Milliseconds to read every file into its table. */
  readonly loadMs: number;
  /** Runs `q` once (warm-up, fingerprinted) and then `runs` times on `threads` threads. */
  time(q: SqlQuery, runs: number, threads: number): Promise<EngineRun>;
  /** Bytes DuckDB reports in use (duckdb_memory()). */
  duckdbBytes(): Promise<number>;
  close(): void;
}

async function scalar(conn: DuckDBConnection, sql: string): Promise<unknown> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowsJS()[0]?.[0];
}

/** Opens DuckDB and loads every dataset of `registry` from `dataDir` (its manifest's files). */
export async function openNativeBench(
  registry: DatasetRegistry,
  dataDir: string,
): Promise<NativeBench> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const close = (): void => {
    conn.closeSync();
    instance.closeSync();
  };
  try {
    await conn.run('SET autoinstall_known_extensions = false');
    await conn.run('SET autoload_known_extensions = false');
    const started = performance.now();
    for (const def of registry.list()) {
      const q = rawTableSql(def, path.join(dataDir, def.file));
      await conn.run(q.sql, [...q.params]);
    }
    const loadMs = performance.now() - started;
    const version = String(await scalar(conn, 'SELECT version()'));
    return {
      version,
      loadMs,
      async time(q, runs, threads) {
        await conn.run(`SET threads = ${String(Math.trunc(threads))}`);
        const statement = await conn.prepare(q.sql);
        try {
          statement.bind([...q.params]);
          const warm = await statement.runAndReadAll();
          const text = canonicalText(warm.columnNames(), warm.getRowsJS());
          const samplesMs: number[] = [];
          for (let run = 0; run < runs; run++) {
            const t0 = performance.now();
            await statement.runAndReadAll();
            samplesMs.push(performance.now() - t0);
          }
          const digest = createHash('sha256').update(text).digest('hex');
          return { samplesMs, rows: warm.currentRowCount, digest };
        } finally {
          statement.destroySync();
        }
      },
      async duckdbBytes() {
        return Number(await scalar(conn, 'SELECT sum(memory_usage_bytes) FROM duckdb_memory()'));
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
