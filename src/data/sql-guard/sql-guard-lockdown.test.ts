import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type DataEngine, type EngineBackend } from '../engine/engine';
import {
  lockDownExternalAccess,
  lockdownStatements,
  STAGING_DIRECTORY,
} from './sql-guard-lockdown';
import { columnValues } from '../engine/table-loader';
import { createNodeBackend } from '../engine/engine-node';
import { createWasmNodeBackend, nodeParquetDecoder } from '../testing/engines';
import { bytesOf, testDataset, VACCINATION_CSV } from '../testing/fixtures';
import { parquetOf, roadSafetyArrow } from '../testing/parquet-fixtures';

const secret = join(mkdtempSync(join(tmpdir(), 'lockdown-')), 'secret.csv');
writeFileSync(secret, 'secret\n42\n');

/**
 * Each backend with its staging files under the allowed directory: wasm registers a virtual path
 * (as the browser does), native is made to write into one temp folder.
 */
const BACKENDS: readonly (readonly [string, () => Promise<[EngineBackend, string]>])[] = [
  [
    'native DuckDB',
    async () => {
      const backend = await createNodeBackend();
      const dir = `${mkdtempSync(join(tmpdir(), 'staging-'))}/`;
      return [
        {
          ...backend,
          registerFile: (name, bytes) => {
            writeFileSync(join(dir, name), bytes);
            return Promise.resolve(join(dir, name));
          },
          dropFile: () => Promise.resolve(),
        },
        dir,
      ];
    },
  ],
  // The browser's own backend code, which registers staging files under STAGING_DIRECTORY.
  ['duckdb-wasm', async () => [await createWasmNodeBackend(), STAGING_DIRECTORY]],
];

describe.each(BACKENDS)('external access locked down on %s', (_name, create) => {
  let engine: DataEngine;
  const run = (sql: string) => engine.query({ sql, params: [] });

  beforeAll(async () => {
    const [backend, dir] = await create();
    engine = createEngine(backend, nodeParquetDecoder);
    await engine.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
    // Before: DuckDB reads any file it is given.
    expect(columnValues(await run(`SELECT * FROM read_csv('${secret}')`), 'secret')).toHaveLength(
      1,
    );
    await lockDownExternalAccess(run, dir);
  });
  afterAll(async () => {
    await engine.terminate();
  });

  it.each([
    [`SELECT * FROM read_csv('${secret}')`, 'disabled by configuration'],
    [`SELECT * FROM '${secret}'`, 'disabled by configuration'],
    [`SELECT * FROM glob('${tmpdir()}/*')`, 'disabled by configuration'],
    [`COPY vaccination TO '${secret}.out'`, 'disabled by configuration'],
    ['SET enable_external_access = true', 'locked'],
    ['SET lock_configuration = false', 'locked'],
    ['SET autoload_known_extensions = true', 'locked'],
  ])('DuckDB refuses %j', async (sql, error) => {
    await expect(run(sql)).rejects.toThrow(error);
  });

  it('still loads CSV (staged under the allowed directory) and Parquet', async () => {
    const reloaded = VACCINATION_CSV + '11,2024-01-21,10,1,1,1\n';
    expect(await engine.loadTable(testDataset('vaccination'), bytesOf(reloaded))).toBe(8);
    const parquet = parquetOf(roadSafetyArrow(30));
    expect(await engine.loadTable(testDataset('road_safety', 'parquet'), parquet)).toBe(30);
  });
});

describe('lockdownStatements', () => {
  it('quotes the directory and insists on a trailing slash', () => {
    expect(lockdownStatements("/it's/")[0]).toBe("SET allowed_directories = ['/it''s/']");
    expect(() => lockdownStatements('/tmp')).toThrow('must end with /');
  });
});
