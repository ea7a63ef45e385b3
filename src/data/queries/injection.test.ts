import { beforeAll, describe, expect, it } from 'vitest';
import { createNativeEngine } from '../testing/engines';
import { demoRegistry, engineWithDemoData } from '../testing/query-harness';
import {
  categoryOptions,
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  NO_FILTERS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDaily,
  roadSafetyPoints,
  vaccinationByProvince,
  VACCINATION_PROVINCE_MEASURES,
  withThreshold,
  type QueryFilters,
  type ThresholdOp,
} from './index';

const registry = demoRegistry();
const OPTIONS = { asOf: '2025-12-31', overdueDays: 30 };

/** Values an attacker might put in a category filter; none is a category of the demo data. */
const PAYLOADS = [
  "x' OR '1'='1",
  "land') OR (1=1",
  "land'; DROP TABLE complaints; --",
  'land" OR "1"="1',
  "land\\' OR 1=1 --",
  '%',
  'l_nd',
  '$1',
  '?',
  '<img src=x onerror=alert(1)>',
  "ที่ดิน' OR 1=1 --",
];

/** Values put into the data itself, so a filter must match them exactly. */
const STORED = ['<img src=x onerror="alert(1)">', "y' OR 'a'='a", '__proto__'];

const filtersOf = (categories: QueryFilters['categories']): QueryFilters => ({
  ...NO_FILTERS,
  categories,
});

/** Every builder that applies category filters, with the filters given. */
const builders = (filters: QueryFilters) => [
  complaintsByProvince(registry, filters, OPTIONS),
  complaintsWeekly(registry, filters),
  complaintsBreakdown(registry, filters, 'category'),
  roadSafetyByProvince(registry, filters),
  roadSafetyDaily(registry, filters),
  roadSafetyBreakdown(registry, filters, 'cause'),
  roadSafetyPoints(registry, filters),
];

describe('SQL builders with payload values, native DuckDB on the demo data', () => {
  const db = engineWithDemoData(createNativeEngine);
  const tables = registry.list().map((def) => def.id);
  const counts = async () => {
    const result: Record<string, unknown> = {};
    for (const id of tables) {
      const [row] = await db.rows({
        sql: `SELECT count(*) AS n FROM ${registry.tableName(id)}`,
        params: [],
      });
      result[id] = row?.n;
    }
    return result;
  };
  let before: Record<string, unknown>;
  beforeAll(async () => {
    // Cases whose category is a payload: the filter must find exactly these.
    const complaints = registry.tableName('complaints');
    for (const [i, value] of STORED.entries()) {
      await db.table({
        sql: `INSERT INTO ${complaints} SELECT 900000 + ?, 30, ?, 'received', DATE '2025-06-01', NULL, false`,
        params: [i, value],
      });
    }
    before = await counts();
  });

  it.each(PAYLOADS)('%j selects what a value matching nothing selects', async (payload) => {
    for (const column of ['category', 'status', 'cause', 'vehicle'] as const) {
      const nothing = builders(filtersOf({ [column]: ['no such value'] }));
      const attacked = builders(filtersOf({ [column]: [payload] }));
      for (const [index, query] of attacked.entries()) {
        if (payload.length > 3) expect(query.sql).not.toContain(payload);
        const expected = nothing[index];
        if (!expected) throw new Error('builder lists differ');
        expect(await db.rows(query)).toEqual(await db.rows(expected));
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('matches payload values stored in the data exactly, and lists them as they are', async () => {
    for (const value of STORED) {
      const rows = await db.rows(
        complaintsByProvince(registry, filtersOf({ category: [value] }), OPTIONS),
      );
      expect(rows.map(({ province_code, received }) => ({ province_code, received }))).toEqual([
        { province_code: 30, received: 1 },
      ]);
    }
    const options = await db.rows(categoryOptions(registry, 'complaints'));
    const listed = options.filter((row) => row.column_name === 'category').map((r) => r.value);
    for (const value of STORED) expect(listed).toContain(value);
    expect(await counts()).toEqual(before);
  });

  it('refuses threshold operators and measures outside the lists, prototype names included', () => {
    const query = vaccinationByProvince(registry);
    for (const op of ['constructor', '__proto__', 'toString', "lt' OR 1=1"]) {
      expect(() =>
        withThreshold(
          query,
          { measure: 'dose2_pct', op: op as ThresholdOp, value: 1 },
          VACCINATION_PROVINCE_MEASURES,
        ),
      ).toThrow(/op .* is unknown/);
    }
    for (const measure of ['toString', '__proto__', 'dose2_pct" OR 1=1 --']) {
      expect(() =>
        withThreshold(query, { measure, op: 'lt', value: 1 }, VACCINATION_PROVINCE_MEASURES),
      ).toThrow(/is not one of/);
    }
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() =>
        withThreshold(
          query,
          { measure: 'dose2_pct', op: 'lt', value },
          VACCINATION_PROVINCE_MEASURES,
        ),
      ).toThrow(/not a finite number/);
    }
  });
});
