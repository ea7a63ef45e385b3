/**
 * Test helper: generates a small demo data set into a fresh temporary directory and opens
 * DuckDB on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoFiles, writeDemoFiles, type DemoFiles } from './generate';
import { DEFAULT_OPTIONS, type GeneratorOptions } from './options';
import { openParquetQuery, type ParquetQuery } from './query-parquet';

/** Sizes of the small run: big enough for shapes to show, small enough to be quick. */
export const SMALL_RUN_OPTIONS: Omit<GeneratorOptions, 'outDir'> = {
  ...DEFAULT_OPTIONS,
  incidents: 2_000,
  complaints: 1_500,
  households: 2_000,
};

/** A generated run on disk plus a DuckDB connection over it. */
export interface SmallRun {
  readonly dir: string;
  readonly files: DemoFiles;
  readonly query: ParquetQuery;
  /** `read_parquet('<dir>/<file>')` for SQL. */
  readonly table: (file: string) => string;
  readonly dispose: () => void;
}

/** Generates and writes a run with the given options (default: {@link SMALL_RUN_OPTIONS}). */
export async function createSmallRun(
  options: Omit<GeneratorOptions, 'outDir'> = SMALL_RUN_OPTIONS,
): Promise<SmallRun> {
  const dir = mkdtempSync(join(tmpdir(), 'war-room-demo-data-'));
  const files = buildDemoFiles({ ...options, outDir: dir });
  writeDemoFiles(dir, files);
  const query = await openParquetQuery();
  return {
    dir,
    files,
    query,
    table: (file) => `read_parquet('${join(dir, file).replaceAll("'", "''")}')`,
    dispose: () => {
      query.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
