import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { VACCINATION_FAULTS_CSV } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import { datasetQuality, KNOWN_PROVINCE_CODES, NO_FILTERS } from './index';
import { vaccinationByProvince, vaccinationSeries } from './vaccination';

const registry = testRegistry();

/** dose 2 / population over the rows a national figure adds up (as the KPI tile does). */
function nationalPercent(rows: readonly Record<string, unknown>[]): number {
  let dose2 = 0;
  let population = 0;
  for (const row of rows) {
    if (row.dose2 === null || row.population === null) continue;
    dose2 += Number(row.dose2);
    population += Number(row.population);
  }
  return (100 * dose2) / population;
}

describe('known provinces', () => {
  it('are the 77 codes of the reference table, without 0 or 99', () => {
    expect(KNOWN_PROVINCE_CODES).toHaveLength(77);
    expect(KNOWN_PROVINCE_CODES).not.toContain(0);
    expect(KNOWN_PROVINCE_CODES).not.toContain(99);
    expect(KNOWN_PROVINCE_CODES).toContain(38);
  });
});

describe.each(TEST_ENGINES)('vaccination with impossible values on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { vaccination: VACCINATION_FAULTS_CSV });

  it('counts the problem rows of the whole file, each once', async () => {
    expect(await db.rows(datasetQuality(registry, 'vaccination'))).toEqual([
      { total_rows: 12, unknown_province: 2, duplicate: 2, negative: 1, no_denominator: 1 },
    ]);
  });

  it('flags each impossible province and nulls its figures; codes 0 and 99 are absent', async () => {
    const rows = await db.rows(vaccinationByProvince(registry));
    expect(
      rows.map((row) => [
        row.province_code,
        row.anomaly,
        row.over_population,
        row.population,
        row.dose2,
        row.dose2_pct === null ? null : Math.round(Number(row.dose2_pct) * 100) / 100,
      ]),
    ).toEqual([
      [10, null, true, 1000, 1100, 110],
      [20, null, false, 1500, 900, 60],
      [30, 'negative', false, null, null, null],
      [40, null, false, 2000, 1200, 60],
      [50, 'no_population', false, null, null, null],
      [83, 'conflicting_duplicates', false, null, null, null],
      [90, 'implausible', false, null, null, null],
    ]);
  });

  it('national coverage adds up only the sound provinces: 3,200 of 4,500 = 71.1 %', async () => {
    // Before: 200.8 %-style totals from 50x doses, negative doses and unknown codes.
    const rows = await db.rows(vaccinationByProvince(registry));
    expect(nationalPercent(rows)).toBeCloseTo((100 * 3200) / 4500, 10);
  });

  it('a sound earlier week shows when the week asked for is before the fault', async () => {
    const rows = await db.rows(
      vaccinationByProvince(registry, { weekEnd: '2024-01-07', provinceCodes: [30] }),
    );
    expect(rows).toEqual([
      {
        province_code: 30,
        week_end: '2024-01-07',
        population: 2000,
        dose1: 1000,
        dose2: 800,
        dose3: 100,
        dose1_pct: 50,
        dose2_pct: 40,
        dose3_pct: 5,
        anomaly: null,
        over_population: false,
      },
    ]);
  });

  it('the national series leaves impossible weeks out, carrying a sound earlier week', async () => {
    // 01-14: 10 + 20 + 40 and 30's 01-07 week (its 01-14 week is negative).
    expect(await db.rows(vaccinationSeries(registry, NO_FILTERS))).toEqual([
      { week_end: '2024-01-07', population: 2000, dose1: 1000, dose2: 800, dose3: 100 },
      { week_end: '2024-01-14', population: 6500, dose1: 4700, dose2: 4000, dose3: 800 },
    ]);
  });
});
