/**
 * Runs SQL builders on a test engine: one engine per suite, loaded with fixture tables (or the
 * committed demo data), and results as plain rows with DATE columns as ISO strings. Test-only.
 */
import { readFileSync } from 'node:fs';
import { DataType, type Table } from 'apache-arrow';
import { afterAll, beforeAll } from 'vitest';
import { isoDateFromEpochMs, tableRows } from '../formats/arrow-rows';
import type { DataEngine } from '../engine/engine';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import type { SqlQuery } from '../sql';
import { bytesOf, testRegistry } from './fixtures';

/** Queries one suite's engine. */
export interface QueryRunner {
  /** The raw Arrow result. */
  table(q: SqlQuery): Promise<Table>;
  /** The result rows; DATE values as YYYY-MM-DD strings. */
  rows(q: SqlQuery): Promise<Record<string, unknown>[]>;
}

/** Rows of a result with DATE values as YYYY-MM-DD strings (easier to read in expectations). */
export function rowsWithIsoDates(table: Table): Record<string, unknown>[] {
  const dates = table.schema.fields
    .filter((field) => DataType.isDate(field.type))
    .map((field) => field.name);
  return tableRows(table).map((row) => {
    for (const name of dates) {
      const value = row[name];
      if (typeof value === 'number') row[name] = isoDateFromEpochMs(value);
    }
    return row;
  });
}

function suiteEngine(
  createEngine: () => Promise<DataEngine>,
  load: (engine: DataEngine) => Promise<void>,
): QueryRunner {
  let engine: DataEngine | undefined;
  beforeAll(async () => {
    engine = await createEngine();
    await load(engine);
  });
  afterAll(() => engine?.terminate());
  const started = (): DataEngine => {
    if (!engine) throw new Error('the suite engine has not started');
    return engine;
  };
  return {
    table: (q) => started().query(q),
    rows: async (q) => rowsWithIsoDates(await started().query(q)),
  };
}

/**
 * Registers hooks that start an engine before the suite's tests, load each CSV into the dataset's
 * table (as `registry`, default the test registry, defines it), run `then`, and stop the engine
 * afterwards. Call inside a `describe`.
 */
export function engineWithCsvTables(
  createEngine: () => Promise<DataEngine>,
  tables: Readonly<Record<string, string>>,
  then?: (engine: DataEngine) => Promise<void>,
  registry: DatasetRegistry = testRegistry(),
): QueryRunner {
  return suiteEngine(createEngine, async (engine) => {
    for (const [id, csv] of Object.entries(tables)) {
      await engine.loadTable(registry.get(id), bytesOf(csv));
    }
    await then?.(engine);
  });
}

const DEMO_DATA = new URL('../../../public/data/', import.meta.url);

/** The registry of the committed demo data (public/data/manifest.json). */
export function demoRegistry(): DatasetRegistry {
  const json: unknown = JSON.parse(readFileSync(new URL('manifest.json', DEMO_DATA), 'utf8'));
  return new DatasetRegistry(parseManifest(json, 'manifest.json'));
}

/** Like {@link engineWithCsvTables}, with every dataset of the committed demo data loaded. */
export function engineWithDemoData(createEngine: () => Promise<DataEngine>): QueryRunner {
  return suiteEngine(createEngine, async (engine) => {
    for (const def of demoRegistry().list()) {
      await engine.loadTable(def, readFileSync(new URL(def.file, DEMO_DATA)));
    }
  });
}
