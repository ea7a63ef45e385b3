import { readFileSync } from 'node:fs';
import * as arrow from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataCoordinator } from './coordinator';
import type { DataEngine } from './engine';
import { rowsWithIsoDates } from '../testing/query-harness';
import { bytesOf } from '../testing/fixtures';
import { createWasmNodeEngine, TEST_ENGINES } from '../testing/engines';
import { droughtEntryJson, registryWithEntries } from '../testing/indicator-fixtures';
import { parquetOf } from '../testing/parquet-fixtures';

const registry = registryWithEntries([
  droughtEntryJson(),
  { ...droughtEntryJson(), id: 'drought_pq', file: 'drought.parquet', format: 'parquet' },
]);
const drought = registry.get('drought');
const droughtParquet = registry.get('drought_pq');

/** A Parquet file whose province column is text: a code, a Thai name and an ISO code. */
const PARQUET = parquetOf(
  new arrow.Table({
    province_code: arrow.vectorFromArray(['10', 'ภูเก็ต', 'TH-50'], new arrow.Utf8()),
    month: arrow.vectorFromArray(
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)].map((ms) => new Date(ms)),
      new arrow.DateDay(),
    ),
    villages: arrow.vectorFromArray([1, 2, 3], new arrow.Int32()),
  }),
);

describe.each(TEST_ENGINES)('loading an indicator file on %s', (_, createEngine) => {
  let engine: DataEngine | undefined;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(() => engine?.terminate());
  const started = (): DataEngine => {
    if (!engine) throw new Error('no engine');
    return engine;
  };
  const provinces = async (table: string) =>
    rowsWithIsoDates(
      await started().query({
        sql: `SELECT province_code, month, villages FROM ${table} ORDER BY month, province_code`,
        params: [],
      }),
    );

  it('reads province names and codes of any type from Parquet too', async () => {
    expect(await started().loadTable(droughtParquet, PARQUET)).toBe(3);
    expect(await provinces('drought_pq')).toEqual([
      { province_code: 10, month: '2026-01-01', villages: 1 },
      { province_code: 83, month: '2026-01-01', villages: 2 },
      { province_code: 50, month: '2026-02-01', villages: 3 },
    ]);
  });

  it('refuses a file whose province column names no province, keeping the last good table', async () => {
    await started().loadTable(drought, bytesOf('province_code,month,villages\n10,2026-01-01,4\n'));
    await expect(
      started().loadTable(
        drought,
        bytesOf('province_code,month,villages\nAtlantis,2026-02-01,1\n0,2026-02-01,2\n'),
      ),
    ).rejects.toThrow(
      "drought.csv: column 'province_code' (keys.province) names no province (e.g. '0', 'Atlantis'); use TIS-1099 codes such as 10 or province names such as เชียงใหม่ / Chiang Mai",
    );
    expect(await provinces('drought')).toEqual([
      { province_code: 10, month: '2026-01-01', villages: 4 },
    ]);
  });

  it('names a missing province column and a measure value that is no number', async () => {
    await expect(
      started().loadTable(drought, bytesOf('province,month,villages\n10,2026-01-01,4\n')),
    ).rejects.toThrow(
      "drought.csv: column 'province_code' (keys.province) is missing (the file has: province, month, villages)",
    );
    await expect(
      started().loadTable(drought, bytesOf('province_code,month,villages\n10,2026-01-01,many\n')),
    ).rejects.toThrow(
      "drought.csv: column 'villages' has 1 value(s) that are not DOUBLE (e.g. 'many'); fix them or change the type in the manifest",
    );
  });
});

const BASE = 'http://war-room.test/data/';
const PUBLIC_DATA = new URL('../../../public/data/', import.meta.url);

/** The shipped manifest and files, with a drought-like entry and its file `droughtCsv` added. */
function servedWithDrought(droughtCsv: string): typeof fetch {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', PUBLIC_DATA), 'utf8')) as {
    datasets: unknown[];
  };
  // An id and file of its own: the shipped manifest may list a drought indicator already.
  manifest.datasets.push({ ...droughtEntryJson(), id: 'test_drought', file: 'test_drought.csv' });
  const files: Record<string, Uint8Array> = {
    'manifest.json': bytesOf(JSON.stringify(manifest)),
    'test_drought.csv': bytesOf(droughtCsv),
  };
  return (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.slice(BASE.length);
    const bytes = files[name] ?? new Uint8Array(readFileSync(new URL(name, PUBLIC_DATA)));
    return Promise.resolve(new Response(new Uint8Array(bytes)));
  };
}

describe('a bad indicator file among the shipped data', () => {
  it('fails that dataset alone, with its message', async () => {
    const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
      fetch: servedWithDrought('province_code,month,villages\nAtlantis,2026-02-01,1\n'),
      createEngine: createWasmNodeEngine,
      restart: false,
    });
    await coordinator.start();
    const failed = coordinator.statuses().filter((s) => s.state !== 'ready');
    expect(failed.map((s) => `${s.id}: ${s.state}: ${s.message ?? ''}`)).toEqual([
      "test_drought: error: test_drought.csv: column 'province_code' (keys.province) names no province (e.g. 'Atlantis'); use TIS-1099 codes such as 10 or province names such as เชียงใหม่ / Chiang Mai",
    ]);
    expect(coordinator.statuses().filter((s) => s.state === 'ready').length).toBeGreaterThan(5);
    await coordinator.close();
  });
});
