import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../src/data/published/aggregates';
import type { Manifest, ProvincePreview } from '../../src/data/manifest/manifest-types';
import { CORE_DATASET_IDS } from '../../src/data/manifest/manifest-types';
import { parseManifest } from '../../src/data/manifest/registry';
import { TPMAP_2018_NATIONAL_TARGET_PEOPLE } from './poverty';
import { createSmallRun, type SmallRun } from './small-run';

let run: SmallRun;
const sql = (text: string) => run.query.all(text);
const one = async (text: string) => (await sql(text))[0] ?? {};

beforeAll(async () => {
  run = await createSmallRun();
});
afterAll(() => {
  run.dispose();
});

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(run.dir, 'manifest.json'), 'utf8')) as Manifest;
}

function readPreview(): ProvincePreview {
  return JSON.parse(
    readFileSync(join(run.dir, 'vaccination-latest.json'), 'utf8'),
  ) as ProvincePreview;
}

/** The demo indicator datasets, CSV files declared in the manifest with no code (issue 14). */
const INDICATOR_IDS = ['inspection', 'drought'];

describe('every Parquet file', () => {
  it('has exactly the columns and DuckDB types of its manifest entry', async () => {
    const manifest = readManifest();
    const aggregates = AGGREGATES.filter((a) => a.id !== a.of).map((a) => a.id);
    expect(manifest.datasets.map((d) => d.id)).toEqual([
      ...CORE_DATASET_IDS,
      ...aggregates,
      ...INDICATOR_IDS,
    ]);
    for (const dataset of manifest.datasets.filter((d) => d.format === 'parquet')) {
      const described = await sql(`DESCRIBE SELECT * FROM ${run.table(dataset.file)}`);
      expect(described.map((c) => [c.column_name, c.column_type])).toEqual(
        dataset.columns.map((c) => [c.name, c.type]),
      );
      for (const column of dataset.columns.filter((c) => !c.nullable)) {
        const { nulls } = await one(
          `SELECT count(*) - count("${column.name}") AS nulls FROM ${run.table(dataset.file)}`,
        );
        expect(nulls, `${dataset.id}.${column.name}`).toBe(0);
      }
    }
  });
});

describe('vaccination', () => {
  const table = () => run.table('vaccination.parquet');

  it('has 77 provinces (Bueng Kan 38 included) x 39 Sundays with the DOPA 2020 population', async () => {
    const stats = await one(`SELECT count(DISTINCT province_code) AS provinces,
      count(DISTINCT week_end) AS weeks, count(*) AS n, min(week_end)::VARCHAR AS first,
      max(week_end)::VARCHAR AS last, count(*) FILTER (dayofweek(week_end) <> 0) AS not_sunday,
      count(*) FILTER (province_code = 38) AS bueng_kan FROM ${table()}`);
    expect(stats).toMatchObject({ provinces: 77, weeks: 39, n: 77 * 39, not_sunday: 0 });
    expect(stats).toMatchObject({ first: '2021-03-07', last: '2021-11-28', bueng_kan: 39 });
    const { total } = await one(
      `SELECT sum(population) AS total FROM ${table()} WHERE week_end = '2021-11-28'`,
    );
    expect(total).toBe(66_186_727);
  });

  it('keeps dose3 <= dose2 <= dose1 <= population and never decreases', async () => {
    const { bad_order } = await one(`SELECT count(*) AS bad_order FROM ${table()}
      WHERE NOT (0 <= dose3 AND dose3 <= dose2 AND dose2 <= dose1 AND dose1 <= population)`);
    expect(bad_order).toBe(0);
    const { decreasing } = await one(`SELECT count(*) AS decreasing FROM (
      SELECT dose1 - lag(dose1) OVER w AS d1, dose2 - lag(dose2) OVER w AS d2,
             dose3 - lag(dose3) OVER w AS d3 FROM ${table()}
      WINDOW w AS (PARTITION BY province_code ORDER BY week_end)) WHERE d1 < 0 OR d2 < 0 OR d3 < 0`);
    expect(decreasing).toBe(0);
  });

  it('reaches 70-85 % national dose-1 coverage, highest in Bangkok, lowest in the deep south', async () => {
    const { coverage } = await one(`SELECT sum(dose1) / sum(population) AS coverage
      FROM ${table()} WHERE week_end = '2021-11-28'`);
    expect(coverage).toBeGreaterThan(0.7);
    expect(coverage).toBeLessThan(0.85);
    const ranked = await sql(`SELECT province_code FROM ${table()}
      WHERE week_end = '2021-11-28' ORDER BY dose1 / population DESC`);
    const codes = ranked.map((row) => row.province_code);
    expect(codes[0]).toBe(10);
    expect(new Set(codes.slice(-3))).toEqual(new Set([94, 95, 96]));
  });

  it('rises along an S-curve: slow start, fast middle, slowing end', async () => {
    const rows = await sql(`SELECT week_end::VARCHAR AS week, sum(dose1) / sum(population) AS c
      FROM ${table()} GROUP BY 1 ORDER BY 1`);
    const at = (week: string) => Number(rows.find((row) => row.week === week)?.c);
    expect(at('2021-04-04')).toBeLessThan(0.03);
    expect(at('2021-09-26') - at('2021-08-29')).toBeGreaterThan(
      at('2021-11-28') - at('2021-10-31'),
    );
    expect(at('2021-09-26') - at('2021-08-29')).toBeGreaterThan(
      at('2021-05-30') - at('2021-05-02'),
    );
  });

  it('matches the first-paint preview, row for row', async () => {
    const preview = readPreview();
    const rows = await sql(`SELECT province_code, population, dose1, dose2, dose3 FROM ${table()}
      WHERE week_end = '2021-11-28' ORDER BY province_code`);
    expect(preview.dataset).toBe('vaccination');
    expect(preview.asOf).toBe('2021-11-28');
    expect(preview.rows).toEqual(rows);
  });
});

