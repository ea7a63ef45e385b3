import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProvinceShapes } from './geography';
import { createSmallRun, SMALL_RUN_OPTIONS, type SmallRun } from './small-run';

let run: SmallRun;
const sql = (text: string) => run.query.all(text);
const one = async (text: string) => (await sql(text))[0] ?? {};
const road = () => run.table('road_safety.parquet');

beforeAll(async () => {
  run = await createSmallRun();
});
afterAll(() => {
  run.dispose();
});

describe('road_safety', () => {
  it('covers 30 Dec 2024 - 5 Jan 2026 with ids in time order and date = day of occurred_at', async () => {
    const stats = await one(`SELECT count(*) AS n, min(date)::VARCHAR AS first,
      max(date)::VARCHAR AS last, count(DISTINCT incident_id) AS ids,
      count(*) FILTER (occurred_at::DATE <> date) AS bad_date,
      count(*) FILTER (deaths < 0 OR injuries < 0) AS negative FROM ${road()}`);
    expect(stats).toMatchObject({ n: 2000, ids: 2000, bad_date: 0, negative: 0 });
    expect(String(stats.first) >= '2024-12-30' && String(stats.last) <= '2026-01-05').toBe(true);
    const { out_of_order } = await one(`SELECT count(*) AS out_of_order FROM (
      SELECT occurred_at < lag(occurred_at) OVER (ORDER BY incident_id) AS earlier FROM ${road()})
      WHERE earlier`);
    expect(out_of_order).toBe(0);
  });

  it('tags exactly the New Year and Songkran windows, day 1..7', async () => {
    const { bad } = await one(`SELECT count(*) AS bad FROM ${road()} WHERE NOT (
      (festival IS NULL AND festival_day IS NULL AND NOT (
        date BETWEEN '2024-12-30' AND '2025-01-05' OR date BETWEEN '2025-04-11' AND '2025-04-17'
        OR date BETWEEN '2025-12-30' AND '2026-01-05'))
      OR (festival = 'newyear' AND festival_day = 1 + (date - DATE '2024-12-30'))
      OR (festival = 'songkran' AND festival_day = 1 + (date - DATE '2025-04-11'))
      OR (festival = 'newyear' AND festival_day = 1 + (date - DATE '2025-12-30')))`);
    expect(bad).toBe(0);
  });

  it('makes festival days about 3.1 times as busy as ordinary days', async () => {
    const { ratio } = await one(`SELECT
      (count(*) FILTER (festival IS NOT NULL) / 21) /
      (count(*) FILTER (festival IS NULL) / (372 - 21)) AS ratio FROM ${road()}`);
    expect(Number(ratio)).toBeGreaterThan(2.8);
    expect(Number(ratio)).toBeLessThan(3.4);
  });

  it('uses the short English vocabularies', async () => {
    const vehicles = await sql(`SELECT DISTINCT vehicle FROM ${road()}`);
    const vocabulary = ['motorcycle', 'car', 'pickup', 'truck', 'bus', 'bicycle', 'pedestrian'];
    for (const { vehicle } of vehicles) expect(vocabulary).toContain(vehicle);
    const causes = await sql(
      `SELECT cause, count(*) AS n FROM ${road()} GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(causes[0]?.cause).toBe('speeding');
    for (const { cause } of causes) expect(String(cause)).toMatch(/^[a-z_]+$/);
  });
});

describe('points', () => {
  it('lie inside their own province polygon (road incidents and households)', async () => {
    const shapes = readProvinceShapes(SMALL_RUN_OPTIONS.geoPath, SMALL_RUN_OPTIONS.geoObject);
    const rows = await sql(`SELECT province_code, lon, lat FROM ${road()}
      UNION ALL SELECT province_code, lon, lat FROM ${run.rawTable('households.parquet')}`);
    expect(rows.length).toBe(4000);
    const outside = rows.filter((row) => {
      const shape = shapes.get(Number(row.province_code));
      return !shape || !booleanPointInPolygon([Number(row.lon), Number(row.lat)], shape.feature);
    });
    expect(outside).toEqual([]);
  });

  it('are spread over many distinct places in every province, Bueng Kan 38 included', async () => {
    const rows =
      await sql(`SELECT province_code, count(DISTINCT (lon, lat)) AS places, count(*) AS n
      FROM ${run.rawTable('households.parquet')} GROUP BY 1`);
    expect(rows.length).toBe(77);
    expect(rows.some((row) => row.province_code === 38)).toBe(true);
    for (const row of rows) expect(row.places).toBe(row.n);
  });
});
