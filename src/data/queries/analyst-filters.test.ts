import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../testing/engines';
import { demoRegistry, engineWithDemoData } from '../testing/query-harness';
import {
  categoryOptions,
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  householdsByProvince,
  NO_FILTERS,
  restrictToProvincesOf,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDaily,
  roadSafetyPoints,
  vaccinationByProvince,
  VACCINATION_PROVINCE_MEASURES,
  withThreshold,
  type QueryFilters,
} from './index';

const registry = demoRegistry();
const AS_OF = '2025-12-31';

const sum = (rows: Record<string, unknown>[], column: string): number =>
  rows.reduce((total, row) => total + Number(row[column]), 0);

describe('analyst filters on the committed demo data, native DuckDB', () => {
  const db = engineWithDemoData(createNativeEngine);
  /** Rows of plain SQL over a dataset's table, to check the builders against. */
  const plain = (sql: string) => db.rows({ sql, params: [] });
  const road = registry.tableName('road_safety');
  const complaints = registry.tableName('complaints');

  it('a cause filter narrows the per-province totals, the daily series and the cause breakdown', async () => {
    const filters: QueryFilters = {
      ...NO_FILTERS,
      categories: { cause: ['speeding', 'drunk_driving'] },
    };
    const expected = await plain(
      `SELECT CAST(province_code AS INTEGER) AS province_code, CAST(count(*) AS INTEGER) AS crashes,
         CAST(sum(deaths) AS INTEGER) AS deaths FROM ${road}
       WHERE cause IN ('speeding', 'drunk_driving') GROUP BY 1 ORDER BY 1`,
    );
    const rows = await db.rows(roadSafetyByProvince(registry, filters));
    expect(
      rows.map(({ province_code, crashes, deaths }) => ({ province_code, crashes, deaths })),
    ).toEqual(expected);
    const all = await db.rows(roadSafetyByProvince(registry, NO_FILTERS));
    expect(sum(rows, 'crashes')).toBeLessThan(sum(all, 'crashes'));
    expect(sum(await db.rows(roadSafetyDaily(registry, filters)), 'crashes')).toBe(
      sum(expected, 'crashes'),
    );
    const causes = await db.rows(roadSafetyBreakdown(registry, filters, 'cause'));
    expect(causes.map((row) => row.key).sort()).toEqual(['drunk_driving', 'speeding']);
  });

  it('a vehicle filter with a province list narrows the totals to those provinces and vehicles', async () => {
    const filters: QueryFilters = {
      provinceCodes: [30, 10],
      from: '2025-04-01',
      to: '2025-04-30',
      categories: { vehicle: ['motorcycle'] },
    };
    const expected = await plain(
      `SELECT CAST(province_code AS INTEGER) AS province_code, CAST(count(*) AS INTEGER) AS crashes
       FROM ${road} WHERE vehicle = 'motorcycle' AND province_code IN (10, 30)
         AND date BETWEEN DATE '2025-04-01' AND DATE '2025-04-30' GROUP BY 1 ORDER BY 1`,
    );
    expect(expected.length).toBe(2);
    const rows = await db.rows(roadSafetyByProvince(registry, filters));
    expect(rows.map(({ province_code, crashes }) => ({ province_code, crashes }))).toEqual(
      expected,
    );
  });

  it('points follow cause and vehicle filters together (the raw rows have both)', async () => {
    const filters: QueryFilters = {
      ...NO_FILTERS,
      categories: { cause: ['speeding'], vehicle: ['car', 'pickup'] },
    };
    const [expected] = await plain(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM ${road}
       WHERE cause = 'speeding' AND vehicle IN ('car', 'pickup')`,
    );
    expect((await db.rows(roadSafetyPoints(registry, filters))).length).toBe(expected?.n);
  });

  it('category and status filters narrow every complaints builder', async () => {
    const filters: QueryFilters = {
      ...NO_FILTERS,
      categories: { category: ['land'], status: ['received', 'in_progress'] },
    };
    const expected = await plain(
      `SELECT CAST(province_code AS INTEGER) AS province_code, CAST(count(*) AS INTEGER) AS received
       FROM ${complaints} WHERE category = 'land' AND status IN ('received', 'in_progress')
       GROUP BY 1 ORDER BY 1`,
    );
    const rows = await db.rows(
      complaintsByProvince(registry, filters, { asOf: AS_OF, overdueDays: 30 }),
    );
    expect(rows.map(({ province_code, received }) => ({ province_code, received }))).toEqual(
      expected,
    );
    expect(sum(await db.rows(complaintsWeekly(registry, filters)), 'received')).toBe(
      sum(expected, 'received'),
    );
    const byStatus = await db.rows(complaintsBreakdown(registry, filters, 'status'));
    expect(byStatus.map((row) => row.key).sort()).toEqual(['in_progress', 'received']);
  });

  it('category values are parameters: a quote in a value matches nothing and breaks nothing', async () => {
    const query = complaintsBreakdown(
      registry,
      { ...NO_FILTERS, categories: { category: ["land') OR TRUE --"] } },
      'category',
    );
    expect(query.sql).not.toContain('OR TRUE');
    expect(await db.rows(query)).toEqual([]);
  });

  it('a threshold keeps the provinces under dose-2 coverage X, sorted by code', async () => {
    const threshold = { measure: 'dose2_pct', op: 'lt', value: 70 } as const;
    const all = await db.rows(vaccinationByProvince(registry));
    const query = withThreshold(
      vaccinationByProvince(registry),
      threshold,
      VACCINATION_PROVINCE_MEASURES,
    );
    expect(query.sql).not.toContain('70');
    const rows = await db.rows(query);
    const expected = all
      .filter((row) => Number(row.dose2_pct) < 70)
      .map((row) => row.province_code);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(77);
    expect(rows.map((row) => row.province_code)).toEqual(expected);
  });

  it('thresholds at the boundary: ge keeps equal values, gt does not', async () => {
    const rows = await db.rows(roadSafetyByProvince(registry, NO_FILTERS));
    const pivot = Number(rows[5]?.deaths);
    const kept = async (op: 'ge' | 'gt') =>
      (
        await db.rows(
          withThreshold(
            roadSafetyByProvince(registry, NO_FILTERS),
            { measure: 'deaths', op, value: pivot },
            ['deaths'],
          ),
        )
      ).length;
    expect(await kept('ge')).toBe(rows.filter((row) => Number(row.deaths) >= pivot).length);
    expect(await kept('gt')).toBe(rows.filter((row) => Number(row.deaths) > pivot).length);
  });

  it('a threshold refuses a measure the query does not offer', () => {
    expect(() =>
      withThreshold(householdsByProvince(registry), { measure: 'x; DROP', op: 'lt', value: 1 }, [
        'households',
      ]),
    ).toThrow(/not one of households/);
  });

  it('restrictToProvincesOf keeps another query to the provinces a threshold kept', async () => {
    const threshold = { measure: 'deaths', op: 'ge', value: 20 } as const;
    const now = withThreshold(roadSafetyByProvince(registry, NO_FILTERS), threshold, ['deaths']);
    const before = roadSafetyByProvince(registry, {
      provinceCodes: null,
      from: '2025-01-01',
      to: '2025-01-31',
    });
    const kept = (await db.rows(now)).map((row) => row.province_code);
    const rows = await db.rows(restrictToProvincesOf(before, now));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => kept.includes(row.province_code))).toBe(true);
  });

  it('categoryOptions lists every cause and vehicle of the incidents, most crashes first', async () => {
    const options = await db.rows(categoryOptions(registry, 'road_safety'));
    const causes = await plain(
      `SELECT cause AS value, CAST(count(*) AS INTEGER) AS count FROM ${road}
       WHERE cause IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    );
    expect(
      options
        .filter((row) => row.column_name === 'cause')
        .map(({ value, count }) => ({ value, count })),
    ).toEqual(causes);
    expect(options.some((row) => row.column_name === 'vehicle' && row.value === 'motorcycle')).toBe(
      true,
    );
    const complaintOptions = await db.rows(categoryOptions(registry, 'complaints'));
    expect(new Set(complaintOptions.map((row) => row.column_name))).toEqual(
      new Set(['category', 'status']),
    );
  });
});
