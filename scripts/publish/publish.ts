/**
 * The publish step: raw records in, small tables out. Loads every raw dataset into native
 * DuckDB, runs each aggregate of src/data/published/aggregates.ts whose raw dataset is present, and
 * writes the results as deterministic Parquet (scripts/demo-data/parquet-writer.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PreviewDef } from '../../src/data/manifest/manifest-types';
import type { DatasetRegistry } from '../../src/data/manifest/registry';
import { writeParquetBytes } from '../demo-data/parquet-writer';
import { runAggregateQuery } from './aggregate-table';
import {
  aggregateFileName,
  plannedAggregates,
  publishedDatasets,
  rawRegistry,
  type PublishedDatasets,
} from './published-manifest';
import { openRawDatabase, type RawSource } from './raw-tables';

/** How long one step took. */
export interface StepTiming {
  /** `load` for reading the raw files, else the aggregate's id. */
  readonly step: string;
  /** Rows of the table it made (raw rows for `load`: all raw datasets together). */
  readonly rows: number;
  readonly ms: number;
}

/** The published aggregates and the manifest entries of everything published. */
export interface PublishResult extends PublishedDatasets {
  /** The raw datasets' registry the SELECTs were built from. */
  readonly raw: DatasetRegistry;
  /** Parquet bytes of each aggregate, by file name, in {@link PublishedDatasets.datasets} order. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly timings: readonly StepTiming[];
}

async function rawRowCount(connection: DuckDBConnection, raw: DatasetRegistry): Promise<number> {
  let rows = 0;
  for (const def of raw.list()) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*) AS n FROM ${raw.tableName(def.id)}`,
    );
    rows += Number(reader.getColumns()[0]?.[0] ?? 0);
  }
  return rows;
}

/**
 * Publishes the raw datasets: each source's `def.file` is the name a raw dataset is published
 * under if src/data/published/aggregates.ts publishesRaw allows it (the caller copies those files).
 * @param preview the raw manifest's preview (validated against the raw ids).
 * @throws Error naming the dataset or aggregate that failed.
 */
export async function publishAggregates(
  sources: readonly RawSource[],
  preview?: PreviewDef,
): Promise<PublishResult> {
  const raw = rawRegistry(
    sources.map((source) => source.def),
    preview,
  );
  const published = publishedDatasets(raw);
  const timings: StepTiming[] = [];
  let started = performance.now();
  const database = await openRawDatabase(sources);
  try {
    timings.push({
      step: 'load',
      rows: await rawRowCount(database.connection, raw),
      ms: performance.now() - started,
    });
    const byFile = new Map<string, Uint8Array>();
    for (const aggregate of plannedAggregates(raw)) {
      started = performance.now();
      let bytes: Uint8Array;
      let rows: number;
      try {
        const result = await runAggregateQuery(
          database.connection,
          aggregate.columns,
          aggregate.build(raw),
        );
        bytes = writeParquetBytes(aggregate.columns, result.store);
        rows = result.rowCount;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`aggregate '${aggregate.id}' of '${aggregate.of}': ${message}`, {
          cause: error,
        });
      }
      byFile.set(aggregateFileName(aggregate), bytes);
      timings.push({ step: aggregate.id, rows, ms: performance.now() - started });
    }
    const files = new Map<string, Uint8Array>();
    for (const def of published.datasets) {
      const bytes = byFile.get(def.file);
      if (bytes) files.set(def.file, bytes);
    }
    return { ...published, raw, files, timings };
  } finally {
    database.close();
  }
}