describe('poverty', () => {
  const table = () => run.table('poverty.parquet');

  it('covers the 76 TPMAP 2018 provinces (no Bangkok) with six dimensions each', async () => {
    const stats = await one(`SELECT count(DISTINCT province_code) AS provinces, count(*) AS n,
      count(*) FILTER (province_code = 10) AS bangkok, min(year) AS y0, max(year) AS y1,
      count(*) FILTER (province_code = 38) AS bueng_kan FROM ${table()}`);
    expect(stats).toMatchObject({ provinces: 76, n: 76 * 6, bangkok: 0, y0: 2018, y1: 2018 });
    expect(stats.bueng_kan).toBe(6);
    const dimensions = await sql(`SELECT DISTINCT dimension FROM ${table()} ORDER BY 1`);
    expect(dimensions.map((d) => d.dimension)).toEqual(
      ['access', 'any', 'education', 'health', 'income', 'living'].sort(),
    );
  });

  it('adds up to about the published 1,032,987 target people', async () => {
    const { total } = await one(
      `SELECT sum(target_people) AS total FROM ${table()} WHERE dimension = 'any'`,
    );
    expect(Math.abs(Number(total) / TPMAP_2018_NATIONAL_TARGET_PEOPLE - 1)).toBeLessThan(0.03);
  });

  it('has overlapping dimensions: each <= any, together >= any; households <= people', async () => {
    const rows = await sql(`SELECT province_code,
      max(target_people) FILTER (dimension = 'any') AS any_people,
      max(target_people) FILTER (dimension <> 'any') AS max_dimension,
      sum(target_people) FILTER (dimension <> 'any') AS sum_dimensions,
      max(target_households) FILTER (dimension = 'any') AS any_households,
      max(target_households) FILTER (dimension <> 'any') AS max_dimension_households,
      bool_and(target_households <= target_people) AS households_ok
      FROM ${table()} GROUP BY province_code`);
    for (const row of rows) {
      expect(Number(row.max_dimension)).toBeLessThanOrEqual(Number(row.any_people));
      expect(Number(row.sum_dimensions)).toBeGreaterThanOrEqual(Number(row.any_people));
      expect(Number(row.max_dimension_households)).toBeLessThanOrEqual(Number(row.any_households));
      expect(row.households_ok).toBe(true);
    }
  });
});

