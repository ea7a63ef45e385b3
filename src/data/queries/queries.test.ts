import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateFromEpochMs, tableRows } from '../formats/arrow-rows';
import type { DataEngine } from '../engine/engine';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import { TEST_ENGINES } from '../testing/engines';
import {
  bytesOf,
  manifestJson,
  ROAD_SAFETY_CSV,
  testDataset,
  testRegistry,
  VACCINATION_CSV,
} from '../testing/fixtures';
import {
  datasetSummary,
  KNOWN_PROVINCE_CODES,
  vaccinationByProvince,
  vaccinationWeeks,
} from './index';

const registry = testRegistry();

/** province_code and week_end of each result row, for compact expectations. */
const weeksByProvince = (rows: Record<string, unknown>[]): [unknown, string][] =>
  rows.map((row) => [row.province_code, isoDateFromEpochMs(row.week_end as number)]);

describe('builders are pure SQL text plus parameters', () => {
  it('send weekEnd as a parameter, never in the text', () => {
    // The coverage ceiling comes first, then the 77 known province codes, then weekEnd.
    const q = vaccinationByProvince(registry, { weekEnd: '2024-01-14' });
    expect(q.params).toEqual([200, ...KNOWN_PROVINCE_CODES, '2024-01-14']);
    expect(q.sql).not.toContain('2024');
    expect(q.sql).toContain('"week_end" <= CAST(? AS DATE)');
    expect(vaccinationByProvince(registry).params).toEqual([200, ...KNOWN_PROVINCE_CODES]);
  });

  it('reject a weekEnd that is not an ISO date, injection attempts included', () => {
    for (const weekEnd of ["2024-01-14' OR '1'='1", '2024-02-30', '14/01/2024', '']) {
      expect(() => vaccinationByProvince(registry, { weekEnd })).toThrow(
        `weekEnd ${JSON.stringify(weekEnd)} is not an ISO date YYYY-MM-DD`,
      );
    }
  });

  it('fail with a clear message when the manifest lacks a column they need', () => {
    const manifest = manifestJson();
    const datasets = manifest.datasets as Record<string, unknown>[];
    const vaccination = datasets[0] as { columns: { name: string }[] };
    vaccination.columns = vaccination.columns.filter((c) => c.name !== 'dose3');
    const partial = new DatasetRegistry(parseManifest(manifest, 'manifest.json'));
    expect(() => vaccinationByProvince(partial)).toThrow(
      "dataset 'vaccination' has no column 'dose3' in the manifest",
    );
  });
});

describe.each(TEST_ENGINES)('builders on %s', (_, createEngine) => {
  let engine: DataEngine;

  beforeAll(async () => {
    engine = await createEngine();
    await engine.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
    await engine.loadTable(testDataset('road_safety'), bytesOf(ROAD_SAFETY_CSV));
  });
  afterAll(() => engine.terminate());

  const run = async (q: Parameters<DataEngine['query']>[0]) => tableRows(await engine.query(q));

  it('vaccinationByProvince: each province at its own newest week, with coverage', async () => {
    const rows = await run(vaccinationByProvince(registry));
    // 50 misses the newest week and keeps 2024-01-14; 11 has no rows and is absent.
    expect(weeksByProvince(rows)).toEqual([
      [10, '2024-01-21'],
      [50, '2024-01-14'],
      [90, '2024-01-21'],
      [95, '2024-01-14'],
    ]);
    expect(rows[0]).toEqual({
      province_code: 10,
      week_end: Date.UTC(2024, 0, 21),
      population: 1000,
      dose1: 800,
      dose2: 650,
      dose3: 200,
      dose1_pct: 80,
      dose2_pct: 65,
      dose3_pct: 20,
      anomaly: null,
      over_population: false,
    });
    expect(rows[1]?.dose3_pct).toBe(20);
    // Population 0: coverage is unknown, not infinite, and no count of it is added up.
    expect(rows[3]).toMatchObject({
      population: null,
      dose2: null,
      dose1_pct: null,
      dose2_pct: null,
      dose3_pct: null,
      anomaly: 'no_population',
    });
  });

  it('vaccinationByProvince: result columns have stable Arrow types', async () => {
    const table = await engine.query(vaccinationByProvince(registry));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'province_code:Int32',
      'week_end:Date32<DAY>',
      'population:Int32',
      'dose1:Int32',
      'dose2:Int32',
      'dose3:Int32',
      'dose1_pct:Float64',
      'dose2_pct:Float64',
      'dose3_pct:Float64',
      'anomaly:Utf8',
      'over_population:Bool',
    ]);
  });

  it('vaccinationByProvince: weekEnd on a week, between weeks and before all weeks', async () => {
    expect(
      weeksByProvince(await run(vaccinationByProvince(registry, { weekEnd: '2024-01-14' }))),
    ).toEqual([
      [10, '2024-01-14'],
      [50, '2024-01-14'],
      [95, '2024-01-14'],
    ]);
    const between = await run(vaccinationByProvince(registry, { weekEnd: '2024-01-10' }));
    expect(weeksByProvince(between)).toEqual([
      [10, '2024-01-07'],
      [50, '2024-01-07'],
    ]);
    expect(between[1]).toMatchObject({ dose1: 1000, dose1_pct: 50, dose2_pct: 25, dose3_pct: 0 });
    expect(await run(vaccinationByProvince(registry, { weekEnd: '2023-12-31' }))).toEqual([]);
  });

  it('vaccinationWeeks: distinct weeks, oldest first', async () => {
    const rows = await run(vaccinationWeeks(registry));
    expect(rows.map((row) => isoDateFromEpochMs(row.week_end as number))).toEqual([
      '2024-01-07',
      '2024-01-14',
      '2024-01-21',
    ]);
  });

  it('datasetSummary: row counts as INTEGER', async () => {
    expect(await run(datasetSummary(registry, 'vaccination'))).toEqual([{ row_count: 7 }]);
    expect(await run(datasetSummary(registry, 'road_safety'))).toEqual([{ row_count: 3 }]);
  });
});
