/**
 * Test helper: generates a small demo data set into a fresh temporary directory and opens
 * DuckDB on it. The published files go to the directory itself, as `npm run demo-data` writes
 * them; the raw files (households included) to its `raw/` folder, for tests that compare.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishResult } from '../publish/publish';
import { buildDemoOutput, writeDemoFiles, type DemoFiles, type RawDemoSet } from './generate';
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
  /** The published files, as written to `dir`. */
  readonly files: DemoFiles;
  /** The raw data set, written to `<dir>/raw/`. */
  readonly raw: RawDemoSet;
  readonly published: PublishResult;
  readonly query: ParquetQuery;
  /** `read_parquet('<dir>/<file>')` for SQL: a published file. */
  readonly table: (file: string) => string;
  /** `read_parquet('<dir>/raw/<file>')` for SQL: a raw file. */
  readonly rawTable: (file: string) => string;
  readonly dispose: () => void;
}

const readParquet = (path: string): string => `read_parquet('${path.replaceAll("'", "''")}')`;

/** Generates and writes a run with the given options (default: {@link SMALL_RUN_OPTIONS}). */
export async function createSmallRun(
  options: Omit<GeneratorOptions, 'outDir'> = SMALL_RUN_OPTIONS,
): Promise<SmallRun> {
  const dir = mkdtempSync(join(tmpdir(), 'war-room-demo-data-'));
  const { files, raw, published } = await buildDemoOutput({ ...options, outDir: dir });
  writeDemoFiles(dir, files);
  const rawDir = join(dir, 'raw');
  mkdirSync(rawDir);
  writeDemoFiles(rawDir, raw.files);
  const query = await openParquetQuery();
  return {
    dir,
    files,
    raw,
    published,
    query,
    table: (file) => readParquet(join(dir, file)),
    rawTable: (file) => readParquet(join(rawDir, file)),
    dispose: () => {
      query.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