describe('complaints', () => {
  const table = () => run.table('complaints.parquet');

  it('keeps dates, statuses and the closed date consistent', async () => {
    const stats = await one(`SELECT count(*) AS n, min(received)::VARCHAR AS first,
      max(received)::VARCHAR AS last, max(closed)::VARCHAR AS last_closed,
      count(*) FILTER ((status = 'closed') <> (closed IS NOT NULL)) AS bad_closed,
      count(*) FILTER (closed < received) AS closed_before_received,
      count(*) FILTER (status NOT IN ('received', 'in_progress', 'closed')) AS bad_status
      FROM ${table()}`);
    expect(stats).toMatchObject({
      n: 1500,
      bad_closed: 0,
      closed_before_received: 0,
      bad_status: 0,
    });
    expect(String(stats.first) >= '2025-01-01' && String(stats.last) <= '2025-12-31').toBe(true);
    expect(String(stats.last_closed) <= '2025-12-31').toBe(true);
  });

  it('marks a few cases security-sensitive, more in the deep south', async () => {
    const stats = await one(`SELECT avg(security_sensitive::INT) AS overall,
      avg(security_sensitive::INT) FILTER (province_code IN (94, 95, 96)) AS deep_south,
      avg(security_sensitive::INT) FILTER (province_code NOT IN (94, 95, 96)) AS elsewhere
      FROM ${table()}`);
    expect(Number(stats.overall)).toBeGreaterThan(0.015);
    expect(Number(stats.overall)).toBeLessThan(0.05);
    expect(Number(stats.deep_south)).toBeGreaterThan(2 * Number(stats.elsewhere));
  });
});

describe('households (raw, never published)', () => {
  it('has realistic members, vaccinated <= members and survey dates in the window', async () => {
    const stats = await one(`SELECT count(*) AS n, min(members) AS min_m, max(members) AS max_m,
      avg(members) AS mean_m, count(*) FILTER (members_vaccinated > members
        OR members_vaccinated < 0) AS bad_vaccinated,
      min(surveyed)::VARCHAR AS first, max(surveyed)::VARCHAR AS last,
      count(DISTINCT province_code) AS provinces FROM ${run.rawTable('households.parquet')}`);
    expect(stats).toMatchObject({ n: 2000, min_m: 1, bad_vaccinated: 0, provinces: 77 });
    expect(Number(stats.max_m)).toBeLessThanOrEqual(10);
    expect(Number(stats.mean_m)).toBeGreaterThan(2.5);
    expect(Number(stats.mean_m)).toBeLessThan(3.5);
    expect(String(stats.first) >= '2021-10-01' && String(stats.last) <= '2021-11-28').toBe(true);
  });
});

describe('manifest', () => {
  it('is a demo manifest with dates derived from the data, not the clock', () => {
    const manifest = readManifest();
    const asOf = Object.fromEntries(manifest.datasets.map((d) => [d.id, d.asOf]));
    expect(asOf).toMatchObject({ vaccination: '2021-11-28', poverty: '2018-12-31' });
    const newest = manifest.datasets
      .map((d) => d.asOf)
      .sort()
      .at(-1);
    expect(manifest.generatedAt).toBe(`${newest ?? ''}T00:00:00.000Z`);
    expect(manifest.preview).toEqual({ dataset: 'vaccination', file: 'vaccination-latest.json' });
    for (const dataset of manifest.datasets) {
      expect(dataset.demo).toBe(true);
      expect(dataset.format).toBe(INDICATOR_IDS.includes(dataset.id) ? 'csv' : 'parquet');
      expect(dataset.source.en).toMatch(/^War Room demo generator/);
      expect(dataset.source.th).toMatch(/^ชุดข้อมูลสาธิตของ War Room \(สร้างโดยสคริปต์\)/);
      expect(dataset.period.from <= dataset.asOf && dataset.asOf <= dataset.period.to).toBe(true);
    }
    const households = manifest.datasets.find((d) => d.id === 'households');
    expect(households?.minGroupSize).toBe(10);
  });

  it('declares the indicators as a ministry would write them, read back as indicators', () => {
    const json = JSON.parse(readFileSync(join(run.dir, 'manifest.json'), 'utf8')) as {
      datasets: Record<string, unknown>[];
    };
    const written = json.datasets.filter((d) => INDICATOR_IDS.includes(String(d.id)));
    expect(written.map((d) => [d.id, d.kind, d.file, d.keys])).toEqual([
      [
        'inspection',
        'indicator',
        'inspection.csv',
        { province: 'province_code', date: 'round_opens' },
      ],
      ['drought', 'indicator', 'drought.csv', { province: 'province', date: 'month' }],
    ]);
    const parsed = parseManifest(json, 'manifest.json').datasets.filter((d) =>
      INDICATOR_IDS.includes(d.id),
    );
    expect(parsed.map((d) => d.indicator?.measures.map((m) => m.column))).toEqual([
      ['days_late', 'overdue', 'done'],
      ['villages', 'households_affected', 'villages_pct'],
    ]);
  });
});
