import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { publishedRegistry } from '../testing/published-fixtures';
import { QUALITY_FAULTS_CSV } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  complaintsByProvince,
  datasetQuality,
  householdsByProvince,
  NO_FILTERS,
  povertyByProvince,
  roadSafetyByProvince,
} from './index';

const registry = publishedRegistry();
const problems = (unknown: number, duplicate: number, negative: number, total: number) => [
  {
    total_rows: total,
    unknown_province: unknown,
    duplicate,
    negative,
    no_denominator: 0,
  },
];

describe.each(TEST_ENGINES)('the other datasets with faulty rows on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, QUALITY_FAULTS_CSV, undefined, registry);

  it('poverty: unknown and negative rows left out, the duplicate counted', async () => {
    expect(await db.rows(datasetQuality(registry, 'poverty'))).toEqual(problems(1, 1, 1, 5));
    const rows = await db.rows(
      povertyByProvince(registry, { dimension: 'any', provinceCodes: null }),
    );
    expect(rows.map((row) => [row.province_code, row.target_people])).toEqual([
      [10, 200],
      [90, 70],
    ]);
  });

  it('complaints: the case of province 0 left out', async () => {
    expect(await db.rows(datasetQuality(registry, 'complaints'))).toEqual(problems(1, 1, 0, 4));
    const rows = await db.rows(
      complaintsByProvince(registry, NO_FILTERS, { asOf: '2024-03-31', overdueDays: 30 }),
    );
    expect(rows.map((row) => [row.province_code, row.open])).toEqual([
      [10, 2],
      [50, 1],
    ]);
  });

  it('road safety: the daily rows of code 99 and of negative deaths left out', async () => {
    expect(await db.rows(datasetQuality(registry, 'road_safety'))).toEqual(problems(1, 1, 1, 5));
    const rows = await db.rows(roadSafetyByProvince(registry, NO_FILTERS));
    expect(rows).toEqual([
      { province_code: 10, crashes: 4, deaths: 2, injuries: 2 },
      { province_code: 90, crashes: 1, deaths: 0, injuries: 2 },
    ]);
  });

  it('households: code 99 and negative members left out', async () => {
    expect(await db.rows(datasetQuality(registry, 'households'))).toEqual(problems(1, 1, 1, 4));
    const rows = await db.rows(householdsByProvince(registry));
    expect(rows.map((row) => row.province_code)).toEqual([10, 10]);
  });
});
