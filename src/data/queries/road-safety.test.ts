import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { ROAD_INCIDENTS_CSV } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  datasetSummary,
  NO_FILTERS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDateRange,
  roadSafetyPoints,
} from './index';

const registry = testRegistry();
const PAYLOAD = "x'; DROP TABLE road_safety; --";

describe.each(TEST_ENGINES)('road safety builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { road_safety: ROAD_INCIDENTS_CSV });

  it('roadSafetyByProvince: totals per province', async () => {
    expect(await db.rows(roadSafetyByProvince(registry, NO_FILTERS))).toEqual([
      { province_code: 10, crashes: 3, deaths: 3, injuries: 1 },
      { province_code: 50, crashes: 3, deaths: 1, injuries: 6 },
      { province_code: 90, crashes: 2, deaths: 1, injuries: 5 },
    ]);
    const table = await db.table(roadSafetyByProvince(registry, NO_FILTERS));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'province_code:Int32',
      'crashes:Int32',
      'deaths:Int32',
      'injuries:Int32',
    ]);
  });

  it('roadSafetyByProvince: region-like list, one province, empty list', async () => {
    const region = { provinceCodes: [50, 90, 11], from: null, to: null };
    expect(
      (await db.rows(roadSafetyByProvince(registry, region))).map((r) => r.province_code),
    ).toEqual([50, 90]);
    const one = { provinceCodes: [90], from: null, to: null };
    expect(await db.rows(roadSafetyByProvince(registry, one))).toEqual([
      { province_code: 90, crashes: 2, deaths: 1, injuries: 5 },
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(roadSafetyByProvince(registry, none))).toEqual([]);
  });

  it('roadSafetyByProvince: from and to are inclusive', async () => {
    // 2024-01-01..2024-01-06: incidents 3 (10), 4 (90), 5 (10), the first and last on the edges.
    const range = { provinceCodes: null, from: '2024-01-01', to: '2024-01-06' };
    expect(await db.rows(roadSafetyByProvince(registry, range))).toEqual([
      { province_code: 10, crashes: 2, deaths: 2, injuries: 1 },
      { province_code: 90, crashes: 1, deaths: 0, injuries: 1 },
    ]);
    const inside = { provinceCodes: null, from: '2024-01-02', to: '2024-01-04' };
    expect(await db.rows(roadSafetyByProvince(registry, inside))).toEqual([]);
  });

  it('roadSafetyBreakdown: by vehicle, most crashes first, the payload only a key', async () => {
    expect(await db.rows(roadSafetyBreakdown(registry, NO_FILTERS, 'vehicle'))).toEqual([
      { key: 'motorcycle', crashes: 4, deaths: 4, injuries: 5 },
      { key: 'car', crashes: 2, deaths: 0, injuries: 2 },
      { key: 'pickup', crashes: 1, deaths: 0, injuries: 1 },
      { key: PAYLOAD, crashes: 1, deaths: 1, injuries: 4 },
    ]);
    expect(await db.rows(datasetSummary(registry, 'road_safety'))).toEqual([{ row_count: 8 }]);
  });

  it('roadSafetyBreakdown: by cause within filters', async () => {
    expect(await db.rows(roadSafetyBreakdown(registry, NO_FILTERS, 'cause'))).toEqual([
      { key: 'speeding', crashes: 5, deaths: 3, injuries: 9 },
      { key: 'drunk_driving', crashes: 2, deaths: 2, injuries: 3 },
      { key: 'other', crashes: 1, deaths: 0, injuries: 0 },
    ]);
    const filtered = { provinceCodes: [10], from: '2024-01-01', to: null };
    expect(await db.rows(roadSafetyBreakdown(registry, filtered, 'cause'))).toEqual([
      { key: 'drunk_driving', crashes: 1, deaths: 2, injuries: 1 },
      { key: 'other', crashes: 1, deaths: 0, injuries: 0 },
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(roadSafetyBreakdown(registry, none, 'cause'))).toEqual([]);
  });

  it('roadSafetyPoints: incidents by id, day counted from the table first date', async () => {
    const rows = await db.rows(roadSafetyPoints(registry, NO_FILTERS));
    expect(rows.map((row) => row.day)).toEqual([0, 0, 2, 6, 7, 10, 103, 105]);
    expect(rows[0]).toEqual({ lon: 100.5, lat: 13.75, deaths: 1, injuries: 0, day: 0 });
    const table = await db.table(roadSafetyPoints(registry, NO_FILTERS));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'lon:Float64',
      'lat:Float64',
      'deaths:Int32',
      'injuries:Int32',
      'day:Int32',
    ]);
  });

  it('roadSafetyPoints: filters keep the day numbers of the whole table', async () => {
    const filtered = { provinceCodes: [50], from: '2024-01-09', to: '2024-04-11' };
    expect(await db.rows(roadSafetyPoints(registry, filtered))).toEqual([
      { lon: 98.99, lat: 18.8, deaths: 1, injuries: 3, day: 10 },
      { lon: 99, lat: 18.78, deaths: 0, injuries: 1, day: 103 },
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(roadSafetyPoints(registry, none))).toEqual([]);
  });

  it('roadSafetyDateRange: first and last date of the table', async () => {
    expect(await db.rows(roadSafetyDateRange(registry))).toEqual([
      { first_date: '2023-12-30', last_date: '2024-04-13' },
    ]);
  });
});
