import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { demoRegistry, engineWithDemoData } from '../testing/query-harness';
import {
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  householdHexbins,
  householdsByProvince,
  NO_FILTERS,
  POVERTY_DIMENSIONS,
  povertyByDimension,
  povertyByProvince,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDaily,
  roadSafetyDateRange,
  roadSafetyFestivalDays,
  roadSafetyPoints,
  vaccinationByProvince,
  vaccinationSeries,
  vaccinationWeeks,
} from './index';

const registry = demoRegistry();
const DAY_MS = 86_400_000;

const sum = (rows: Record<string, unknown>[], column: string): number =>
  rows.reduce((total, row) => total + (row[column] as number), 0);
const column = (rows: Record<string, unknown>[], name: string): unknown[] =>
  rows.map((row) => row[name]);
const daysBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / DAY_MS;

describe.each(TEST_ENGINES)('builders on the committed demo data, %s', (_, createEngine) => {
  const db = engineWithDemoData(createEngine);
  /** One number from plain SQL over a dataset's table, to check the builders against. */
  const plain = async (id: string, expression: string, where = 'TRUE'): Promise<number> => {
    const sql = `SELECT CAST(${expression} AS DOUBLE) AS v FROM ${registry.tableName(id)} WHERE ${where}`;
    const [row] = await db.rows({ sql, params: [] });
    return row?.v as number;
  };

  it('vaccinationByProvince: all 77 provinces at the newest week', async () => {
    const rows = await db.rows(vaccinationByProvince(registry));
    expect(rows).toHaveLength(77);
    expect(new Set(column(rows, 'week_end'))).toEqual(new Set([registry.get('vaccination').asOf]));
    expect(sum(rows, 'population')).toBe(
      await plain('vaccination', 'sum(population)', `week_end = DATE '2021-11-28'`),
    );
  });

  it('vaccinationSeries: one row per week, the newest equal to the per-province sum, never falling', async () => {
    const rows = await db.rows(vaccinationSeries(registry, NO_FILTERS));
    const weeks = await db.rows(vaccinationWeeks(registry));
    expect(column(rows, 'week_end')).toEqual(column(weeks, 'week_end'));
    const latest = await db.rows(vaccinationByProvince(registry));
    expect(rows.at(-1)?.dose2).toBe(sum(latest, 'dose2'));
    rows.slice(1).forEach((row, index) => {
      expect(row.dose1).toBeGreaterThanOrEqual(rows[index]?.dose1 as number);
    });
  });

  it('povertyByProvince: 76 provinces summing to the table total', async () => {
    const rows = await db.rows(
      povertyByProvince(registry, { dimension: 'any', provinceCodes: null }),
    );
    expect(rows).toHaveLength(76);
    expect(sum(rows, 'target_people')).toBe(
      await plain('poverty', 'sum(target_people)', `dimension = 'any'`),
    );
  });

  it('povertyByDimension: the six dimensions in order, each summing the table', async () => {
    const rows = await db.rows(povertyByDimension(registry, NO_FILTERS));
    expect(column(rows, 'dimension')).toEqual([...POVERTY_DIMENSIONS]);
    expect(rows[0]?.target_households).toBe(
      await plain('poverty', 'sum(target_households)', `dimension = 'any'`),
    );
  });

  it('roadSafetyByProvince: 77 provinces summing to every incident', async () => {
    const rows = await db.rows(roadSafetyByProvince(registry, NO_FILTERS));
    expect(rows).toHaveLength(77);
    expect(sum(rows, 'crashes')).toBe(await plain('road_safety', 'count(*)'));
    expect(sum(rows, 'deaths')).toBe(await plain('road_safety', 'sum(deaths)'));
    expect(sum(rows, 'injuries')).toBe(await plain('road_safety', 'sum(injuries)'));
  });

  it('roadSafetyDaily and roadSafetyDateRange: every day of the period, summing to every incident', async () => {
    const [range] = await db.rows(roadSafetyDateRange(registry));
    const period = registry.get('road_safety').period;
    expect(range).toEqual({ first_date: period.from, last_date: period.to });
    const rows = await db.rows(roadSafetyDaily(registry, NO_FILTERS));
    expect(rows).toHaveLength(daysBetween(period.from, period.to) + 1);
    rows.forEach((row, index) => {
      expect(daysBetween(period.from, row.date as string)).toBe(index);
    });
    expect(sum(rows, 'crashes')).toBe(await plain('road_safety', 'count(*)'));
  });

  it('roadSafetyBreakdown: each breakdown sums to every incident, largest first', async () => {
    for (const by of ['vehicle', 'cause'] as const) {
      const rows = await db.rows(roadSafetyBreakdown(registry, NO_FILTERS, by));
      expect(sum(rows, 'crashes')).toBe(await plain('road_safety', 'count(*)'));
      const crashes = column(rows, 'crashes') as number[];
      expect(crashes).toEqual([...crashes].sort((a, b) => b - a));
    }
  });

  it('roadSafetyFestivalDays: three windows of 7 days holding every festival incident', async () => {
    const rows = await db.rows(roadSafetyFestivalDays(registry, NO_FILTERS));
    expect(rows).toHaveLength(21);
    expect([
      ...new Set(rows.map((row) => `${String(row.festival)} ${String(row.festival_start)}`)),
    ]).toEqual(['newyear 2024-12-30', 'songkran 2025-04-11', 'newyear 2025-12-30']);
    expect(sum(rows, 'crashes')).toBe(
      await plain('road_safety', 'count(*)', 'festival IS NOT NULL'),
    );
  });

  it('roadSafetyPoints: every incident, days within the period', async () => {
    const rows = await db.rows(roadSafetyPoints(registry, NO_FILTERS));
    expect(rows).toHaveLength(await plain('road_safety', 'count(*)'));
    const days = column(rows, 'day') as number[];
    const period = registry.get('road_safety').period;
    expect(Math.min(...days)).toBe(0);
    expect(Math.max(...days)).toBe(daysBetween(period.from, period.to));
  });

  it('complaintsByProvince: 77 provinces; open at the end equals the cases not closed', async () => {
    const asOf = registry.get('complaints').asOf;
    const rows = await db.rows(
      complaintsByProvince(registry, NO_FILTERS, { asOf, overdueDays: 30 }),
    );
    expect(rows).toHaveLength(77);
    expect(sum(rows, 'received')).toBe(await plain('complaints', 'count(*)'));
    expect(sum(rows, 'open')).toBe(await plain('complaints', 'count(*)', `status <> 'closed'`));
    expect(sum(rows, 'overdue')).toBeLessThanOrEqual(sum(rows, 'open'));
    expect(sum(rows, 'security_sensitive')).toBe(
      await plain('complaints', 'count(*)', 'security_sensitive'),
    );
  });

  it('complaintsWeekly: consecutive Mondays summing to every case received and closed', async () => {
    const rows = await db.rows(complaintsWeekly(registry, NO_FILTERS));
    rows.forEach((row, index) => {
      expect(new Date(row.week_start as string).getUTCDay()).toBe(1);
      if (index > 0)
        expect(daysBetween(rows[index - 1]?.week_start as string, row.week_start as string)).toBe(
          7,
        );
    });
    expect(sum(rows, 'received')).toBe(await plain('complaints', 'count(*)'));
    expect(sum(rows, 'closed')).toBe(await plain('complaints', 'count(closed)'));
  });

  it('complaintsBreakdown: categories sum to every case; closed cases are not open', async () => {
    const categories = await db.rows(complaintsBreakdown(registry, NO_FILTERS, 'category'));
    expect(sum(categories, 'cases')).toBe(await plain('complaints', 'count(*)'));
    const statuses = await db.rows(complaintsBreakdown(registry, NO_FILTERS, 'status'));
    expect(statuses.find((row) => row.key === 'closed')?.open).toBe(0);
    expect(sum(statuses, 'open')).toBe(await plain('complaints', 'count(*)', `status <> 'closed'`));
  });

  it('householdsByProvince: 77 provinces of at least 10 households', async () => {
    const rows = await db.rows(householdsByProvince(registry));
    expect(rows).toHaveLength(77);
    for (const row of rows) expect(row.households).toBeGreaterThanOrEqual(10);
  });

  it('householdHexbins: every cell holds at least 10 households, no more than all', async () => {
    const rows = await db.rows(householdHexbins(registry));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.households).toBeGreaterThanOrEqual(10);
    const all = sum(await db.rows(householdsByProvince(registry)), 'households');
    expect(sum(rows, 'households')).toBeLessThanOrEqual(all);
  });

  it('ships no household record: the households tables have no id or coordinates', () => {
    for (const id of ['households', 'households_cells']) {
      const names = registry.get(id).columns.map((c) => c.name);
      expect(names).not.toContain('household_id');
      expect(names).not.toContain('lon');
      expect(names).not.toContain('lat');
    }
  });
});
