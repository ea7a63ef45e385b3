import { describe, expect, it } from 'vitest';
import { createNativeEngine, createWasmNodeEngine } from '../../../src/data/testing/engines';
import { testRegistry } from '../../../src/data/testing/fixtures';
import { engineWithCsvTables } from '../../../src/data/testing/query-harness';
import { BANGKOK_BOX, checkBox, roadSafetyPointsInBox } from './points-in-box';

/** Rows 1-3 are inside the Bangkok box (2 and 3 on its edges); 4-7 are outside it or the dates. */
const INCIDENTS_CSV = `incident_id,occurred_at,date,province_code,lon,lat,deaths,injuries,vehicle,cause,festival,festival_day
3,2025-04-13 08:00:00,2025-04-13,10,100.5,13.75,1,2,motorcycle,speeding,songkran,3
1,2025-04-01 09:00:00,2025-04-01,12,100.3,14.15,0,1,car,speeding,,
2,2025-06-30 23:00:00,2025-06-30,11,100.95,13.45,2,0,truck,other,,
4,2025-04-10 10:00:00,2025-04-10,10,100.29,13.75,5,5,car,other,,
5,2025-04-10 10:00:00,2025-04-10,10,100.5,14.16,5,5,car,other,,
6,2025-03-31 10:00:00,2025-03-31,10,100.5,13.75,5,5,car,other,,
7,2025-07-01 00:30:00,2025-07-01,10,100.5,13.75,5,5,car,other,,
`;

const RANGE = { from: '2025-04-01', to: '2025-06-30' };

describe('roadSafetyPointsInBox (SQL)', () => {
  it('passes every value as a typed parameter and names columns through the registry', () => {
    const q = roadSafetyPointsInBox(testRegistry(), BANGKOK_BOX, RANGE);
    expect(q.params).toEqual([100.3, 100.95, 13.45, 14.15, '2025-04-01', '2025-06-30']);
    expect(q.sql).toContain('"lon" BETWEEN CAST(? AS DOUBLE) AND CAST(? AS DOUBLE)');
    expect(q.sql).toContain('"date" >= CAST(? AS DATE)');
    expect(q.sql).toContain('FROM "road_safety"');
    expect(q.sql).not.toMatch(/100\.3|2025/);
  });

  it('leaves out the date conditions for an open range', () => {
    const q = roadSafetyPointsInBox(testRegistry(), BANGKOK_BOX, { from: null, to: null });
    expect(q.params).toHaveLength(4);
    expect(q.sql).not.toContain('"date"');
  });

  it('refuses bad boxes and dates', () => {
    const registry = testRegistry();
    const open = { from: null, to: null };
    expect(() => roadSafetyPointsInBox(registry, { ...BANGKOK_BOX, west: 101 }, open)).toThrow(
      /west <= east/,
    );
    expect(() => checkBox({ ...BANGKOK_BOX, north: Number.NaN })).toThrow(/degrees/);
    expect(() => checkBox({ ...BANGKOK_BOX, south: -91 })).toThrow(/degrees/);
    expect(() =>
      roadSafetyPointsInBox(registry, BANGKOK_BOX, { from: '2025-4-1', to: null }),
    ).toThrow(/ISO date/);
  });
});

describe.each([
  ['native DuckDB', createNativeEngine],
  ['duckdb-wasm', createWasmNodeEngine],
])('roadSafetyPointsInBox on %s', (_name, createEngine) => {
  const db = engineWithCsvTables(createEngine, { road_safety: INCIDENTS_CSV });

  it('returns the incidents inside the box and the dates, edges included, by incident_id', async () => {
    const rows = await db.rows(roadSafetyPointsInBox(testRegistry(), BANGKOK_BOX, RANGE));
    expect(rows).toEqual([
      { lon: 100.3, lat: 14.15, deaths: 0, injuries: 1 },
      { lon: 100.95, lat: 13.45, deaths: 2, injuries: 0 },
      { lon: 100.5, lat: 13.75, deaths: 1, injuries: 2 },
    ]);
  });

  it('returns the column types duckdb-wasm gives the map (DOUBLE, DOUBLE, INTEGER, INTEGER)', async () => {
    const table = await db.table(roadSafetyPointsInBox(testRegistry(), BANGKOK_BOX, RANGE));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'lon:Float64',
      'lat:Float64',
      'deaths:Int32',
      'injuries:Int32',
    ]);
  });
});
