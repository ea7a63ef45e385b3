import * as arrow from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { createEngine, type DataEngine, type EngineBackend } from './engine';
import type { DatasetDef } from '../manifest/manifest-types';
import { datasetSummary } from '../queries';
import { castParam, concatSql } from '../sql';
import { createNodeBackend } from './engine-node';
import { nodeParquetDecoder, TEST_BACKENDS } from '../testing/engines';
import {
  bytesOf,
  ROAD_SAFETY_CSV,
  testDataset,
  testRegistry,
  VACCINATION_CSV,
} from '../testing/fixtures';
import { parquetOf, ROAD_SAFETY_START_MS, roadSafetyArrow } from '../testing/parquet-fixtures';

const registry = testRegistry();
const vaccination = testDataset('vaccination');
const roadSafetyCsv = testDataset('road_safety');
const roadSafetyParquet = testDataset('road_safety', 'parquet');

/** A backend that fails the statement matching `failOn`, to break a load half-way. */
function failingOn(backend: EngineBackend, failOn: RegExp): EngineBackend {
  return {
    ...backend,
    query: (q) =>
      failOn.test(q.sql) ? Promise.reject(new Error('injected fault')) : backend.query(q),
  };
}

describe.each(TEST_BACKENDS)('engine on %s', (_, createBackend) => {
  let backend: EngineBackend;
  let engine: DataEngine;

  beforeAll(async () => {
    backend = await createBackend();
    engine = createEngine(backend, nodeParquetDecoder);
  });
  afterAll(() => engine.terminate());

  const rows = async (sql: string): Promise<Record<string, unknown>[]> =>
    tableRows(await engine.query({ sql, params: [] }));
  const rowCount = async (id: string): Promise<unknown> =>
    tableRows(await engine.query(datasetSummary(registry, id)))[0]?.row_count;
  const columnTypes = (table: string): Promise<Record<string, unknown>[]> =>
    rows(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
    );

  it('loads a CSV by header name with the manifest types and counts its rows', async () => {
    // Columns in another order than the manifest: they are matched by name, not position.
    const reordered =
      'week_end,province_code,dose3,dose2,dose1,population\n2024-01-07,10,1,2,3,4\n';
    expect(await engine.loadTable(vaccination, bytesOf(reordered))).toBe(1);
    expect(await rows('SELECT province_code, dose3, population FROM vaccination')).toEqual([
      { province_code: 10, dose3: 1, population: 4 },
    ]);
    expect(await engine.loadTable(roadSafetyCsv, bytesOf(ROAD_SAFETY_CSV))).toBe(3);
    expect((await columnTypes('road_safety')).map((c) => c.data_type)).toEqual(
      roadSafetyCsv.columns.map((c) => c.type),
    );
    expect(
      await rows('SELECT festival, festival_day FROM road_safety ORDER BY incident_id'),
    ).toEqual([
      { festival: 'songkran', festival_day: 3 },
      { festival: 'newyear', festival_day: 5 },
      { festival: null, festival_day: null },
    ]);
  });

  it('round-trips Parquet (several row groups, ms timestamps, 64-bit ints, NULLs, Thai text)', async () => {
    const source = roadSafetyArrow(2500);
    const bytes = parquetOf(source, 1000);
    expect(await engine.loadTable(roadSafetyParquet, bytes)).toBe(2500);
    expect((await columnTypes('road_safety')).map((c) => c.data_type)).toEqual(
      roadSafetyParquet.columns.map((c) => c.type),
    );
    const [summary] = await rows(`SELECT
        CAST(sum(deaths) AS INTEGER) AS deaths,
        CAST(count(*) FILTER (WHERE festival IS NULL) AS INTEGER) AS no_festival,
        CAST(count(*) FILTER (WHERE vehicle = 'รถจักรยานยนต์') AS INTEGER) AS motorcycles,
        min(occurred_at) AS first, max(date) AS last_day,
        CAST(max(province_code) AS INTEGER) AS max_province
      FROM road_safety`);
    expect(summary).toEqual({
      deaths: Array.from({ length: 2500 }, (_, i) => i % 3).reduce((a, b) => a + b, 0),
      no_festival: 2000,
      motorcycles: 1250,
      first: ROAD_SAFETY_START_MS,
      last_day: ROAD_SAFETY_START_MS + Math.floor(2499 / 24) * 86_400_000,
      max_province: 86,
    });
    const [row] = await rows('SELECT * FROM road_safety WHERE incident_id = 2');
    const expected = source.get(1)?.toJSON() as Record<string, unknown>;
    expect(row).toEqual({ ...expected, province_code: Number(expected.province_code) });
  });

  it('keeps the old table when a CSV lacks a column, and says which', async () => {
    await engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const noDose3 = 'province_code,week_end,population,dose1,dose2\n10,2024-01-07,1,1,1\n';
    await expect(engine.loadTable(vaccination, bytesOf(noDose3))).rejects.toThrow(
      "vaccination.csv: column 'dose3' is missing (the file has: province_code, week_end, population, dose1, dose2)",
    );
    expect(await rowCount('vaccination')).toBe(7);
    expect(
      await rows(
        "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%staging%'",
      ),
    ).toEqual([]);
  });

  it('keeps the old table when a Parquet column has the wrong type', async () => {
    await engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const wrongType = parquetOf(
      new arrow.Table({
        province_code: arrow.vectorFromArray(['10'], new arrow.Utf8()),
        week_end: arrow.vectorFromArray([0], new arrow.DateDay()),
        population: arrow.vectorFromArray([1], new arrow.Int32()),
        dose1: arrow.vectorFromArray([1], new arrow.Int32()),
        dose2: arrow.vectorFromArray([1], new arrow.Int32()),
        dose3: arrow.vectorFromArray([1], new arrow.Int32()),
      }),
    );
    const def: DatasetDef = { ...vaccination, format: 'parquet', file: 'vaccination.parquet' };
    await expect(engine.loadTable(def, wrongType)).rejects.toThrow(
      "vaccination.parquet: column 'province_code' is VARCHAR but the manifest declares INTEGER; fix the file or the manifest",
    );
    expect(await rowCount('vaccination')).toBe(7);
  });

  it('names values that do not fit and NULLs in non-nullable columns', async () => {
    await engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const bad =
      'province_code,week_end,population,dose1,dose2,dose3\n10,2024-01-07,lots,1,1,1\n,2024-02-30,1,1,1,1\n';
    await expect(engine.loadTable(vaccination, bytesOf(bad))).rejects.toThrow(
      [
        "vaccination.csv: column 'province_code' has 1 empty value(s) but the manifest says nullable: false; fill them or allow empty values",
        "vaccination.csv: column 'week_end' has 1 value(s) that are not DATE (e.g. '2024-02-30'); fix them or change the type in the manifest",
        "vaccination.csv: column 'population' has 1 value(s) that are not INTEGER (e.g. 'lots'); fix them or change the type in the manifest",
      ].join('\n'),
    );
    expect(await rowCount('vaccination')).toBe(7);
  });

  it('refuses CSV dates with extra text, which DuckDB would silently cut off', async () => {
    const withTime =
      'province_code,week_end,population,dose1,dose2,dose3\n10,2024-01-07 12:00,1,1,1,1\n';
    await expect(engine.loadTable(vaccination, bytesOf(withTime))).rejects.toThrow(
      "vaccination.csv: column 'week_end' has 1 value(s) that are not DATE (e.g. '2024-01-07 12:00')",
    );
  });

  it('rejects an integer too large for INTEGER and bytes that are not Parquet', async () => {
    const tooLarge = roadSafetyArrow(3);
    const def = roadSafetyParquet;
    const big = new arrow.Table({
      ...Object.fromEntries(tooLarge.schema.fields.map((f) => [f.name, tooLarge.getChild(f.name)])),
      province_code: arrow.vectorFromArray([1n, 2n, 2n ** 40n], new arrow.Int64()),
    });
    await expect(engine.loadTable(def, parquetOf(big))).rejects.toThrow(
      `road_safety.parquet: column 'province_code' has 1 value(s) that are not INTEGER (e.g. '${2n ** 40n}')`,
    );
    await expect(engine.loadTable(def, bytesOf('not parquet'))).rejects.toThrow(
      /^road_safety\.parquet: not a readable Parquet file \(/,
    );
  });

  it('rolls the swap back when it fails half-way, keeping the old table', async () => {
    await engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const faulty = createEngine(
      failingOn(backend, /^DROP TABLE "vaccination__staging"$/),
      nodeParquetDecoder,
    );
    const one = 'province_code,week_end,population,dose1,dose2,dose3\n10,2024-01-07,1,1,1,1\n';
    await expect(faulty.loadTable(vaccination, bytesOf(one))).rejects.toThrow(
      'vaccination.csv: could not replace table "vaccination" (injected fault)',
    );
    expect(await rowCount('vaccination')).toBe(7);
  });

  it('treats SQL-injection payloads in parameters as plain values', async () => {
    await engine.loadTable(roadSafetyCsv, bytesOf(ROAD_SAFETY_CSV));
    const byVehicle = (vehicle: string) =>
      engine.query(
        concatSql([
          `SELECT incident_id FROM ${registry.tableName('road_safety')} WHERE`,
          registry.column('road_safety', 'vehicle'),
          '=',
          castParam(vehicle, 'VARCHAR'),
        ]),
      );
    expect(tableRows(await byVehicle("x'; DROP TABLE road_safety; --"))).toEqual([
      { incident_id: 3 },
    ]);
    expect(tableRows(await byVehicle("' OR '1'='1"))).toEqual([]);
    // DuckDB's VARCHAR -> DATE cast ignores trailing text: the payload is read as a date, never run.
    const payloadDate = concatSql([
      'SELECT',
      castParam("2024-01-01'); DROP TABLE road_safety; --", 'DATE'),
      'AS d',
    ]);
    expect(tableRows(await engine.query(payloadDate))).toEqual([{ d: Date.UTC(2024, 0, 1) }]);
    expect(await rowCount('road_safety')).toBe(3);
  });

  it('binds bigint, boolean and null parameters', async () => {
    const q = concatSql(
      [
        'SELECT',
        castParam(9_007_199_254_740_993n, 'BIGINT'),
        'AS big,',
        castParam(true, 'BOOLEAN'),
        'AS yes,',
        castParam(null, 'INTEGER'),
        'AS nothing',
      ],
      ' ',
    );
    expect(tableRows(await engine.query(q))).toEqual([
      { big: 9_007_199_254_740_993n, yes: true, nothing: null },
    ]);
  });

  it('lets a waiting query go before loads that have not started', async () => {
    const queued: DatasetDef = { ...vaccination, id: 'queued_later', file: 'queued_later.csv' };
    const first = engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const second = engine.loadTable(queued, bytesOf(VACCINATION_CSV));
    const tables = engine.query({
      sql: "SELECT CAST(count(*) AS INTEGER) AS n FROM information_schema.tables WHERE table_name = 'queued_later'",
      params: [],
    });
    await Promise.all([first, second]);
    expect(tableRows(await tables)).toEqual([{ n: 0 }]);
    expect(await rowCount('vaccination')).toBe(7);
  });

  it('runs a query after a load that has started, even when not awaited', async () => {
    const load = engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const count = engine.query(datasetSummary(registry, 'vaccination'));
    await load;
    expect(tableRows(await count)).toEqual([{ row_count: 7 }]);
  });
});

describe('scheduling', () => {
  it('runs queries side by side, and a load alone', async () => {
    const real = await createNodeBackend();
    let queries = 0;
    let loadStatements = 0;
    let mostQueriesAtOnce = 0;
    const overlaps: string[] = [];
    const backend: EngineBackend = {
      ...real,
      query: async (q) => {
        const partOfLoad = q.sql.includes('__staging');
        if (partOfLoad) {
          loadStatements += 1;
          if (queries > 0) overlaps.push(`load statement during ${queries} queries`);
        } else {
          queries += 1;
          mostQueriesAtOnce = Math.max(mostQueriesAtOnce, queries);
          if (loadStatements > 0) overlaps.push('query during a load statement');
        }
        try {
          // A turn of the event loop, so that work which may overlap does.
          await new Promise((resolve) => setTimeout(resolve, 5));
          return await real.query(q);
        } finally {
          if (partOfLoad) loadStatements -= 1;
          else queries -= 1;
        }
      },
    };
    const engine = createEngine(backend, nodeParquetDecoder);
    const sum = (n: number) => ({ sql: `SELECT ${n} + 1 AS n`, params: [] });
    const first = [1, 2, 3].map((n) => engine.query(sum(n)));
    const load = engine.loadTable(vaccination, bytesOf(VACCINATION_CSV));
    const later = [4, 5].map((n) => engine.query(sum(n)));
    const answers = await Promise.all([...first, ...later]);
    expect(answers.map((table) => tableRows(table)[0]?.n)).toEqual([2, 3, 4, 5, 6]);
    expect(await load).toBe(7);
    expect(mostQueriesAtOnce).toBe(5);
    expect(overlaps).toEqual([]);
    await engine.terminate();
  });
});

describe('a terminated engine', () => {
  it('refuses further calls', async () => {
    const engine = createEngine(await createNodeBackend(), nodeParquetDecoder);
    await engine.terminate();
    await expect(engine.query({ sql: 'SELECT 1', params: [] })).rejects.toThrow(
      'the data engine has been terminated',
    );
  });
});
