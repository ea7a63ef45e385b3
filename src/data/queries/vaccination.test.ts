import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry, VACCINATION_CSV } from '../testing/fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import { NO_FILTERS, vaccinationByProvince, vaccinationSeries } from './index';

const registry = testRegistry();
const provinces = (codes: number[] | null) => ({ provinceCodes: codes, from: null, to: null });

// VACCINATION_CSV: 10 has weeks 01-07, 01-14, 01-21; 50 misses 01-21; 90 has only 01-21;
// 95 (population 0) has only 01-14.
const WEEK_07 = { week_end: '2024-01-07', population: 3000, dose1: 1500, dose2: 800, dose3: 0 };
const WEEK_14 = { week_end: '2024-01-14', population: 3000, dose1: 2200, dose2: 1500, dose3: 500 };

describe.each(TEST_ENGINES)('vaccination builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { vaccination: VACCINATION_CSV });

  it('vaccinationByProvince: keeps only the listed provinces', async () => {
    const rows = await db.rows(vaccinationByProvince(registry, { provinceCodes: [50, 90, 11] }));
    expect(rows.map((row) => [row.province_code, row.week_end])).toEqual([
      [50, '2024-01-14'],
      [90, '2024-01-21'],
    ]);
    expect(await db.rows(vaccinationByProvince(registry, { provinceCodes: [] }))).toEqual([]);
    const combined = vaccinationByProvince(registry, {
      provinceCodes: [50],
      weekEnd: '2024-01-10',
    });
    expect((await db.rows(combined)).map((row) => row.week_end)).toEqual(['2024-01-07']);
  });

  it('vaccinationSeries: sums per week, a province missing a week carried at its last week', async () => {
    // 01-21: 10 (1000/800/650/200) + 50 carried from 01-14 (2000/1500/1000/400)
    //        + 90 (400/100/50/10) + 95 carried (0/0/0/0).
    expect(await db.rows(vaccinationSeries(registry, NO_FILTERS))).toEqual([
      WEEK_07,
      WEEK_14,
      { week_end: '2024-01-21', population: 3400, dose1: 2400, dose2: 1700, dose3: 610 },
    ]);
  });

  it('vaccinationSeries: result columns are DATE and DOUBLE', async () => {
    const table = await db.table(vaccinationSeries(registry, NO_FILTERS));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'week_end:Date32<DAY>',
      'population:Float64',
      'dose1:Float64',
      'dose2:Float64',
      'dose3:Float64',
    ]);
  });

  it('vaccinationSeries: a region-like list, one province, an empty list', async () => {
    expect(await db.rows(vaccinationSeries(registry, provinces([10, 50])))).toEqual([
      WEEK_07,
      WEEK_14,
      { week_end: '2024-01-21', population: 3000, dose1: 2300, dose2: 1650, dose3: 600 },
    ]);
    // 90 has no week before 01-21, so the older weeks are absent rather than zero.
    expect(await db.rows(vaccinationSeries(registry, provinces([90])))).toEqual([
      { week_end: '2024-01-21', population: 400, dose1: 100, dose2: 50, dose3: 10 },
    ]);
    expect(await db.rows(vaccinationSeries(registry, provinces([])))).toEqual([]);
  });

  it('vaccinationSeries: from and to are inclusive and carry earlier weeks in', async () => {
    const oneWeek = { provinceCodes: null, from: '2024-01-14', to: '2024-01-14' };
    expect(await db.rows(vaccinationSeries(registry, oneWeek))).toEqual([WEEK_14]);
    const later = { provinceCodes: [50], from: '2024-01-15', to: null };
    expect(await db.rows(vaccinationSeries(registry, later))).toEqual([
      { week_end: '2024-01-21', population: 2000, dose1: 1500, dose2: 1000, dose3: 400 },
    ]);
    const none = { provinceCodes: null, from: '2024-01-22', to: null };
    expect(await db.rows(vaccinationSeries(registry, none))).toEqual([]);
    const reversed = { provinceCodes: null, from: '2024-01-21', to: '2024-01-07' };
    expect(await db.rows(vaccinationSeries(registry, reversed))).toEqual([]);
  });
});
